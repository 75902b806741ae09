#include "models/import/formatdetector.h"

#include "models/import/namecolonparser.h"
#include "models/import/speakerturnsparser.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace bitext {

QString FormatDetector::detect(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString head = text.left(200000);
    if (suffix == QLatin1String("vtt") || head.startsWith(QLatin1String("WEBVTT")))
        return QStringLiteral("vtt");
    static const QRegularExpression srtCue(
        QStringLiteral("^\\d+\\s*\\n\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s+-->"), QRegularExpression::MultilineOption);
    if (suffix == QLatin1String("srt") || srtCue.match(head).hasMatch())
        return QStringLiteral("srt");
    if (head.startsWith(QLatin1String("---\n")) || head.contains(QLatin1String("<details")))
        return QStringLiteral("markdown-article");

    static const QRegularExpression boldLine(QStringLiteral("^\\*\\*[^*]+\\*\\*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*[*+\\-•]\\s+\\S"));
    int lines = 0, labelled = 0, bold = 0, bullets = 0, nameColon = 0;
    for (const QString &line : head.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (++lines > 400)
            break;
        if (SpeakerTurnsParser::matchLabel(t).hasMatch())
            ++labelled;
        else if (boldLine.match(t).hasMatch())
            ++bold;
        else if (bullet.match(line).hasMatch())
            ++bullets;
        if (NameColonParser::matchLine(t).hasMatch())
            ++nameColon;
    }
    if (lines == 0)
        return QStringLiteral("plain");
    if (labelled * 10 >= lines * 3)
        return QStringLiteral("speaker-turns");
    if (bullets * 10 >= lines * 3 && bold >= 2)
        return QStringLiteral("outline");
    if (nameColon * 10 >= lines * 6)
        return QStringLiteral("name-colon");
    return QStringLiteral("plain");
}

} // namespace bitext
