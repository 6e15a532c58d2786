#pragma once
// Catch2 v3 (most platforms) and v2 (Debian 12) behind one include.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define PCC_CATCH_V3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Lets CHECK/REQUIRE print QStrings when they fail.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}

// A test that needs an external tool (pdftotext, python3) fails when it is missing: a skipped
// test would look like a passed one on Catch2 v2. packaging/setup-deps.sh installs them.
#define PCC_REQUIRE_TOOL(path, name) \
    do { \
        if (QString::fromUtf8(path).isEmpty()) \
            FAIL(name " is not installed: run packaging/setup-deps.sh"); \
    } while (false)
