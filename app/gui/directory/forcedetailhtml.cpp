#include "directory/forcedetailhtml.h"

#include "corrections.h"
#include "plainwords.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString unverifiedBadge()
{
    return u" <span style=\"background-color:#fde68a; color:#3b2f00;\">&nbsp;⚠ "_s
        + esc(ForceDetailHtml::tr("not verified — check the office website before posting"))
        + u"&nbsp;</span>"_s;
}

QString missing()
{
    return u"<span style=\"color:#9a3412;\"><i>"_s
        + esc(ForceDetailHtml::tr("not known — check the office website before posting")) + u"</i></span>"_s;
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host.isEmpty() ? url : host;
}

// Links named by their site ("gov.uk"), so that a long address never fills the panel. When
// several go to one site, each is named by its page too ("surrey-pcc.gov.uk › contact-us"),
// never the same words twice.
QStringList linkLabels(const QStringList &urls)
{
    QHash<QString, int> perHost;
    for (const QString &url : urls)
        ++perHost[hostOf(url)];
    QStringList labels;
    for (const QString &url : urls) {
        const QString host = hostOf(url);
        QString last = QUrl(url).path().section(u'/', -1, -1, QString::SectionSkipEmpty);
        if (last.size() > 32)
            last = last.left(31) + u"…"_s;
        labels << (perHost.value(host) > 1 && !last.isEmpty() ? host + u" › "_s + last : host);
    }
    // Pages of the same name on one site ("download.php") are numbered.
    QHash<QString, int> seen;
    for (QString &label : labels) {
        if (labels.count(label) > 1 || seen.contains(label))
            label += u" (%1)"_s.arg(++seen[label]);
    }
    return labels;
}

QString link(const QString &url, const QString &label)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(label));
}

QString shortLink(const QString &url)
{
    return link(url, hostOf(url));
}

// Every URL in a research source text becomes a short link; the words around them stay.
QString linkedSource(const QString &text)
{
    static const QRegularExpression urlRe(u"https?://[^\\s;]+[^\\s;.,)]"_s);
    QStringList urls;
    for (auto it = urlRe.globalMatch(text); it.hasNext();)
        urls << it.next().captured(0);
    const QStringList labels = linkLabels(urls);
    QString html;
    qsizetype from = 0;
    int i = 0;
    for (auto it = urlRe.globalMatch(text); it.hasNext(); ++i) {
        const auto m = it.next();
        html += esc(text.mid(from, m.capturedStart() - from)) + link(m.captured(0), labels.at(i));
        from = m.capturedEnd();
    }
    return html + esc(text.mid(from));
}

QString sourceHtml(const Provenance &p)
{
    if (p.confidence.isEmpty())
        return {};
    const QString source = p.source.isEmpty() ? esc(ForceDetailHtml::tr("no source recorded")) : linkedSource(p.source);
    QString text = ForceDetailHtml::tr("Confidence: %1; checked %2. Source: %3")
                       .arg(esc(p.confidence), esc(p.verifiedOn), source);
    if (!p.note.isEmpty())
        text += u" ("_s + esc(p.note) + u")"_s;
    return u"<br/><span style=\"font-size:small;\">"_s + text + u"</span>"_s;
}

QString localBadge(const QString &note)
{
    return u" <span style=\"background-color:#bbf7d0; color:#14532d;\">&nbsp;✓ "_s + esc(note) + u"&nbsp;</span>"_s;
}

// "Undo mine" beside a value the volunteer corrected or checked; correcting and confirming are
// in the one "Correct or confirm a detail…" link under each section.
QString undoLink(const QString &field, const Provenance &p)
{
    if (p.localNote.isEmpty())
        return {};
    return u" <span style=\"font-size:small;\"><a href=\"pcc:undo/%1\">%2</a></span>"_s.arg(field, esc(ForceDetailHtml::tr("Undo mine")));
}

QString sectionFixLink(const QString &section)
{
    return u"<p style=\"font-size:small;\"><a href=\"pcc:fix/%1\">%2</a></p>"_s.arg(section, esc(ForceDetailHtml::tr("Correct or confirm a detail…")));
}

QString row(const QString &label, const QString &field, const QString &valueHtml, const Provenance &p, bool present, bool withSources)
{
    QString html = u"<tr><td valign=\"top\"><b>"_s + esc(label) + u"</b>&nbsp;&nbsp;</td><td>"_s;
    if (!present) {
        html += missing();
    } else {
        html += valueHtml;
        if (!p.localNote.isEmpty())
            html += localBadge(p.localNote);
        else if (!p.confidence.isEmpty() && !p.isHigh())
            html += unverifiedBadge();
    }
    if (!field.isEmpty())
        html += undoLink(field, p);
    if (withSources)
        html += sourceHtml(p);
    return html + u"</td></tr>"_s;
}

} // namespace

QString ForceDetailHtml::details(const ForceRecord &f, bool withSources)
{
    QString html = u"<h2>"_s + esc(f.areaName()) + u"</h2>"_s;
    html += u"<p>"_s + esc(f.officeName) + u"<br/><i>"_s + esc(bodyKindLabel(f.bodyKind)) + u"</i></p>"_s;
    html += u"<table cellspacing=\"4\">"_s;

    QString holder = esc(f.holder.name);
    if (!f.holder.title.isEmpty())
        holder += u"<br/>"_s + esc(PlainWords::expand(f.holder.title));
    if (!f.holder.since.isEmpty())
        holder += u"<br/>"_s + esc(tr("in office since %1").arg(f.holder.since));
    html += row(tr("Holder"), u"holder"_s, holder, f.provenanceOf(u"holder"_s), !f.holder.name.isEmpty(), withSources);
    if (!f.deputy.isEmpty())
        html += row(tr("Deputy"), QString(), esc(f.deputy.name) + u"<br/>"_s + esc(PlainWords::expand(f.deputy.title)), f.provenanceOf(u"holder"_s), true,
                    withSources);

    QStringList addr = f.address.lines;
    addr.append(f.address.postcode);
    for (QString &line : addr)
        line = esc(line);
    html += row(tr("Address"), u"address"_s, addr.join(u"<br/>"_s), f.provenanceOf(u"address"_s), !f.address.isEmpty(), withSources);
    html += row(tr("Email"), u"email"_s, u"<a href=\"mailto:%1\">%1</a>"_s.arg(esc(f.email)), f.provenanceOf(u"email"_s),
                !f.email.isEmpty(), withSources);
    html += row(tr("Phone"), u"phone"_s, esc(f.phone), f.provenanceOf(u"phone"_s), !f.phone.isEmpty(), withSources);
    html += row(tr("Website"), u"website"_s, shortLink(f.website), f.provenanceOf(u"website"_s), !f.website.isEmpty(), withSources);
    html += row(tr("Contact form"), u"contact_url"_s, shortLink(f.contactUrl), Provenance(), !f.contactUrl.isEmpty(), false);
    html += u"</table>"_s + sectionFixLink(u"contact"_s);
    if (f.email.isEmpty())
        html += u"<p>"_s + esc(tr("This office publishes no verified email address: use the contact form on its "
                                  "website, or send a printed letter."))
            + u"</p>"_s;
    html += evidence(f.stalkingSupport);
    if (withSources && !f.notes.isEmpty())
        html += u"<p style=\"font-size:small;\"><b>"_s + esc(tr("Research notes:")) + u"</b> "_s + esc(f.notes) + u"</p>"_s;
    return html;
}

QString ForceDetailHtml::evidence(const StalkingSupport &e)
{
    QString html = u"<h3><a name=\"evidence\"></a>"_s + esc(tr("What this office funds for stalking victims")) + u"</h3>"_s;
    if (!e.isKnown())
        return html + u"<p>"_s + esc(tr("No research about this office yet.")) + u"</p>"_s;
    html += u"<p><b>"_s + esc(advocacyStatusLabel(e.status)) + u"</b>"_s;
    if (!e.evidenceAsOf.isEmpty())
        html += u" "_s + esc(tr("(evidence up to %1)").arg(e.evidenceAsOf));
    if (!e.localNote.isEmpty())
        html += localBadge(e.localNote);
    Provenance evidenceMark;
    evidenceMark.localNote = e.localNote;
    html += undoLink(u"evidence_status"_s, evidenceMark) + u"</p>"_s;
    if (const QString caution = e.caution(); !caution.isEmpty())
        html += u"<p style=\"color:#9a3412;\">⚠ "_s + esc(caution) + u"</p>"_s;
    if (!e.letterClause.isEmpty())
        html += u"<p>"_s + esc(tr("What the 2026 letter says:")) + u" <i>"_s + esc(e.letterClause) + u"</i>"_s
            + u"</p>"_s;
    if (!e.confirmQuestion.isEmpty())
        html += u"<p>"_s + esc(tr("What it asks the office to confirm:")) + u" <i>"_s + esc(e.confirmQuestion) + u"</i>"_s
            + u"</p>"_s;
    if (!e.summary.isEmpty())
        html += u"<p>"_s + esc(tr("The research's summary:")) + u" "_s + esc(PlainWords::expand(e.summary)) + u"</p>"_s;
    html += u"<table cellspacing=\"4\">"_s;
    const QList<std::tuple<QString, QString, QString>> rows{{tr("Service or provider"), u"evidence_service"_s, PlainWords::expand(e.provider)},
                                                           {tr("Paid for by"), u"evidence_funder"_s, PlainWords::expand(e.funder)},
                                                           {tr("Years of the evidence"), u"evidence_years"_s, e.years}};
    for (const auto &[label, field, value] : rows) {
        html += u"<tr><td valign=\"top\"><b>"_s + esc(label) + u"</b>&nbsp;&nbsp;</td><td>"_s
            + (value.isEmpty() ? u"<i>"_s + esc(tr("none recorded")) + u"</i>"_s : esc(value))
            + u"</td></tr>"_s;
    }
    html += u"</table>"_s + sectionFixLink(u"evidence"_s);
    if (!e.sources.isEmpty()) {
        QStringList urls = e.sources;
        urls.removeDuplicates();
        const QStringList labels = linkLabels(urls);
        QStringList links;
        for (int i = 0; i < urls.size(); ++i)
            links << link(urls.at(i), labels.at(i));
        html += u"<p style=\"font-size:small;\">"_s + esc(tr("Sources:")) + u" "_s + links.join(u" · "_s) + u"</p>"_s;
    }
    return html;
}

QString ForceDetailHtml::introduction(bool hasProfile)
{
    QString html = u"<h2>"_s + esc(tr("Find your commissioner")) + u"</h2>"_s;
    if (!hasProfile)
        html += u"<p><b>"_s + esc(tr("First, create your profile:")) + u"</b> "_s
            + esc(tr("we use your postcode to find your commissioner, and your name and address to sign your letters. "
                     "They stay on this computer."))
            + u"</p>"_s;
    return html + u"<p>"_s
        + esc(tr("Or select an area on the map or in the list, or type your postcode or your area's name above, to see "
                 "who to write to."))
        + u"</p>"_s + abolitionNote();
}

QString ForceDetailHtml::abolitionNote()
{
    return u"<p style=\"font-size:small;\">"_s
        + esc(ForceDetailHtml::tr("Police and crime commissioners are due to be abolished in May 2028 (Home Office "
                                   "announcement, 13 November 2025): mayors or new Policing and Crime Boards will take "
                                   "on their role. The government has promised continuity of victim services."))
        + u"</p>"_s;
}

} // namespace pcc
