#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bitext::test {

// One message of a Qt Linguist catalogue (.ts) as the checks of translations/ read it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    // Not marked unfinished (nor vanished/obsolete) and not empty.
    bool finished = false;
    // The text, or each plural form of a numerus message.
    QStringList translations;

    // "Context: source" (with the comment when there is one), to name it in a failure.
    QString name() const;
};

// Every message of a .ts file; fails the running test when it cannot be read.
QList<TsMessage> readTsCatalogue(const QString &path);

// Does a text hold Chinese (Han) characters? How the tests tell a shown text is translated.
bool hasHan(const QString &text);

// lupdate of the build's Qt (BITEXT_LUPDATE overrides).
QString lupdateBinary();

// Merges the tr() strings of models/, ui/ and app/ into the catalogue at tsPath with the
// options translations/update.sh uses (new strings come out unfinished, vanished ones
// are dropped); pluralOnly keeps only numerus messages (the English catalogue). Fails
// the running test when lupdate fails.
void mergeSources(const QString &tsPath, const QString &language, bool pluralOnly = false);

// A copy of translations/bitext_LANG.ts in dir, with the sources merged in: what the
// catalogue would be after translations/update.sh, without touching the real one.
QString mergedCatalogueCopy(const QString &dir, const QString &language, bool pluralOnly = false);

} // namespace bitext::test
