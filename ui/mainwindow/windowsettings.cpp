#include "ui/mainwindow/windowsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace bitext::ui {

QStringList WindowSettings::recentLibraries()
{
    QStringList existing;
    const QStringList paths = QSettings().value(QStringLiteral("library/recent")).toStringList();
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void WindowSettings::addRecentLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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

int WindowSettings::arrangement(int fallback)
{
    return QSettings().value(QStringLiteral("reader/arrangement"), fallback).toInt();
}

void WindowSettings::setArrangement(int arrangement)
{
    QSettings().setValue(QStringLiteral("reader/arrangement"), arrangement);
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
    const QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    return QStringLiteral("positions/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

WindowSettings::Position WindowSettings::lastPosition(const QString &libraryPath)
{
    QSettings settings;
    settings.beginGroup(libraryKey(libraryPath));
    Position p;
    p.documentId = settings.value(QStringLiteral("document")).toLongLong();
    p.segmentId = settings.value(QStringLiteral("segment")).toLongLong();
    return p;
}

void WindowSettings::setLastPosition(const QString &libraryPath, const Position &position)
{
    QSettings settings;
    settings.beginGroup(libraryKey(libraryPath));
    settings.setValue(QStringLiteral("document"), position.documentId);
    settings.setValue(QStringLiteral("segment"), position.segmentId);
}

} // namespace bitext::ui
