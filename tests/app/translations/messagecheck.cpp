#include "tests/app/translations/messagecheck.h"

#include "models/text/script.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <opencc/DictEntry.hpp>
#include <opencc/MarisaDict.hpp>

namespace bitext::test {

namespace {

std::shared_ptr<opencc::MarisaDict> loadTable(const char *name)
{
    const QByteArray path = QFile::encodeName(QStringLiteral(BITEXT_OPENCC_DATADIR "/") + QLatin1String(name));
    FILE *file = std::fopen(path.constData(), "rb");
    INFO("OpenCC table " << path.constData());
    REQUIRE(file);
    auto table = opencc::MarisaDict::NewFromFile(file);
    std::fclose(file);
    return table;
}

QStringList sortedMatches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    return found;
}

} // namespace

ScriptCharacters::ScriptCharacters()
    : m_traditionalToSimplified(loadTable("TSCharacters.ocd2"))
    , m_simplifiedToTraditional(loadTable("STCharacters.ocd2"))
    , m_taiwanVariants(loadTable("TWVariantsRev.ocd2"))
{
}

ScriptCharacters::~ScriptCharacters() = default;

QString ScriptCharacters::oneScriptOnly(
    const opencc::MarisaDict &table, QHash<uint, bool> &cache, const QString &text) const
{
    QString found;
    const QVector<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        if (!isHan(c))
            continue;
        const char32_t code = c;
        const QString character = QString::fromUcs4(&code, 1);
        auto known = cache.constFind(c);
        if (known == cache.constEnd()) {
            // Only in one script when the other script writes it otherwise, always:
            // none of the table's candidates is the character itself.
            const std::string utf8 = character.toStdString();
            const auto entry = table.Match(utf8.c_str(), utf8.size());
            bool only = false;
            if (!entry.IsNull()) {
                const std::vector<std::string> values = entry.Get()->Values();
                only = std::find(values.cbegin(), values.cend(), utf8) == values.cend();
            }
            known = cache.insert(c, only);
        }
        if (*known && !found.contains(character))
            found += character;
    }
    return found;
}

QString ScriptCharacters::traditionalOnly(const QString &text) const
{
    return oneScriptOnly(*m_traditionalToSimplified, m_traditionalOnly, text);
}

QString ScriptCharacters::simplifiedOnly(const QString &text) const
{
    // A character Taiwan writes as its standard form is Traditional there, even where
    // the Simplified script shares it (群, not OpenCC's 羣).
    QString found;
    const QVector<uint> characters = oneScriptOnly(*m_simplifiedToTraditional, m_simplifiedOnly, text).toUcs4();
    for (const uint c : characters) {
        const char32_t code = c;
        const QString character = QString::fromUcs4(&code, 1);
        const std::string utf8 = character.toStdString();
        if (m_taiwanVariants->Match(utf8.c_str(), utf8.size()).IsNull())
            found += character;
    }
    return found;
}

MessageCheck::MessageCheck(const ScriptCharacters &script)
    : m_script(script)
{
}

QStringList MessageCheck::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    return sortedMatches(pattern, text);
}

QStringList MessageCheck::mnemonics(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    static const QRegularExpression mnemonic(QStringLiteral("&([A-Za-z0-9])"));
    QString plain = text;
    plain.replace(QLatin1String("&&"), QString()).replace(entity, QString());
    QStringList letters;
    auto it = mnemonic.globalMatch(plain);
    while (it.hasNext())
        letters << it.next().captured(1).toLower();
    return letters;
}

QStringList MessageCheck::htmlTags(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("</?(?:a|b|i|u|s|p|br|hr|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|span|div|em|"
                       "strong|code|pre|small|big|tt|kbd|img|font|sup|sub|blockquote|center|nobr|qt|html|head|"
                       "body|style)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    return sortedMatches(pattern, text);
}

QStringList MessageCheck::mainlandTerms(const QString &text)
{
    // Words a Taiwanese interface writes otherwise (GLOSSARY.md), in Traditional
    // characters since that is how a character conversion of mainland text shows them:
    // 默認 → 預設, 信息 → 資訊/訊息, 軟件 → 軟體, 視頻/音頻 → 視訊/音訊, 菜單 → 選單,
    // 文件夾 → 資料夾, 導入/導出 → 匯入/匯出, 搜索 → 搜尋, 設置 → 設定, 網絡 → 網路,
    // 數據 → 資料, 服務器 → 伺服器, 粘貼 → 貼上, 屏幕 → 螢幕, 鼠標 → 滑鼠, 窗口 → 視窗,
    // 撤銷 → 復原, 首選項 → 偏好設定. Words both places use (文件, 項目) are not listed.
    static const QStringList terms {QStringLiteral("默認"), QStringLiteral("信息"), QStringLiteral("軟件"),
        QStringLiteral("視頻"), QStringLiteral("音頻"), QStringLiteral("菜單"), QStringLiteral("文件夾"),
        QStringLiteral("導入"), QStringLiteral("導出"), QStringLiteral("搜索"), QStringLiteral("設置"),
        QStringLiteral("網絡"), QStringLiteral("數據"), QStringLiteral("服務器"), QStringLiteral("粘貼"),
        QStringLiteral("屏幕"), QStringLiteral("鼠標"), QStringLiteral("窗口"), QStringLiteral("撤銷"),
        QStringLiteral("首選項")};
    QStringList found;
    for (const QString &term : terms) {
        if (text.contains(term))
            found << term;
    }
    return found;
}

QStringList MessageCheck::problems(const TsMessage &message, const QString &language) const
{
    QStringList found;
    for (const QString &translation : message.translations) {
        for (const QString &problem : problems(message.source, translation, language))
            found << message.name() + QStringLiteral(" → \"") + translation + QStringLiteral("\": ") + problem;
    }
    return found;
}

QStringList MessageCheck::problems(const QString &source, const QString &translation, const QString &language) const
{
    QStringList found;
    const auto listed = [](const QStringList &items) {
        return items.isEmpty() ? QStringLiteral("none") : items.join(QLatin1Char(' '));
    };
    if (placeholders(source) != placeholders(translation))
        found << QStringLiteral("placeholders %1 instead of %2")
                     .arg(listed(placeholders(translation)), listed(placeholders(source)));
    const QStringList keys = mnemonics(source);
    if (mnemonics(translation) != keys) {
        found << (keys.isEmpty()
                ? QStringLiteral("a mnemonic the source has not")
                : QStringLiteral("the mnemonic must stay, as (&%1)").arg(keys.join(QString()).toUpper()));
    }
    if (htmlTags(source) != htmlTags(translation))
        found << QStringLiteral("HTML tags %1 instead of %2")
                     .arg(listed(htmlTags(translation)), listed(htmlTags(source)));

    // Characters quoted from the source (a search example: 对齐, 對齊) are no mistake.
    QString wrongScript = language == QLatin1String("zh_TW") ? m_script.simplifiedOnly(translation)
                                                             : m_script.traditionalOnly(translation);
    for (const QChar c : source)
        wrongScript.remove(c);
    if (!wrongScript.isEmpty()) {
        found << (language == QLatin1String("zh_TW") ? QStringLiteral("Simplified characters %1")
                                                     : QStringLiteral("Traditional characters %1"))
                     .arg(wrongScript);
    }
    if (language == QLatin1String("zh_TW")) {
        const QStringList terms = mainlandTerms(translation);
        if (!terms.isEmpty())
            found << QStringLiteral("mainland terms %1 (see GLOSSARY.md)").arg(terms.join(QStringLiteral(", ")));
    }
    return found;
}

} // namespace bitext::test
