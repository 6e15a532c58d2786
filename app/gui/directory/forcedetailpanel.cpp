#include "directory/forcedetailpanel.h"

#include "corrections.h"
#include "directory/forcedetailhtml.h"
#include "forceids.h"
#include "responsiveness.h"

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
        html = ForceDetailHtml::introduction(m_hasProfile);
        break;
    case Showing::Force:
        html = ForceDetailHtml::details(m_force, m_sources->isChecked()) + m_historyHtml + ForceDetailHtml::abolitionNote();
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
