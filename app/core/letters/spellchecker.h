#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace pcc {

class Directory;
class SpellingEngine;

// British English spelling for the letter editor, by Hunspell (in the pcc-spelling module, loaded
// on first use) with the en_GB dictionary. Besides the dictionary it knows the directory's names
// (holders, offices, areas: never flagged), the words a volunteer added to their own list (one
// list per profile, kept in the data folder) and words ignored for this session. A word's answer
// is remembered, so typing rechecks nothing twice.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // Finds en_GB.aff and en_GB.dic: beside the program (the Windows and macOS packages ship
    // them), then the system's Hunspell folders. False with error() when there is none.
    bool load(const QString &language = QStringLiteral("en_GB"));
    bool isLoaded() const { return bool(m_engine); }
    QString error() const { return m_error; }
    static QStringList dictionaryFolders();

    // Whether a word is spelt right. Words with digits, capitals only ("PCC", "OPCC") and single
    // letters are never flagged; "’" and "'" are the same apostrophe.
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;

    void addNames(const QStringList &namesOrPhrases); // split into words; for this session
    void addNamesFrom(const Directory &directory);      // holders, deputies, offices, areas, addresses
    void ignore(const QString &word);                 // for this session only

    // The profile's own list: loaded with the profile, and a word added is kept at once.
    bool usePersonalList(const QString &profileUuid, QString *error = nullptr);
    bool addToPersonalList(const QString &word, QString *error);
    QStringList personalWords() const;
    static QString personalListFile(const QString &profileUuid);

    // Where each word of `text` starts and how long it is.
    struct Word
    {
        int start;
        int length;
    };
    static QList<Word> words(const QString &text);

private:
    static QString normalised(const QString &word);
    static bool readList(const QString &path, QSet<QString> *words);
    std::unique_ptr<SpellingEngine> m_engine;
    QString m_error;
    QSet<QString> m_extra;       // names and ignored words
    QSet<QString> m_personal;
    QString m_personalFile;
    bool m_personalUnreadable = false;
    mutable QHash<QString, bool> m_known;
};

} // namespace pcc
