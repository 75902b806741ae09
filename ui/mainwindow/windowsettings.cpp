#include "ui/mainwindow/windowsettings.h"

#include "models/core/preferences.h"
#include "models/store/connectionsettings.h"
#include "models/store/library.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace bitext::ui {

namespace {

// A file's absolute path, or a server library's URL as it is (never with a password:
// Library::location() gives ConnectionSettings::url()).
QString normalLocation(const QString &location)
{
    return ConnectionSettings::isUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

} // namespace

QStringList WindowSettings::recentLibraries()
{
    QStringList existing;
    const QStringList paths = QSettings().value(QStringLiteral("library/recent")).toStringList();
    for (const QString &path : paths) {
        // A server is not checked here: that would wait for the network.
        if (ConnectionSettings::isUrl(path) || QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void WindowSettings::addRecentLibrary(const QString &path)
{
    const QString absolute = normalLocation(path);
    QStringList paths = QSettings().value(QStringLiteral("library/recent")).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    QSettings().setValue(QStringLiteral("library/recent"), paths);
}

void WindowSettings::clearRecentLibraries()
{
    QSettings().remove(QStringLiteral("library/recent"));
}

QString WindowSettings::startLibrary()
{
    if (!qEnvironmentVariableIsEmpty("BITEXT_LIBRARY"))
        return Library::defaultPath();
    const QStringList recent = recentLibraries();
    return recent.isEmpty() ? Library::defaultPath() : recent.first();
}

QByteArray WindowSettings::geometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray WindowSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

QByteArray WindowSettings::readerState()
{
    return QSettings().value(QStringLiteral("reader/splitter")).toByteArray();
}

void WindowSettings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &readerState)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
    settings.setValue(QStringLiteral("reader/splitter"), readerState);
}

int WindowSettings::arrangement()
{
    return Preferences::readerLayout();
}

void WindowSettings::setArrangement(int arrangement)
{
    Preferences::setReaderLayout(arrangement);
}

int WindowSettings::zoom()
{
    return QSettings().value(QStringLiteral("reader/zoom"), 0).toInt();
}

void WindowSettings::setZoom(int step)
{
    QSettings().setValue(QStringLiteral("reader/zoom"), step);
}

int WindowSettings::librarySort()
{
    return QSettings().value(QStringLiteral("library/sort"), 0).toInt();
}

void WindowSettings::setLibrarySort(int key)
{
    QSettings().setValue(QStringLiteral("library/sort"), key);
}

QString WindowSettings::libraryKey(const QString &libraryPath)
{
    // Paths contain slashes, which QSettings treats as groups: hash them.
    const QByteArray path = normalLocation(libraryPath).toUtf8();
    return QStringLiteral("positions/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

QString WindowSettings::documentKey(const QString &libraryPath, qint64 documentId)
{
    return libraryKey(libraryPath) + QStringLiteral("/documents/%1").arg(documentId);
}

qint64 WindowSettings::lastDocument(const QString &libraryPath)
{
    return QSettings().value(libraryKey(libraryPath) + QStringLiteral("/document")).toLongLong();
}

void WindowSettings::setLastDocument(const QString &libraryPath, qint64 documentId)
{
    QSettings().setValue(libraryKey(libraryPath) + QStringLiteral("/document"), documentId);
}

WindowSettings::ReadingPosition WindowSettings::readingPosition(const QString &libraryPath, qint64 documentId)
{
    QSettings settings;
    settings.beginGroup(documentKey(libraryPath, documentId));
    ReadingPosition p;
    p.topSegmentId = settings.value(QStringLiteral("top")).toLongLong();
    p.topOffset = settings.value(QStringLiteral("offset")).toInt();
    p.currentSegmentId = settings.value(QStringLiteral("current")).toLongLong();
    return p;
}

void WindowSettings::setReadingPosition(const QString &libraryPath, qint64 documentId, const ReadingPosition &position)
{
    QSettings settings;
    settings.beginGroup(documentKey(libraryPath, documentId));
    settings.setValue(QStringLiteral("top"), position.topSegmentId);
    settings.setValue(QStringLiteral("offset"), position.topOffset);
    settings.setValue(QStringLiteral("current"), position.currentSegmentId);
}

qint64 WindowSettings::mediaPosition(const QString &libraryPath, qint64 documentId)
{
    return QSettings().value(documentKey(libraryPath, documentId) + QStringLiteral("/media")).toLongLong();
}

void WindowSettings::setMediaPosition(const QString &libraryPath, qint64 documentId, qint64 ms)
{
    QSettings().setValue(documentKey(libraryPath, documentId) + QStringLiteral("/media"), ms);
}

} // namespace bitext::ui
