#pragma once

#include "tests/support/tscatalogue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace opencc {
class MarisaDict;
}

namespace bitext::test {

// Characters that belong to one Chinese script only, from OpenCC's character tables with
// all their candidates: 這 is Traditional only (its one Simplified form is 这), while 著
// (Simplified 着 or 著), 干 and 台 are written in both scripts and never count.
class ScriptCharacters
{
public:
    ScriptCharacters();
    ~ScriptCharacters();

    // The characters of text (each once) that Simplified Chinese never writes.
    QString traditionalOnly(const QString &text) const;
    // The characters of text (each once) that Traditional Chinese never writes.
    QString simplifiedOnly(const QString &text) const;

private:
    QString oneScriptOnly(const opencc::MarisaDict &table, QHash<uint, bool> &cache, const QString &text) const;

    std::shared_ptr<opencc::MarisaDict> m_traditionalToSimplified;
    std::shared_ptr<opencc::MarisaDict> m_simplifiedToTraditional;
    // Taiwan's standard forms that OpenCC's Traditional writes otherwise (群 for 羣).
    std::shared_ptr<opencc::MarisaDict> m_taiwanVariants;
    mutable QHash<uint, bool> m_traditionalOnly;
    mutable QHash<uint, bool> m_simplifiedOnly;
};

// What a finished translation must keep of its source, and the script and vocabulary of
// its language ("zh_CN", "zh_TW"); one line per problem, empty when it is right.
class MessageCheck
{
public:
    explicit MessageCheck(const ScriptCharacters &script);

    QStringList problems(const TsMessage &message, const QString &language) const;
    QStringList problems(const QString &source, const QString &translation, const QString &language) const;

    // %1..%99, %L1, %n, %Ln, sorted: the same multiset in source and translation.
    static QStringList placeholders(const QString &text);
    // The mnemonic letters (&F → "f"), lower case, without && and HTML entities.
    static QStringList mnemonics(const QString &text);
    // The HTML tags (<b>, </p>, <a href="…">), sorted.
    static QStringList htmlTags(const QString &text);
    // Mainland words Taiwan writes otherwise (默認 → 預設, 軟件 → 軟體) found in text.
    static QStringList mainlandTerms(const QString &text);

private:
    const ScriptCharacters &m_script;
};

} // namespace bitext::test
