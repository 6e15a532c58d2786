#pragma once

#include "contactrecord.h"
#include "forcerecord.h"
#include "responsiveness.h"

#include <QWidget>

class QCheckBox;
class QMenu;
class QTextBrowser;
class QPushButton;

namespace pcc {

// The selected force's policing body and contacts, each fact with its source (behind the
// "Show sources" switch), and what the office funds for stalking victims. Fields that are
// not high-confidence carry a visible "not verified" badge. With nothing selected it says
// what to do next: create a profile, or pick an area.
class ForceDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForceDetailPanel(QWidget *parent = nullptr);

    void showForce(const ForceRecord *force); // nullptr: the introduction
    void showNoPccArea(const QString &areaId);
    void showNotFound(const QString &message); // a lookup found nothing: no office is shown
    void showCandidates(const QString &message); // a lookup found several areas: none is shown until one is chosen
    void setHasProfile(bool hasProfile);       // without one, the introduction invites the volunteer to make one
    // The contact log's records for this force, and in the team view the campaign's figures.
    void setHistory(const QList<ContactRecord> &history, const std::optional<ForceResponsiveness> &team = std::nullopt);
    void setSourcesShown(bool shown);
    void showEvidence(); // scrolls to what the office funds
    QString plainText() const;
    QString forceId() const { return m_forceId; }
    // What "Correct or confirm a detail…" under a section ("contact", "evidence") offers: one
    // submenu per field, to correct it or to say it was checked.
    QMenu *fixMenu(const QString &section);
    // Tab from `before` reaches the panel's actions first (write, record, create a profile),
    // then its text and its links; returns the panel's last stop.
    QWidget *placeInTabOrderAfter(QWidget *before);

    static QString historyLine(const ContactRecord &record);

signals:
    void writeLetterRequested(const QString &forceId);
    void recordContactRequested(const QString &forceId);
    void createProfileRequested();
    void correctRequested(const QString &forceId, const QString &field);
    void verifyRequested(const QString &forceId, const QString &field);
    void undoRequested(const QString &forceId, const QString &field);

private:
    enum class Showing { Introduction, Force, NoPccArea, NotFound, Candidates };
    void render();

    QTextBrowser *m_browser;
    QPushButton *m_profileButton;
    QPushButton *m_writeButton;
    QPushButton *m_recordButton;
    QCheckBox *m_sources;
    QMenu *m_fixMenu = nullptr;
    Showing m_showing = Showing::Introduction;
    ForceRecord m_force;
    QString m_forceId;
    QString m_renderedForceId; // the office on screen, to keep the reader's place on a refresh
    QString m_areaId;
    QString m_message;
    QString m_historyHtml;
    bool m_hasProfile = true;
};

} // namespace pcc
