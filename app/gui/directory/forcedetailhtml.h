#pragma once

#include "forcerecord.h"

#include <QCoreApplication>
#include <QString>

namespace pcc {

// What the office panel says, as HTML for its text browser: an office's contact details with
// their sources and badges, what it funds for stalking victims, and the introduction shown
// before any office is chosen. Every value is escaped; links go to pcc: actions or the web.
class ForceDetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ForceDetailHtml)

public:
    static QString details(const ForceRecord &force, bool withSources);
    static QString evidence(const StalkingSupport &evidence);
    static QString introduction(bool hasProfile);
    static QString abolitionNote(); // the announced abolition of the commissioners in 2028, with its date
};

} // namespace pcc
