#include "models/import/inlinemarkup.h"

#include "models/text/script.h"

#include <QRegularExpression>

namespace bitext {

QString InlineMarkup::stripMarkdown(const QString &text)
{
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('_')) && !text.contains(QLatin1Char('`')))
        return text;
    static const QRegularExpression strong(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    static const QRegularExpression strongUnderscore(QStringLiteral("(?<![\\w])__(.+?)__(?![\\w])"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\*\\w])"));
    static const QRegularExpression emphasisUnderscore(QStringLiteral("(?<![\\w])_(?!\\s)(.+?)(?<!\\s)_(?![\\w])"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString result = text;
    result.replace(strong, QStringLiteral("\\1"));
    result.replace(strongUnderscore, QStringLiteral("\\1"));
    result.replace(emphasis, QStringLiteral("\\1"));
    result.replace(emphasisUnderscore, QStringLiteral("\\1"));
    result.replace(code, QStringLiteral("\\1"));
    // An unpaired "**" left by a label split across lines is markup, not text.
    result.remove(QStringLiteral("**"));
    return result;
}

QString InlineMarkup::stripTags(const QString &text)
{
    if (!text.contains(QLatin1Char('<')))
        return text;
    // Tags only: a "<" followed by a letter, "/" or "!" (so "a < b" and ">>" stay).
    static const QRegularExpression tag(QStringLiteral("<[/!]?[A-Za-z][^<>]*>"));
    QString result = text;
    result.remove(tag);
    return result;
}

QString InlineMarkup::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);"));
    QString result;
    int last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            const uint cp = name.mid(2).toUInt(nullptr, 16);
            if (cp > 0 && cp <= 0x10FFFF)
                replacement = fromCodePoints(&cp, 1);
        } else if (name.startsWith(QLatin1Char('#'))) {
            const uint cp = name.mid(1).toUInt();
            if (cp > 0 && cp <= 0x10FFFF)
                replacement = fromCodePoints(&cp, 1);
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QStringLiteral(" ");
        } else if (name == QLatin1String("lrm") || name == QLatin1String("rlm")) {
            replacement = QString(); // direction marks of WebVTT: invisible, dropped
        } else {
            replacement = m.captured(0);
        }
        result += text.mid(last, int(m.capturedStart()) - last);
        result += replacement;
        last = int(m.capturedEnd());
    }
    result += text.mid(last);
    return result;
}

QString InlineMarkup::plainText(const QString &text)
{
    QString result = decodeEntities(stripTags(stripMarkdown(text)));
    return result.simplified();
}

QStringList InlineMarkup::speakerTurns(const QString &text)
{
    if (!text.contains(QLatin1String(">>")))
        return {text};
    static const QRegularExpression mark(QStringLiteral("(?:^|\\s)>>(?=\\s|$)"));
    QStringList turns;
    for (const QString &part : text.split(mark)) {
        const QString turn = part.trimmed();
        if (!turn.isEmpty())
            turns << turn;
    }
    return turns;
}

} // namespace bitext
