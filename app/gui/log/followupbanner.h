#pragma once

#include "contactrecord.h"

#include <QWidget>

class QLabel;

namespace pcc {

class Directory;

// The reminder above the map: letters sent more than two weeks ago with no reply yet, and the
// question WriteToThem asks two weeks after a message: did the office reply? One click records
// the reply (the reply dialog), or says not yet (the reminder moves to the last follow-up date).
class FollowUpBanner : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpBanner(QWidget *parent = nullptr);
    void setDue(const QList<ContactRecord> &due, const Directory &directory); // hidden when empty

    QString askingAbout() const { return m_asking; } // the letter the question is about

signals:
    void writeRequested();
    void replyRequested(const QString &uuid);
    void notYetRequested(const QString &uuid);

private:
    QLabel *m_text;
    QString m_asking;
};

} // namespace pcc
