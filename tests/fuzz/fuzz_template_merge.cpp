// The template merge: any template text, with the real merge fields filled in.
#include "fuzzsupport.h"
#include "lettercomposer.h"
#include "safehtml.h"

#include <QHash>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString html = QString::fromUtf8(pccfuzz::bytes(data, size));
    QHash<QString, QString> values;
    for (const auto &field : pcc::LetterComposer::knownFields())
        values.insert(field.name, u"<b>value of "_s + field.name + u"</b> {{salutation}}"_s);
    QStringList problems;
    const QString merged = pcc::LetterComposer::merge(html, values, &problems);
    pccfuzz::checkSafeHtml(pcc::SafeHtml::clean(merged));
    return 0;
}
