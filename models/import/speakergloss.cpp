#include "models/import/speakergloss.h"

#include <QRegularExpression>

namespace bitext {

namespace {

const QRegularExpression &glossPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([\\p{Han}·・•‧\\s]{2,30}?)\\s*[（(]\\s*([A-Za-z][A-Za-z .'\\-]{1,60}?)\\s*[）)]$"));
    return pattern;
}

} // namespace

bool SpeakerGloss::isGlossedName(const QString &text)
{
    return glossPattern().match(text.trimmed()).hasMatch();
}

QString SpeakerGloss::primaryName(const QString &text)
{
    const auto m = glossPattern().match(text.trimmed());
    return m.hasMatch() ? m.captured(1).trimmed() : text.trimmed();
}

QString SpeakerGloss::alias(const QString &text)
{
    const auto m = glossPattern().match(text.trimmed());
    return m.hasMatch() ? m.captured(2).trimmed() : QString();
}

QString SpeakerGloss::stripNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*\\d+[.、．)]\\s*"));
    QString result = text;
    result.remove(number);
    return result.trimmed();
}

} // namespace bitext
