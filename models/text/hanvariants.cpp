#include "models/text/hanvariants.h"

#include "models/core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <exception>
#include <opencc/SimpleConverter.hpp>

namespace bitext {

namespace {

// Converts each character on its own, not phrase by phrase: folding must not
// depend on context, or a query (乾) could fold differently from the same
// characters inside a longer text (乾燥 -> 干燥) and miss it. One character in,
// one character out also keeps positions trivially mappable.
std::vector<char16_t> characterTable(const opencc::SimpleConverter &converter)
{
    std::vector<char16_t> table(0x10000);
    for (size_t i = 0; i < table.size(); ++i)
        table[i] = char16_t(i);
    QString input;
    const char16_t ranges[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (const auto &range : ranges) {
        for (char32_t c = range[0]; c <= range[1]; ++c) {
            input += QChar(char16_t(c));
            input += QLatin1Char('\n');
        }
    }
    // One call for all characters, one per line (no phrase spans a line break).
    const QStringList lines = QString::fromStdString(converter.Convert(input.toStdString())).split(QLatin1Char('\n'));
    const QStringList sources = input.split(QLatin1Char('\n'));
    for (int i = 0; i < sources.size() && i < lines.size(); ++i) {
        if (sources.at(i).size() == 1 && lines.at(i).size() == 1)
            table[sources.at(i).at(0).unicode()] = lines.at(i).at(0).unicode();
    }
    return table;
}

// The table of one of OpenCC's configurations (t2s.json, s2t.json).
std::vector<char16_t> characterTable(const QString &configName)
{
    const QString config = QStringLiteral(BITEXT_OPENCC_DATADIR "/") + configName;
    try {
        return characterTable(opencc::SimpleConverter(QFile::encodeName(config).toStdString()));
    } catch (const std::exception &e) {
        throw Error(QCoreApplication::translate("HanVariants", "Cannot load OpenCC's configuration %1: %2")
                        .arg(config, QString::fromLocal8Bit(e.what())));
    }
}

int changedCount(const std::vector<char16_t> &table, const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (table[c.unicode()] != c.unicode())
            ++count;
    }
    return count;
}

} // namespace

const HanVariants &HanVariants::instance()
{
    static const HanVariants variants;
    return variants;
}

HanVariants::HanVariants()
    : m_t2s(characterTable(QStringLiteral("t2s.json")))
    , m_s2t(characterTable(QStringLiteral("s2t.json")))
{
}

int HanVariants::traditionalCount(const QString &text) const
{
    return changedCount(m_t2s, text);
}

int HanVariants::simplifiedCount(const QString &text) const
{
    return changedCount(m_s2t, text);
}

ChineseScript HanVariants::script(const QString &text) const
{
    const int traditional = traditionalCount(text);
    const int simplified = simplifiedCount(text);
    if (traditional == 0 && simplified == 0)
        return ChineseScript::Unknown;
    return traditional > simplified ? ChineseScript::Traditional : ChineseScript::Simplified;
}

} // namespace bitext
