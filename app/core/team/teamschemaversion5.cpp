// Team schema version 5.
#include "teamschemaversions.h"

namespace pcc {

// Version 5: the door refuses the C1 control characters too, and control characters in a
// contact's ids. A coordinator reads the volunteers' rows in psql, and a terminal may obey U+009B
// as the start of an escape sequence, as it obeys U+001B. Rows stored before are left as they are: the server changes no one's data.
QStringList TeamSchemaVersions::version5()
{
    return {storeContactsFunction(5)};
}

} // namespace pcc
