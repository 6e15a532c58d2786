#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// QJsonDocument keeps the last of two equal keys in an object. A signature covers the bytes,
// so a signed file with "data_version" twice would be read as the later value while a careful
// reader saw the first: such a file is refused before it is parsed. Keys are compared as JSON
// reads them ("data\u005fversion" is "data_version").
namespace JsonDuplicates {

// The first key that occurs twice in one object, with the byte offset of its second
// occurrence; empty when there is none or the text is not JSON (the parser then says why).
struct Found
{
    QString key;
    qsizetype offset = -1;
    bool found() const { return offset >= 0; }
};
Found find(const QByteArray &json);

} // namespace JsonDuplicates

} // namespace pcc
