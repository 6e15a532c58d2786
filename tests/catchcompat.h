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

// Catch2 v2 has no SKIP: there the test warns and stops (it passes).
#ifdef PCC_CATCH_V3
#define PCC_SKIP(message) SKIP(message)
#else
#define PCC_SKIP(message) \
    do { \
        WARN(message); \
        return; \
    } while (false)
#endif
