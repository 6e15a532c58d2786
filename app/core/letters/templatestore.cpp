#include "templatestore.h"

#include "safehtml.h"

#include "apppaths.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TemplateStore)
};

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<LetterTemplate> builtIns()
{
    return {
        {u"campaign"_s, Tr::tr("Campaign letter (addressed to the holder)"), readText(u":/templates/campaign.html"_s), true},
        {u"campaign-2017"_s, Tr::tr("Campaign letter as written in November 2017 (its facts are of 2017)"), readText(u":/templates/campaign-2017.html"_s), true},
        {u"campaign-2026"_s, Tr::tr("2026 letter: thanks for what the office funds, or asks it to fund"),
         readText(u":/templates/campaign-2026.html"_s), true},
        {u"follow-up"_s, Tr::tr("Follow-up: no reply yet"), readText(u":/templates/follow-up.html"_s), true},
    };
}

// A name is a file name on every system: none of the characters Windows refuses, no control
// characters, no trailing dot or space, and none of Windows' device names (CON, NUL, COM1…),
// which cannot be files there whatever their extension.
bool validName(const QString &name, QString *error)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[^/\\\\:*?\"<>|\\x00-\\x1f]{1,80}"_s));
    static const QRegularExpression device(QRegularExpression::anchoredPattern(u"(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])"_s), QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !re.match(name).hasMatch() || name.startsWith(u'.') || trimmed.endsWith(u'.')) {
        *error = Tr::tr("A template name must be 1 to 80 characters without / \\ : * ? \" < > |, and must not end with a dot.");
        return false;
    }
    if (device.match(trimmed.section(u'.', 0, 0).trimmed()).hasMatch()) {
        *error = Tr::tr("“%1” is a name Windows keeps for a device; choose another name.").arg(trimmed);
        return false;
    }
    return true;
}

// Windows and macOS do not tell "Campaign Letter" from "campaign letter": names are compared
// without regard to case everywhere, so no template can silently replace another.
bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString userPath(const QString &name)
{
    return AppPaths::templatesDir() + u'/' + name.trimmed() + u".html"_s;
}

// The names of the user's own templates, in the order they are listed.
QStringList userTemplateNames()
{
    const QStringList files = QDir(AppPaths::templatesDir()).entryList({u"*.html"_s}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    QStringList names;
    for (const QString &file : files)
        names << file.chopped(5);
    return names;
}

// A user template is read, and passed through the allow-list, only when it is wanted.
LetterTemplate userTemplate(const QString &name)
{
    return {u"user:"_s + name, name, SafeHtml::clean(readText(QDir(AppPaths::templatesDir()).filePath(name + u".html"_s))), false};
}

} // namespace

QList<LetterTemplate> TemplateStore::all()
{
    QList<LetterTemplate> list = builtIns();
    for (const QString &name : userTemplateNames())
        list.append(userTemplate(name));
    return list;
}

std::optional<LetterTemplate> TemplateStore::find(const QString &idOrName)
{
    for (const LetterTemplate &t : builtIns()) {
        if (t.id == idOrName || t.name == idOrName)
            return t;
    }
    for (const QString &name : userTemplateNames()) {
        if (u"user:"_s + name == idOrName || name == idOrName)
            return userTemplate(name);
    }
    for (const QString &name : userTemplateNames()) {
        if (sameName(name, idOrName) || sameName(u"user:"_s + name, idOrName))
            return userTemplate(name);
    }
    return std::nullopt;
}

LetterTemplate TemplateStore::defaultTemplate()
{
    return builtIns().constFirst();
}

std::optional<LetterTemplate> TemplateStore::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the template %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > 1024 * 1024) {
        *error = Tr::tr("The template %1 is larger than 1 MB.").arg(path);
        return std::nullopt;
    }
    return LetterTemplate{u"file:"_s + path, QFileInfo(path).completeBaseName(), SafeHtml::clean(QString::fromUtf8(f.readAll())), false};
}

QString TemplateStore::uniqueName(const QString &base)
{
    QString name = base;
    for (int n = 2; find(name) || QFile::exists(userPath(name)); ++n)
        name = base + u" (%1)"_s.arg(n);
    return name;
}

bool TemplateStore::save(const QString &name, const QString &html, LetterTemplate *saved, QString *error)
{
    if (!validName(name, error))
        return false;
    for (const LetterTemplate &b : builtIns()) {
        if (sameName(b.name, name) || sameName(b.id, name)) {
            *error = Tr::tr("“%1” is a built-in template and cannot be changed; duplicate it first.").arg(name);
            return false;
        }
    }
    for (const QString &existing : userTemplateNames()) {
        if (sameName(existing, name) && existing != name.trimmed()) {
            *error = Tr::tr("There is already a template called “%1”; names that differ only in capitals are the same "
                            "file on Windows and macOS.")
                         .arg(existing);
            return false;
        }
    }
    if (!QDir().mkpath(AppPaths::templatesDir())) {
        *error = Tr::tr("Cannot create the folder %1").arg(AppPaths::templatesDir());
        return false;
    }
    QString writeError;
    if (!WholeFile::write(userPath(name), html.toUtf8(), &writeError)) {
        *error = Tr::tr("Cannot save the template: %1").arg(writeError);
        return false;
    }
    if (saved)
        *saved = {u"user:"_s + name.trimmed(), name.trimmed(), html, false};
    return true;
}

bool TemplateStore::rename(const LetterTemplate &t, const QString &newName, QString *error)
{
    if (t.builtIn) {
        *error = Tr::tr("Built-in templates cannot be renamed.");
        return false;
    }
    if (!validName(newName, error))
        return false;
    const auto existing = find(newName);
    if (existing && !sameName(existing->name, t.name)) {
        *error = Tr::tr("There is already a template called “%1”.").arg(existing->name);
        return false;
    }
    // A change of capitals only goes through a temporary name: on Windows and macOS the old
    // and the new name are one file.
    const QString temporary = userPath(t.name) + u".renaming"_s;
    if (!QFile::rename(userPath(t.name), temporary) || !QFile::rename(temporary, userPath(newName))) {
        QFile::rename(temporary, userPath(t.name));
        *error = Tr::tr("Cannot rename the template file.");
        return false;
    }
    return true;
}

bool TemplateStore::remove(const LetterTemplate &t, QString *error)
{
    if (t.builtIn) {
        *error = Tr::tr("Built-in templates cannot be deleted.");
        return false;
    }
    if (!QFile::remove(userPath(t.name))) {
        *error = Tr::tr("Cannot delete the template file.");
        return false;
    }
    return true;
}

} // namespace pcc
