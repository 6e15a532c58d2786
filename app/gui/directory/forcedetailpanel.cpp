#include "directory/forcedetailpanel.h"

#include "corrections.h"
#include "plainwords.h"

#include "responsiveness.h"

#include "forceids.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QMessageBox>
#include <QClipboard>
#include <QApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QCursor>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
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
    const QString source = p.source.isEmpty() ? esc(ForceDetailPanel::tr("no source recorded")) : linkedSource(p.source);
    QString text = ForceDetailPanel::tr("Confidence: %1; checked %2. Source: %3")
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
    return u" <span style=\"font-size:small;\"><a href=\"pcc:undo/%1\">%2</a></span>"_s.arg(field, esc(ForceDetailPanel::tr("Undo mine")));
}

QString sectionFixLink(const QString &section)
{
    return u"<p style=\"font-size:small;\"><a href=\"pcc:fix/%1\">%2</a></p>"_s.arg(section, esc(ForceDetailPanel::tr("Correct or confirm a detail…")));
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
    , m_profileButton(new QPushButton(tr("&Create your profile…"), this))
    , m_writeButton(new QPushButton(tr("&Write a letter…"), this))
    , m_recordButton(new QPushButton(tr("&Record a contact…"), this))
    , m_sources(new QCheckBox(tr("Show &sources"), this))
{
    // Web and mail links open outside; "pcc:" links are the panel's own actions.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"pcc"_s) {
            // Only web and mail links leave the app (a data file could name any scheme).
            const bool safe = url.scheme() == u"https"_s || url.scheme() == u"http"_s || url.scheme() == u"mailto"_s;
            if (!safe || !QDesktopServices::openUrl(url)) {
                QApplication::clipboard()->setText(url.toString());
                QMessageBox::information(this, tr("Link not opened"),
                                         safe ? tr("No program on this computer opened %1. The address has been copied: paste it "
                                                   "into your web browser.").arg(url.toDisplayString())
                                              : tr("%1 is not a web address, so it was not opened.").arg(url.toDisplayString()));
            }
            return;
        }
        const QString action = url.path().section(u'/', 0, 0);
        const QString field = url.path().section(u'/', 1, 1);
        if (m_forceId.isEmpty())
            return;
        if (action == u"fix"_s)
            fixMenu(field)->exec(QCursor::pos());
        else if (action == u"correct"_s)
            emit correctRequested(m_forceId, field);
        else if (action == u"verify"_s)
            emit verifyRequested(m_forceId, field);
        else if (action == u"undo"_s)
            emit undoRequested(m_forceId, field);
    });
    m_browser->setAccessibleName(tr("Details of the selected policing body"));
    m_sources->setToolTip(tr("Where each fact comes from, how sure the research is, and when it was checked"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_profileButton);
    buttons->addWidget(m_writeButton);
    buttons->addWidget(m_recordButton);
    buttons->addStretch();
    buttons->addWidget(m_sources);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    layout->addLayout(buttons);
    connect(m_profileButton, &QPushButton::clicked, this, &ForceDetailPanel::createProfileRequested);
    connect(m_writeButton, &QPushButton::clicked, this, [this] { emit writeLetterRequested(m_forceId); });
    connect(m_recordButton, &QPushButton::clicked, this, [this] { emit recordContactRequested(m_forceId); });
    connect(m_sources, &QCheckBox::toggled, this, &ForceDetailPanel::render);
    // The introduction (with its bold heading) is shown by showForce(nullptr) once the window
    // has painted: the first paint needs no bold font.
    m_profileButton->hide();
    m_writeButton->setEnabled(false);
    m_recordButton->setEnabled(false);
}

QString ForceDetailPanel::detailsHtml(const ForceRecord &f, bool withSources)
{
    QString html = u"<h2>"_s + esc(f.areaName()) + u"</h2>"_s;
    html += u"<p>"_s + esc(f.officeName) + u"<br/><i>"_s + esc(bodyKindLabel(f.bodyKind)) + u"</i></p>"_s;
    html += u"<table cellspacing=\"4\">"_s;

    QString holder = esc(f.holder.name);
    if (!f.holder.title.isEmpty())
        holder += u"<br/>"_s + esc(f.holder.title);
    if (!f.holder.since.isEmpty())
        holder += u"<br/>"_s + esc(tr("in office since %1").arg(f.holder.since));
    html += row(tr("Holder"), u"holder"_s, holder, f.provenanceOf(u"holder"_s), !f.holder.name.isEmpty(), withSources);
    if (!f.deputy.isEmpty())
        html += row(tr("Deputy"), QString(), esc(f.deputy.name) + u"<br/>"_s + esc(f.deputy.title), f.provenanceOf(u"holder"_s), true,
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
    html += evidenceHtml(f.stalkingSupport);
    if (withSources && !f.notes.isEmpty())
        html += u"<p style=\"font-size:small;\"><b>"_s + esc(tr("Research notes:")) + u"</b> "_s + esc(f.notes) + u"</p>"_s;
    return html;
}

QMenu *ForceDetailPanel::fixMenu(const QString &section)
{
    delete m_fixMenu;
    m_fixMenu = new QMenu(this);
    const QStringList fields = section == u"evidence"_s
                                   ? QStringList{u"evidence_status"_s, u"evidence_letter_clause"_s, u"evidence_confirm_question"_s,
                                                 u"evidence_service"_s, u"evidence_funder"_s, u"evidence_years"_s}
                                   : QStringList{u"holder"_s, u"address"_s, u"email"_s, u"phone"_s, u"website"_s, u"contact_url"_s};
    for (const QString &field : fields) {
        QMenu *sub = m_fixMenu->addMenu(Corrections::fieldLabel(field));
        sub->addAction(tr("&Correct it…"), this, [this, field] { emit correctRequested(m_forceId, field); });
        if (!Corrections::valueOf(m_force, field).isEmpty())
            sub->addAction(tr("I &checked it and it is right"), this, [this, field] { emit verifyRequested(m_forceId, field); });
    }
    return m_fixMenu;
}

QWidget *ForceDetailPanel::placeInTabOrderAfter(QWidget *before)
{
    QWidget *previous = before;
    for (QWidget *w : {static_cast<QWidget *>(m_writeButton), static_cast<QWidget *>(m_recordButton),
                       static_cast<QWidget *>(m_profileButton), static_cast<QWidget *>(m_sources), static_cast<QWidget *>(m_browser)}) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    return previous;
}

void ForceDetailPanel::showEvidence()
{
    m_browser->scrollToAnchor(u"evidence"_s);
    m_browser->setFocus(Qt::OtherFocusReason);
}

QString ForceDetailPanel::evidenceHtml(const StalkingSupport &e)
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

QString ForceDetailPanel::introductionHtml() const
{
    QString html = u"<h2>"_s + esc(tr("Find your commissioner")) + u"</h2>"_s;
    if (!m_hasProfile)
        html += u"<p><b>"_s + esc(tr("First, create your profile:")) + u"</b> "_s
            + esc(tr("we use your postcode to find your commissioner, and your name and address to sign your letters. "
                     "They stay on this computer."))
            + u"</p>"_s;
    return html + u"<p>"_s
        + esc(tr("Or select an area on the map or in the list, or type your postcode or your area's name above, to see "
                 "who to write to."))
        + u"</p>"_s + abolitionNote();
}

void ForceDetailPanel::showForce(const ForceRecord *force)
{
    m_showing = force ? Showing::Force : Showing::Introduction;
    m_force = force ? *force : ForceRecord();
    m_forceId = force ? force->id : QString();
    m_historyHtml.clear();
    render();
}

void ForceDetailPanel::showNoPccArea(const QString &areaId)
{
    m_showing = Showing::NoPccArea;
    m_areaId = areaId;
    m_forceId.clear();
    m_historyHtml.clear();
    render();
}

void ForceDetailPanel::showCandidates(const QString &message)
{
    showNotFound(message);
    m_showing = Showing::Candidates;
    render();
}

void ForceDetailPanel::showNotFound(const QString &message)
{
    m_showing = Showing::NotFound;
    m_message = message;
    m_forceId.clear();
    m_historyHtml.clear();
    render();
}

void ForceDetailPanel::setHasProfile(bool hasProfile)
{
    if (m_hasProfile == hasProfile)
        return;
    m_hasProfile = hasProfile;
    render();
}

void ForceDetailPanel::setSourcesShown(bool shown)
{
    m_sources->setChecked(shown);
}

QString ForceDetailPanel::historyLine(const ContactRecord &r)
{
    QStringList parts{QLocale().toString(r.date, QLocale::ShortFormat), r.profileName, channelLabel(r.channel),
                      statusLabel(r.status), replyOutcomeLabel(r.replyOutcome)};
    parts.removeAll(QString()); // no dangling separator when a part is empty
    return parts.join(u" · "_s);
}

void ForceDetailPanel::setHistory(const QList<ContactRecord> &history, const std::optional<ForceResponsiveness> &team)
{
    QString html = u"<h3>"_s + esc(tr("Contacts with this office")) + u"</h3>"_s;
    if (team && team->sent > 0)
        html += u"<p>"_s + esc(Responsiveness::teamSentence(*team)) + u"</p>"_s;
    if (history.isEmpty()) {
        html += u"<p>"_s + esc(tr("None recorded yet.")) + u"</p>"_s;
    } else {
        QList<LetterOutcome> letters;
        for (const ContactRecord &r : history)
            letters << Responsiveness::outcomeOf(r);
        if (const auto figures = Responsiveness::compute(letters); !figures.isEmpty())
            html += u"<p>"_s + esc(Responsiveness::sentence(figures.constFirst())) + u"</p>"_s;
        html += u"<ul>"_s;
        for (const ContactRecord &r : history)
            html += u"<li>"_s + esc(historyLine(r)) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_historyHtml = html;
    render();
}

QString ForceDetailPanel::plainText() const
{
    return m_browser->toPlainText();
}

void ForceDetailPanel::render()
{
    QString html;
    switch (m_showing) {
    case Showing::Introduction:
        html = introductionHtml();
        break;
    case Showing::Force:
        html = detailsHtml(m_force, m_sources->isChecked()) + m_historyHtml + abolitionNote();
        break;
    case Showing::NoPccArea: {
        QString name = ForceIds::noPccAreaDisplayName(m_areaId);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        html = u"<h2>"_s + esc(name) + u"</h2><p>"_s
            + esc(ForceIds::noPccAreaSentence(m_areaId))
            + u"</p>"_s;
        break;
    }
    case Showing::NotFound:
    case Showing::Candidates:
        html = u"<h2>"_s
            + esc(m_showing == Showing::Candidates ? tr("Which is your area? Click it on the map") : tr("Not found: pick your area on the map"))
            + u"</h2><p>"_s + esc(m_message) + u"</p><p>"_s
            + esc(tr("No office is shown until you choose one, so that a letter never goes to the wrong commissioner."))
            + u"</p>"_s;
        break;
    }
    const bool force = m_showing == Showing::Force;
    m_profileButton->setVisible(!m_hasProfile);
    m_writeButton->setEnabled(force);
    m_recordButton->setEnabled(force);
    m_sources->setVisible(force);
    // The same office shown again (a correction, a new contact): stay where the reader was.
    const bool sameOffice = force && m_renderedForceId == m_forceId;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    if (sameOffice)
        m_browser->verticalScrollBar()->setValue(scroll);
    m_renderedForceId = force ? m_forceId : QString();
}

} // namespace pcc
