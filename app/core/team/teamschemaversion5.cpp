// Team schema version 5.
#include "teamschemaversions.h"

namespace pcc {

// Version 5: the door refuses the C1 control characters too, and control characters in a
// contact's ids. A coordinator reads the volunteers' rows in psql, and a terminal may obey U+009B
// as the start of an escape sequence, as it obeys U+001B. Rows stored before are left as they are.
//
// The views are made again. A view keeps the functions and operators its text named when it was
// made, and an app before version 5 made them with `public` on the search path: a volunteer who
// could create objects there may have had one of theirs chosen. This app's sessions never search
// `public`, so the views made again name only the system's own.
QStringList TeamSchemaVersions::version5()
{
    return QStringList{storeContactsFunction(5)} + views();
}

} // namespace pcc
