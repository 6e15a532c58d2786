#pragma once

#include "contactrecord.h"
#include "forcerecord.h"

#include <QWidget>

class QTextBrowser;
class QPushButton;

namespace pcc {

// The selected force's policing body and contacts, each fact with its source. Fields
// that are not high-confidence carry a visible "not verified" badge.
class ForceDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForceDetailPanel(QWidget *parent = nullptr);

    void showForce(const ForceRecord *force);
    void showNoPccArea(const QString &areaId);
    void setHistory(const QList<ContactRecord> &history); // the contact log's records for this force
    QString plainText() const;

    static QString detailsHtml(const ForceRecord &force);

signals:
    void writeLetterRequested(const QString &forceId);
    void recordContactRequested(const QString &forceId);

private:
    void render();

    QTextBrowser *m_browser;
    QPushButton *m_writeButton;
    QPushButton *m_recordButton;
    QString m_forceId;
    QString m_detailsHtml;
    QString m_historyHtml;
};

} // namespace pcc
