#pragma once

#include <QStringList>

namespace pcc {

class Directory;

// Finds forces by what a volunteer might type instead of a postcode: an area ("Sussex",
// "London"), a force ("Gwent Police") or a place in an area's name ("Isle of Wight"). Case,
// "&"/"and" and extra spaces do not matter.
namespace ForceNameSearch {

// Force ids, best first: an exact area or force name, then names that start with the text,
// then names that contain it as whole words. Empty when nothing matches or the text is
// shorter than three letters.
QStringList find(const Directory &directory, const QString &text);

} // namespace ForceNameSearch
} // namespace pcc
