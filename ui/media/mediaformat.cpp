#include "ui/media/mediaformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace bitext::ui {

namespace {

bool isMediaType(const QMimeType &type)
{
    const QString name = type.name();
    if (name.startsWith(QLatin1String("audio/")) || name.startsWith(QLatin1String("video/")))
        return true;
    for (const QString &parent : type.allAncestors()) {
        if (parent.startsWith(QLatin1String("audio/")) || parent.startsWith(QLatin1String("video/")))
            return true;
    }
    // Containers the MIME database files under application/.
    static const QStringList containers {QStringLiteral("application/ogg"), QStringLiteral("application/x-ogg"),
        QStringLiteral("application/mp4"), QStringLiteral("application/x-matroska"),
        QStringLiteral("application/vnd.rn-realmedia"), QStringLiteral("application/x-flash-video")};
    return containers.contains(name);
}

} // namespace

QString MediaFormat::describe(const QString &path)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    return QStringLiteral("%1 (%2)").arg(type.comment(), type.name());
}

QString MediaFormat::notMediaReason(const QString &path)
{
    // By content only: a transcript renamed .mp3 is still text. An unknown content
    // (octet-stream) may be media the database has no magic for: the backend decides.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    if (!type.isValid() || type.isDefault() || isMediaType(type))
        return {};
    return tr("%1 is not an audio or video file: it holds %2 (%3).")
        .arg(QDir::toNativeSeparators(path), type.comment(), type.name());
}

QString MediaFormat::unplayableReason(const QString &path, const QString &backendMessage)
{
    QString message = tr("%1 cannot be played: no decoder for its format, %2, is installed. On Debian, install "
                         "gstreamer1.0-libav, gstreamer1.0-plugins-good and gstreamer1.0-plugins-bad.")
                          .arg(QDir::toNativeSeparators(path), describe(path));
    if (!backendMessage.trimmed().isEmpty())
        message += QLatin1Char(' ') + tr("The player said: %1").arg(backendMessage.trimmed());
    return message;
}

} // namespace bitext::ui
