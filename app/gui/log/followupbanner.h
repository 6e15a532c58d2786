#pragma once

#include "contactrecord.h"

#include <QWidget>

class QLabel;

namespace pcc {

class Directory;

// The reminder above the map: letters sent more than two weeks ago with no reply yet.
class FollowUpBanner : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpBanner(QWidget *parent = nullptr);
    void setDue(const QList<ContactRecord> &due, const Directory &directory); // hidden when empty

signals:
    void writeRequested();

private:
    QLabel *m_text;
};

} // namespace pcc
