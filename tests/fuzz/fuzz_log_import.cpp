// The contact-log import, CSV and JSON: every row and every reply is a record or an issue.
#include "fuzzsupport.h"
#include "logexchange.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = pccfuzz::bytes(data, size);
    for (const auto format : {pcc::LogExchange::Format::Csv, pcc::LogExchange::Format::Json}) {
        pcc::DataIssues issues;
        QList<pcc::Reply> replies;
        const QList<pcc::ContactRecord> records = pcc::LogExchange::read(input, format, &issues, nullptr, &replies);
        // What was read writes out and reads back to the same records and replies.
        const QByteArray again = pcc::LogExchange::write(records, format, pcc::LogExchange::Privacy::Full, replies);
        pcc::DataIssues secondIssues;
        QList<pcc::Reply> repliesBack;
        const QList<pcc::ContactRecord> back = pcc::LogExchange::read(again, format, &secondIssues, nullptr, &repliesBack);
        if (!secondIssues.isEmpty() || back.size() != records.size() || repliesBack.size() != replies.size())
            __builtin_trap();
        for (qsizetype i = 0; i < back.size(); ++i) {
            if (back.at(i).uuid != records.at(i).uuid || back.at(i).notes != records.at(i).notes
                || back.at(i).templateName != records.at(i).templateName)
                __builtin_trap();
        }
        for (qsizetype i = 0; i < repliesBack.size(); ++i) {
            const pcc::Reply &a = replies.at(i);
            const pcc::Reply &b = repliesBack.at(i);
            if (a.uuid != b.uuid || a.contactUuid != b.contactUuid || a.date != b.date || a.outcome != b.outcome
                || a.summary != b.summary || a.shareSummary != b.shareSummary || !(a.commitment == b.commitment))
                __builtin_trap();
        }
    }
    return 0;
}
