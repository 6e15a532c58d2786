#include "forcedetailpanel.h"

#include "forceids.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

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
        + esc(ForceDetailPanel::tr("not verified — check the office website before posting"))
        + u"&nbsp;</span>"_s;
}

QString missing()
{
    return u"<span style=\"color:#9a3412;\"><i>"_s
        + esc(ForceDetailPanel::tr("not known — check the office website before posting")) + u"</i></span>"_s;
}

// The first URL in a research source text becomes a link; the rest is shown as given.
QString sourceHtml(const Provenance &p)
{
    if (p.confidence.isEmpty())
        return {};
    static const QRegularExpression urlRe(u"https?://[^\\s;)]+"_s);
    QString source = esc(p.source.isEmpty() ? ForceDetailPanel::tr("no source recorded") : p.source);
    if (const auto m = urlRe.match(p.source); m.hasMatch()) {
        const QString url = m.captured(0);
        source.replace(esc(url), u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(url)));
    }
    QString text = ForceDetailPanel::tr("Confidence: %1; checked %2. Source: %3")
                       .arg(esc(p.confidence), esc(p.verifiedOn), source);
    if (!p.note.isEmpty())
        text += u" ("_s + esc(p.note) + u")"_s;
    return u"<br/><span style=\"font-size:small; color:palette(mid);\">"_s + text + u"</span>"_s;
}

QString row(const QString &label, const QString &valueHtml, const Provenance &p, bool present)
{
    QString html = u"<tr><td valign=\"top\"><b>"_s + esc(label) + u"</b>&nbsp;&nbsp;</td><td>"_s;
    if (!present) {
        html += missing();
    } else {
        html += valueHtml;
        if (!p.confidence.isEmpty() && !p.isHigh())
            html += unverifiedBadge();
    }
    html += sourceHtml(p) + u"</td></tr>"_s;
    return html;
}

QString abolitionNote()
{
    return u"<p style=\"font-size:small;\">"_s
        + esc(ForceDetailPanel::tr("Police and crime commissioners are due to be abolished in May 2028 (Home Office "
                                   "announcement, 13 November 2025): mayors or new Policing and Crime Boards will take "
                                   "on their role. The government has promised continuity of victim services."))
        + u"</p>"_s;
}

} // namespace

ForceDetailPanel::ForceDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_writeButton(new QPushButton(tr("&Write a letter…"), this))
    , m_recordButton(new QPushButton(tr("&Record a contact…"), this))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Details of the selected policing body"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_writeButton);
    buttons->addWidget(m_recordButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    layout->addLayout(buttons);
    connect(m_writeButton, &QPushButton::clicked, this, [this] { emit writeLetterRequested(m_forceId); });
    connect(m_recordButton, &QPushButton::clicked, this, [this] { emit recordContactRequested(m_forceId); });
    // The introduction (with its bold heading) is shown by showForce(nullptr) once the window
    // has painted: the first paint needs no bold font.
    m_writeButton->setEnabled(false);
    m_recordButton->setEnabled(false);
}

QString ForceDetailPanel::detailsHtml(const ForceRecord &f)
{
    QString html = u"<h2>"_s + esc(f.areaName()) + u"</h2>"_s;
    html += u"<p>"_s + esc(f.officeName) + u"<br/><i>"_s + esc(bodyKindLabel(f.bodyKind)) + u"</i></p>"_s;
    html += u"<table cellspacing=\"4\">"_s;

    QString holder = esc(f.holder.name);
    if (!f.holder.title.isEmpty())
        holder += u"<br/>"_s + esc(f.holder.title);
    if (!f.holder.since.isEmpty())
        holder += u"<br/>"_s + esc(tr("in office since %1").arg(f.holder.since));
    html += row(tr("Holder"), holder, f.provenanceOf(u"holder"_s), !f.holder.name.isEmpty());
    if (!f.deputy.isEmpty())
        html += row(tr("Deputy"), esc(f.deputy.name) + u"<br/>"_s + esc(f.deputy.title), f.provenanceOf(u"holder"_s), true);

    QStringList addr = f.address.lines;
    addr.append(f.address.postcode);
    for (QString &line : addr)
        line = esc(line);
    html += row(tr("Address"), addr.join(u"<br/>"_s), f.provenanceOf(u"address"_s), !f.address.isEmpty());
    html += row(tr("Email"), u"<a href=\"mailto:%1\">%1</a>"_s.arg(esc(f.email)), f.provenanceOf(u"email"_s),
                !f.email.isEmpty());
    html += row(tr("Phone"), esc(f.phone), f.provenanceOf(u"phone"_s), !f.phone.isEmpty());
    html += row(tr("Website"), u"<a href=\"%1\">%1</a>"_s.arg(esc(f.website)), f.provenanceOf(u"website"_s),
                !f.website.isEmpty());
    html += u"</table>"_s;
    if (f.email.isEmpty())
        html += u"<p>"_s + esc(tr("This office publishes no verified email address: use the contact form on its "
                                  "website, or send a printed letter."))
            + u"</p>"_s;
    if (!f.stalkingSupport.status.isEmpty()) {
        html += u"<h3>"_s + esc(tr("Stalking support in this area (research)")) + u"</h3><p>"_s
            + esc(f.stalkingSupport.summary) + u"</p><p style=\"font-size:small;\">"_s
            + esc(tr("Status: %1; evidence %2; confidence %3. Check with the office before thanking anyone for a service.")
                      .arg(f.stalkingSupport.status, f.stalkingSupport.years, f.stalkingSupport.confidence))
            + u"</p>"_s;
    }
    if (!f.notes.isEmpty())
        html += u"<p style=\"font-size:small;\"><b>"_s + esc(tr("Research notes:")) + u"</b> "_s + esc(f.notes) + u"</p>"_s;
    return html;
}

void ForceDetailPanel::showForce(const ForceRecord *force)
{
    if (!force) {
        m_forceId.clear();
        m_detailsHtml = u"<h2>"_s + esc(tr("Find your commissioner")) + u"</h2><p>"_s
            + esc(tr("Select an area on the map or in the list, or type your postcode above, to see who to write to."))
            + u"</p>"_s + abolitionNote();
    } else {
        m_forceId = force->id;
        m_detailsHtml = detailsHtml(*force) + abolitionNote();
    }
    m_historyHtml.clear();
    m_writeButton->setEnabled(force != nullptr);
    m_recordButton->setEnabled(force != nullptr);
    render();
}

void ForceDetailPanel::showNoPccArea(const QString &areaId)
{
    m_forceId.clear();
    m_historyHtml.clear();
    QString name = ForceIds::noPccAreaName(areaId);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    m_detailsHtml = u"<h2>"_s + esc(name) + u"</h2><p>"_s
        + esc(tr("There are no police and crime commissioners here. Policing is overseen by: %1.")
                  .arg(ForceIds::noPccAreaBody(areaId)))
        + u"</p>"_s;
    m_writeButton->setEnabled(false);
    m_recordButton->setEnabled(false);
    render();
}

void ForceDetailPanel::setHistory(const QList<ContactRecord> &history)
{
    QString html = u"<h3>"_s + tr("Contacts with this office").toHtmlEscaped() + u"</h3>"_s;
    if (history.isEmpty())
        html += u"<p>"_s + tr("None recorded yet.").toHtmlEscaped() + u"</p>"_s;
    else
        html += u"<ul>"_s;
    for (const ContactRecord &r : history) {
        QStringList parts{QLocale().toString(r.date, QLocale::ShortFormat), r.profileName, channelLabel(r.channel),
                          statusLabel(r.status), replyOutcomeLabel(r.replyOutcome)};
        parts.removeAll(QString()); // no dangling separator when there is no reply
        html += u"<li>"_s + parts.join(u" · "_s).toHtmlEscaped() + u"</li>"_s;
    }
    if (!history.isEmpty())
        html += u"</ul>"_s;
    m_historyHtml = html;
    render();
}

QString ForceDetailPanel::plainText() const
{
    return m_browser->toPlainText();
}

void ForceDetailPanel::render()
{
    m_browser->setHtml(m_detailsHtml + m_historyHtml);
}

} // namespace pcc
