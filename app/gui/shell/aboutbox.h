#pragma once

#include <QCoreApplication>

class QWidget;

namespace pcc {

// Help, About: what the app is for, where the volunteer's data lives, when the network is
// used, the planned change to the office, and the credits for the data.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    static QString html();
    static void show(QWidget *parent);
};

} // namespace pcc
