// The postcode parser and the district table lookup.
#include "fuzzsupport.h"
#include "postcode.h"
#include "postcodedistricts.h"

static const pcc::PostcodeDistricts *g_districts = nullptr;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    static const pcc::PostcodeDistricts districts = pcc::PostcodeDistricts::loadDefault();
    g_districts = &districts;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(pccfuzz::bytes(data, size));
    const pcc::Postcode pc = pcc::Postcode::parse(text);
    if (pc.isValid()) {
        // Normalised text parses to itself.
        if (pcc::Postcode::parse(pc.toString()).toString() != pc.toString())
            __builtin_trap();
        (void)g_districts->find(pc);
        (void)g_districts->homeForceOf(pc.toString());
    }
    (void)pcc::Postcode::isValidFull(text);
    return 0;
}
