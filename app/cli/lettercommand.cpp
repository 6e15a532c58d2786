#include "lettercommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "followuppolicy.h"
#include "isodates.h"
#include "clidirectory.h"
#include "clioutput.h"
#include "cliprinting.h"
#include "contactlog.h"
#include "emaildraft.h"
#include "lettercomposer.h"
#include "letterrenderer.h"
#include "logaccess.h"
#include "templatestore.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace pcc {

int LetterCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "letter --force ID [--profile NAME] [--template ID|FILE] (--pdf OUT | --eml OUT | --text)\n"
        "letter --all [--profile NAME] [--template ID|FILE] --pdf OUT   (one PDF, each letter on a new page)\n"
        "letter (--force ID | --all) ... --print [--printer NAME] [--copies N]   (one job, one letter a sheet)\n"
        "Without --profile the current profile is the sender."));
    parser.addForceOption(CliTr::tr("The force id to write to."));
    parser.addOption({u"all"_s, CliTr::tr("Write to all 43 forces.")});
    parser.addProfileOption(CliTr::tr("The sender's profile."));
    parser.addOption({u"template"_s, CliTr::tr("A template id (see pcc-campaigner templates, e.g. campaign-2026), the name of a saved template, or a template file (HTML with {{fields}})."), u"FILE"_s});
    parser.addOption({u"pdf"_s, CliTr::tr("Write a PDF."), u"OUT"_s});
    parser.addOption({u"eml"_s, CliTr::tr("Write an email draft (.eml)."), u"OUT"_s});
    parser.addOption({u"text"_s, CliTr::tr("Print the letter as plain text.")});
    parser.addOption({u"date"_s, CliTr::tr("The letter's date (default today)."), u"YYYY-MM-DD"_s});
    CliPrinting::addPrintOptions(&parser);
    parser.addOption({u"copies"_s, CliTr::tr("How many copies of each letter to print (default 1)."), u"N"_s, u"1"_s});
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (const auto stop = CliPrinting::onlyWithPrint(parser, io))
        return *stop;
    const bool all = parser.isSet(u"all"_s);
    if (all == parser.isSet(u"force"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("give exactly one of --force ID or --all"));
    const bool print = parser.isSet(u"print"_s);
    const int outputs = int(parser.isSet(u"pdf"_s)) + int(parser.isSet(u"eml"_s)) + int(parser.isSet(u"text"_s)) + int(print);
    if (outputs != 1)
        return io.fail(ExitCode::Usage, CliTr::tr("give exactly one of --pdf OUT, --eml OUT, --text or --print"));
    if (all && !parser.isSet(u"pdf"_s) && !print)
        return io.fail(ExitCode::Usage, CliTr::tr("--all writes one PDF or one print job: use --pdf OUT or --print"));
    bool copiesOk = false;
    const int copies = parser.value(u"copies"_s).toInt(&copiesOk);
    if (!copiesOk || copies < 1 || copies > 99)
        return io.fail(ExitCode::Usage, CliTr::tr("--copies is a whole number from 1 to 99"));
    QDate date = QDate::currentDate();
    if (parser.isSet(u"date"_s)) {
        date = IsoDates::parseDate(parser.value(u"date"_s));
        if (!date.isValid())
            return io.fail(ExitCode::Usage, CliTr::tr("--date '%1' is not a YYYY-MM-DD date").arg(parser.value(u"date"_s)));
    }

    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;
    QList<const ForceRecord *> recipients;
    if (all) {
        for (const ForceRecord &f : directory->forces())
            recipients << &f;
    } else if (const ForceRecord *f = directory->force(parser.value(u"force"_s))) {
        recipients << f;
    } else {
        return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not one of the 43 force ids (see pcc-campaigner forces)").arg(parser.value(u"force"_s)));
    }

    LetterTemplate tmpl = TemplateStore::defaultTemplate();
    if (parser.isSet(u"template"_s)) {
        const QString spec = parser.value(u"template"_s);
        QString error;
        if (const auto saved = TemplateStore::find(spec))
            tmpl = *saved;
        else if (const auto fromFile = TemplateStore::fromFile(spec, &error))
            tmpl = *fromFile;
        else
            return io.fail(ExitCode::Failure, error);
    }

    const auto opened = openContactLogWithSender(parser, io);
    if (!opened)
        return ExitCode::Failure;
    const Profile &sender = opened->sender;

    QList<Letter> letters;
    QStringList problems;
    const bool followsUp = tmpl.html.contains(u"first_letter_date"_s);
    for (const ForceRecord *f : recipients) {
        QHash<QString, QString> extra;
        if (followsUp) {
            // A follow-up names the day of the letter it follows, from the log, as the window does.
            const auto contacts = opened->log->contacts(sender.uuid, f->id);
            if (!contacts)
                return io.fail(ExitCode::Failure, opened->log->lastError());
            const ContactRecord *first = FollowUpPolicy::newestLetter(*contacts);
            const bool answered = first && FollowUpPolicy::isAnswered(*first);
            if (!first || answered) {
                problems << f->id + u": "_s
                                + (first ? CliTr::tr("your last letter to this office has its reply recorded, and a follow-up says none came")
                                         : CliTr::tr("no letter from %1 to this office is in the log, so a follow-up has no first letter "
                                                     "to name (record it with pcc-campaigner log add)").arg(sender.name));
                continue;
            }
            extra.insert(u"first_letter_date"_s, LetterComposer::ukLongDate(first->date));
        }
        Letter letter = LetterComposer::compose(tmpl, *f, sender, date, extra);
        for (const QString &p : std::as_const(letter.problems))
            problems << f->id + u": "_s + p;
        letters << letter;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            io.err() << u"pcc-campaigner: "_s << p << u'\n';
        return io.fail(ExitCode::Failure, CliTr::tr("nothing was written: fix the problems above first"));
    }
    // Only the detail this output uses: the address for paper, the email for a draft.
    for (const Letter &letter : std::as_const(letters)) {
        const QString &note = parser.isSet(u"eml"_s)  ? letter.unverifiedEmailNote
                              : parser.isSet(u"text"_s) ? letter.unverifiedNote
                                                        : letter.unverifiedPostNote;
        if (!note.isEmpty())
            io.err() << u"pcc-campaigner: check: "_s << note << u'\n';
    }

    if (parser.isSet(u"text"_s)) {
        io.out() << letters.first().plainText();
        return ExitCode::Ok;
    }
    if (parser.isSet(u"eml"_s)) {
        const QString out = parser.value(u"eml"_s);
        if (letters.first().toEmail.isEmpty())
            io.err() << u"pcc-campaigner: warning: "_s
                     << CliTr::tr("%1 has no verified email address: the draft has no recipient; use the contact form on %2")
                            .arg(recipients.first()->officeName, recipients.first()->website)
                     << Qt::endl;
        QString error;
        QString warning;
        if (!EmailDraft::save(out, letters.first(), sender.name, sender.email, &error, &warning))
            return io.fail(ExitCode::Failure, error);
        if (!warning.isEmpty())
            io.err() << u"pcc-campaigner: warning: "_s << warning << Qt::endl;
        return ExitCode::Ok;
    }
    const LetterLayout layout = LetterLayout::saved();
    const LetterRenderer renderer(layout);
    if (print) {
        const QString title = letters.size() == 1 ? letters.first().title : CliTr::tr("%n letter(s) about stalking support", nullptr, int(letters.size()));
        const PrintQueue::Job job{{}, title, QPageLayout(QPageSize(layout.pageSize), QPageLayout::Portrait, QMarginsF()), copies, false};
        return CliPrinting::print(parser, job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, letters); }, io);
    }
    QString error;
    if (!renderer.writePdf(letters, parser.value(u"pdf"_s), sender.name, &error))
        return io.fail(ExitCode::Failure, error);
    return ExitCode::Ok;
}

} // namespace pcc
