// The policing-bodies JSON validator: any bytes give a directory or issues, never a crash.
#include "directory.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pcc::DataIssues issues;
    const pcc::Directory dir = pcc::Directory::fromJson(pccfuzz::bytes(data, size), &issues);
    // A directory is either valid (no issues) or empty: never half-loaded.
    if (!issues.isEmpty() && !dir.forces().isEmpty())
        __builtin_trap();
    return 0;
}
