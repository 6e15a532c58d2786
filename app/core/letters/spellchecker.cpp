#include "spellchecker.h"

#include "apppaths.h"
#include "directory.h"
#include "optionalmodule.h"
#include "spellingengine.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::SpellChecker)
};

constexpr qint64 kMaxPersonalListBytes = 1024 * 1024;

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryFolders()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {QDir(app).filePath(u"dictionaries"_s),                // Windows: beside the .exe
            QDir(app).filePath(u"../Resources/dictionaries"_s),   // macOS: inside the bundle
            u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s, u"/usr/share/myspell"_s,
            u"/usr/local/share/hunspell"_s, u"/opt/homebrew/share/hunspell"_s};
}

bool SpellChecker::load(const QString &language)
{
    QString reason;
    auto create = OptionalModule::resolve<PccCreateSpellingEngine>(u"pcc-spelling"_s, "pcc_create_spelling_engine", &reason);
    if (!create) {
        m_error = Tr::tr("The spelling part of PCC Campaigner (pcc-spelling) is missing, so spelling is off: %1").arg(reason);
        return false;
    }
    for (const QString &folder : dictionaryFolders()) {
        const QString aff = QDir(folder).filePath(language + u".aff"_s);
        const QString dic = QDir(folder).filePath(language + u".dic"_s);
        if (!QFileInfo(aff).isFile() || !QFileInfo(dic).isFile())
            continue;
        m_engine.reset(create(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData()));
        m_known.clear();
        if (m_engine->encoding() != "UTF-8") {
            m_error = Tr::tr("The dictionary %1 is not in UTF-8; spelling is off.").arg(dic);
            m_engine.reset();
            return false;
        }
        return true;
    }
    m_error = Tr::tr("No %1 dictionary was found (looked in %2); spelling is off.").arg(language, dictionaryFolders().join(u", "_s));
    return false;
}

QString SpellChecker::normalised(const QString &word)
{
    QString w = word;
    w.replace(u'\u2019', u'\'');
    return w;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_engine || word.size() < 2)
        return true;
    const QString w = normalised(word);
    bool hasLower = false;
    for (const QChar c : w) {
        if (c.isDigit())
            return true;
        hasLower = hasLower || c.isLower();
    }
    if (!hasLower)
        return true; // "PCC", "OPCC", "ISVA"
    // A name, or its possessive ("Mudd's office").
    const QString stem = w.endsWith(u"'s"_s) ? w.chopped(2) : w;
    for (const QString &form : {w, stem}) {
        if (m_extra.contains(form) || m_personal.contains(form) || m_personal.contains(form.toLower()))
            return true;
    }
    const auto cached = m_known.constFind(w);
    if (cached != m_known.constEnd())
        return *cached;
    const bool right = m_engine->spell(w.toStdString());
    m_known.insert(w, right);
    return right;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    if (!m_engine)
        return {};
    QStringList out;
    for (const std::string &s : m_engine->suggest(normalised(word).toStdString())) {
        out << QString::fromStdString(s);
        if (out.size() >= max)
            break;
    }
    return out;
}

void SpellChecker::addNames(const QStringList &namesOrPhrases)
{
    for (const QString &phrase : namesOrPhrases) {
        for (const Word &w : words(phrase))
            m_extra.insert(normalised(phrase.mid(w.start, w.length)));
    }
}

void SpellChecker::addNamesFrom(const Directory &directory)
{
    QStringList names;
    for (const ForceRecord &f : directory.forces())
        names << f.holder.name << f.deputy.name << f.officeName << f.forceName << f.areaName() << f.areaInSentence() << f.address.lines;
    addNames(names);
}

void SpellChecker::ignore(const QString &word)
{
    m_extra.insert(normalised(word));
}

QString SpellChecker::personalListFile(const QString &profileUuid)
{
    return QDir(AppPaths::dataDir()).filePath(u"spelling/%1.txt"_s.arg(profileUuid));
}

// The words of a list file; false when it exists but is not a plain UTF-8 file of a sane size
// (a folder, a device, another program's file): such a file is never written over.
bool SpellChecker::readList(const QString &path, QSet<QString> *words)
{
    words->clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!QFileInfo(path).isFile() || file.size() > kMaxPersonalListBytes || !file.open(QIODevice::ReadOnly))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.readAll());
    if (utf8.hasError())
        return false;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString word = normalised(line.trimmed());
        if (!word.isEmpty())
            words->insert(word);
    }
    return true;
}

bool SpellChecker::usePersonalList(const QString &profileUuid, QString *error)
{
    m_personalFile = profileUuid.isEmpty() ? QString() : personalListFile(profileUuid);
    m_personalUnreadable = false;
    if (m_personalFile.isEmpty()) {
        m_personal.clear();
        return true;
    }
    if (!readList(m_personalFile, &m_personal)) {
        if (error)
            *error = Tr::tr("Your own word list %1 cannot be read; it is left as it is.").arg(m_personalFile);
        m_personalUnreadable = true;
        return false;
    }
    return true;
}

bool SpellChecker::addToPersonalList(const QString &word, QString *error)
{
    const QString w = normalised(word.trimmed());
    if (w.isEmpty() || w.contains(u'\n'))
        return false;
    if (m_personalUnreadable) {
        *error = Tr::tr("Your own word list %1 cannot be read, so nothing is added to it; it is left as it is.").arg(m_personalFile);
        return false;
    }
    if (m_personalFile.isEmpty()) {
        *error = Tr::tr("Create your profile first: the words you add are kept with it.");
        return false;
    }
    // Read again first: another letter window may have added a word since.
    QSet<QString> next;
    if (!readList(m_personalFile, &next)) {
        *error = Tr::tr("Your own word list %1 cannot be read, so nothing is added to it; it is left as it is.").arg(m_personalFile);
        return false;
    }
    next.insert(w);
    QStringList sorted(next.cbegin(), next.cend());
    sorted.sort(Qt::CaseInsensitive);
    QDir().mkpath(QFileInfo(m_personalFile).absolutePath());
    if (!WholeFile::writePrivate(m_personalFile, (sorted.join(u'\n') + u'\n').toUtf8(), error))
        return false;
    m_personal = next;
    return true;
}

QStringList SpellChecker::personalWords() const
{
    QStringList sorted(m_personal.cbegin(), m_personal.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QList<SpellChecker::Word> SpellChecker::words(const QString &text)
{
    // Letters (any script, with their accents), joined by an apostrophe inside a word.
    static const QRegularExpression word(u"[\\p{L}\\p{M}]+(?:['\u2019][\\p{L}\\p{M}]+)*"_s);
    QList<Word> out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    return out;
}

} // namespace pcc
