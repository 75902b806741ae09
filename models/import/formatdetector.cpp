#include "models/import/formatdetector.h"

#include "models/import/namecolonparser.h"
#include "models/import/speakerturnsparser.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace bitext {

QString FormatDetector::exchangeFormatOfText(const QString &head, const QString &suffix)
{
    const QString start = head.left(65536).trimmed();
    if (start.startsWith(QLatin1Char('<'))) {
        if (suffix == QLatin1String("qdc") || start.contains(QLatin1String("urn:QDA-XML:codebook:1.0")))
            return QStringLiteral("qdc");
        return {};
    }
    if (!start.startsWith(QLatin1Char('{')) && !start.startsWith(QLatin1Char('[')))
        return {};
    // JSON that names the Web Annotation context or types, or has Hypothesis's
    // target selectors: never a "name: text" transcript, however its lines look.
    static const QRegularExpression annotationType(
        QStringLiteral("\"(@?type)\"\\s*:\\s*\\[?\\s*\"Annotation(Collection|Page)?\""));
    if (suffix == QLatin1String("jsonld") || start.contains(QLatin1String("www.w3.org/ns/anno.jsonld"))
        || annotationType.match(start).hasMatch()
        || (start.contains(QLatin1String("\"target\"")) && start.contains(QLatin1String("\"selector\""))))
        return QStringLiteral("webannotation");
    return {};
}

QString FormatDetector::exchangeFormat(const QByteArray &head, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (head.startsWith("PK\x03\x04"))
        return suffix == QLatin1String("qdpx") || head.contains("project.qde") ? QStringLiteral("qdpx") : QString();
    if (suffix == QLatin1String("qdpx"))
        return QStringLiteral("qdpx"); // not a zip: the importer says so
    const QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    return exchangeFormatOfText(QString::fromUtf8(text), suffix);
}

QString FormatDetector::detect(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString head = text.left(200000);
    const QString exchange = exchangeFormatOfText(head, suffix);
    if (!exchange.isEmpty())
        return exchange;
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
