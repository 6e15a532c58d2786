#pragma once

#include <QString>

#include <initializer_list>

namespace pcc {

// Finds the enum value whose key (as given by keyOf) is `key`; false when none is.
template<typename Enum, typename KeyOf>
bool enumFromKey(std::initializer_list<Enum> values, KeyOf keyOf, const QString &key, Enum *out)
{
    for (const Enum value : values) {
        if (keyOf(value) == key) {
            *out = value;
            return true;
        }
    }
    return false;
}

} // namespace pcc
