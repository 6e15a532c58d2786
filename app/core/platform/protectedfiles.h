#pragma once

#include <QString>

namespace pcc {

// The files the app keeps its data in while it runs (the contact log, SQLite's files beside it,
// the folder of reply documents). WholeFile refuses to write over any of them, so that no
// export, picture, PDF or copy named after one (by mistake, through a link, or in another case
// on a disk that ignores case) can replace the data it was made from.
namespace ProtectedFiles {

// `path` is a file, or with `folder` a folder and everything in it. Each protect() is matched by
// one release() of the same path.
void protect(const QString &path, bool folder = false);
void release(const QString &path, bool folder = false);
bool covers(const QString &path);

} // namespace ProtectedFiles

} // namespace pcc
