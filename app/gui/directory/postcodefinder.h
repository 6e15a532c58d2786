#pragma once

#include "postcodedistricts.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pcc {

class Directory;

// "Find my commissioner": a postcode field, the offline lookup (the shipped district table)
// and, only when the user asks and agrees, the online one (postcodes.io). Says what it found.
class PostcodeFinder : public QWidget
{
    Q_OBJECT
public:
    using DistrictsSource = std::function<const PostcodeDistricts &()>;
    PostcodeFinder(const Directory &directory, DistrictsSource districts, QWidget *parent = nullptr);

    // A postcode, or the name of an area or force. False, with a message and nothingFound(),
    // when it finds nothing: the window then shows no office rather than the last one.
    bool find(const QString &text);
    void lookUpOnline();
    QString message() const;
    // An area chosen another way: the last search, its text and its answer, no longer applies
    // (a postcode left in the box beside another area's office reads as that office's).
    void clearSearch();
    QLineEdit *field() const { return m_postcode; }
    void focusField();
    void setOnlineLookupAllowed(bool allowed); // Settings, Online: hides "Look up online…"
    void setOnlineServiceUrl(const QString &url) { m_serviceUrl = url; } // a local postcodes.io (the tests')
    // What the finder says, as its own widget: the window puts it under the toolbar, where a
    // long answer wraps instead of pushing the toolbar's other controls out of sight.
    QLabel *messageLabel() const { return m_result; }

signals:
    void forceFound(const QString &forceId);
    void noPccAreaFound(const QString &areaId); // Scotland, Northern Ireland
    void nothingFound(const QString &message);
    // The offline table cannot tell which of these areas the postcode is in: none is chosen.
    void candidatesFound(const QStringList &forceIds, const QString &message);

private:
    void say(const QString &message);
    void notFound(const QString &message);
    bool findByName(const QString &text);
    QString areaName(const QString &forceId) const;

    const Directory &m_directory;
    DistrictsSource m_districts;
    QLineEdit *m_postcode;
    QLabel *m_result;
    QPushButton *m_online;
    bool m_onlineAllowed = true;
    QString m_serviceUrl;
};

} // namespace pcc
