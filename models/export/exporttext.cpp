#include "models/export/exporttext.h"

#include "models/text/untrustedtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMimeDatabase>
#include <QUrl>

#include <algorithm>

namespace bitext::exporttext {

int codePointCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

int utf16Index(const QString &text, int codePoints)
{
    int i = 0;
    for (int n = 0; n < codePoints && i < text.size(); ++n) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

QString codePointMid(const QString &text, int start, int end)
{
    const int from = utf16Index(text, start);
    const int to = utf16Index(text, end);
    return text.mid(from, std::max(0, to - from));
}

QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const ushort u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                result += c;
                result += text.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        const bool allowedControl = u == 0x9 || u == 0xA || u == 0xD;
        if ((u < 0x20 && !allowedControl) || u == 0xFFFE || u == 0xFFFF)
            continue;
        result += c;
    }
    return result;
}

QString plainText(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString safe = xmlSafe(lines);
    QString result;
    result.reserve(safe.size());
    for (const QChar c : safe) {
        if (c.unicode() != 0x7F && (c.unicode() < 0x80 || c.unicode() > 0x9F))
            result += c;
    }
    return result;
}

QUuid stableUuid(const QString &kind, const QString &id)
{
    // A fixed namespace for Bitext, itself derived from the project's URL.
    static const QUuid kNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral("https://bitext.invalid/export"));
    return QUuid::createUuidV5(kNamespace, kind + QLatin1Char(':') + id);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString hashtag(const QString &tagPath)
{
    QString result;
    for (const QChar c : tagPath) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/'))
            result += c;
        else if (!result.endsWith(QLatin1Char('_')))
            result += QLatin1Char('_'); // spaces, punctuation, symbols: one '_' per run
    }
    // No empty levels ("a//b", leading or trailing '/') and no '_' at their ends:
    // Obsidian would read them as other tags.
    QStringList parts;
    for (QString part : result.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        while (part.startsWith(QLatin1Char('_')))
            part.remove(0, 1);
        while (part.endsWith(QLatin1Char('_')))
            part.chop(1);
        if (!part.isEmpty())
            parts << part;
    }
    result = parts.join(QLatin1Char('/'));
    bool numeric = !result.isEmpty();
    for (const QChar c : result)
        numeric = numeric && (c.isDigit() || c == QLatin1Char('/'));
    if (numeric)
        result.prepend(QLatin1String("tag_"));
    return result;
}

QString positionLabel(const Annotation &a)
{
    const char *const context = "bitext::Export";
    if (a.orphaned)
        return QCoreApplication::translate(context, "position lost");
    if (a.startSegmentOrdinal == a.endSegmentOrdinal)
        return QCoreApplication::translate(context, "segment %1").arg(a.startSegmentOrdinal + 1);
    return QCoreApplication::translate(context, "segments %1–%2")
        .arg(a.startSegmentOrdinal + 1)
        .arg(a.endSegmentOrdinal + 1);
}

QString timestamp(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    const QString minutesSeconds
        = QStringLiteral("%1:%2").arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return s < 3600 ? minutesSeconds : QStringLiteral("%1:%2").arg(s / 3600).arg(minutesSeconds);
}

QString timeLabel(const ExportQuote &quote)
{
    if (!quote.hasTimes())
        return {};
    if (!quote.endMs)
        return QStringLiteral("[%1]").arg(timestamp(*quote.startMs));
    return QStringLiteral("[%1–%2]").arg(timestamp(*quote.startMs), timestamp(*quote.endMs));
}

QString mediaFragment(const ExportQuote &quote)
{
    if (!quote.hasTimes())
        return {};
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 3); };
    if (!quote.endMs)
        return QStringLiteral("t=") + seconds(*quote.startMs); // to the end of the media
    return QStringLiteral("t=%1,%2").arg(seconds(*quote.startMs), seconds(*quote.endMs));
}

QString mediaMimeType(const QString &file)
{
    const QString name = QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchExtension).name();
    // Matroska and WebM audio-only files are rare in transcription; call the container video.
    return name == QLatin1String("application/octet-stream") ? QStringLiteral("video/mp4") : name;
}

bool isVideo(const QString &file)
{
    return mediaMimeType(file).startsWith(QLatin1String("video/"));
}

QString htmlEscape(const QString &text)
{
    return plainText(text).toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QString webUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!untrustedtext::isWebAddress(parsed))
        return {};
    return parsed.toString(QUrl::FullyEncoded);
}

QString exportTitle(const ExportData &data)
{
    return data.documents.size() == 1 ? data.documents.first().document.title
                                      : QCoreApplication::translate("bitext::Export", "Annotated notes");
}

QString isoUtc(const QDateTime &time)
{
    const QDateTime t = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace bitext::exporttext
