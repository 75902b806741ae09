#include "app/singleinstance.h"

#include "models/store/connectionsettings.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bitext {

namespace {

// 'Bit1': a request of this protocol, version 1 (then a QStringList of absolute paths).
constexpr quint32 kMagic = 0x42697431;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_5_15;
constexpr int kLockWaitMs = 10000;
// sockaddr_un's path holds 108 bytes; a longer runtime folder falls back to the temp folder.
constexpr int kMaxSocketPath = 100;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

// Serialises finding out whether an instance runs and becoming it, so two `bitext`
// started at once (a file manager opening several files one process each) end up as one
// window, and neither removes the socket the other just made. Beside the socket itself.
QString lockPath(const QString &name)
{
    const QString socketPath = QDir::isAbsolutePath(name) ? name : QDir::tempPath() + QLatin1Char('/') + name;
    return socketPath + QStringLiteral(".lock");
}

QStringList absolutePaths(const QStringList &files)
{
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();
    return absolute;
}

SingleInstance::Delivery deliver(const QString &name, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    // Refused at once when nobody listens (no socket, or one left by a crash).
    if (!socket.waitForConnected(timeoutMs))
        return SingleInstance::Delivery::NoInstance;
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << files;
    socket.write(request);
    socket.flush();
    // The window answers once it has the request, so the caller may exit knowing it arrived.
    if (!socket.waitForReadyRead(timeoutMs) || socket.read(1) != "k")
        return SingleInstance::Delivery::NoAnswer;
    return SingleInstance::Delivery::Delivered;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.canonicalFilePath();
    // A server library's URL is the same from every folder; a file's path is made absolute.
    const QString key = ConnectionSettings::isUrl(libraryPath) ? libraryPath
        : canonical.isEmpty()                                  ? QDir::cleanPath(info.absoluteFilePath())
                                                               : canonical;
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString name = QStringLiteral("bitext-%1-%2").arg(userKey(), hash);
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        const QString path = QDir(runtime).absoluteFilePath(name);
        if (path.toLocal8Bit().size() <= kMaxSocketPath)
            return path;
    }
    return name;
}

SingleInstance::Delivery SingleInstance::sendFiles(const QString &libraryPath, const QStringList &files, int timeoutMs)
{
    return deliver(serverName(libraryPath), absolutePaths(files), timeoutMs);
}

SingleInstance::Delivery SingleInstance::start(const QString &libraryPath, const QStringList &files)
{
    const QString name = serverName(libraryPath);
    QLockFile lock(lockPath(name));
    lock.tryLock(kLockWaitMs); // a lock left by a crash is taken over; a hung one is ignored
    const Delivery delivery = deliver(name, absolutePaths(files), kLockWaitMs);
    if (delivery == Delivery::NoInstance)
        listen(name);
    return delivery;
}

void SingleInstance::serve(const QString &libraryPath)
{
    const QString name = serverName(libraryPath);
    if (m_server->isListening() && m_server->serverName() == name)
        return;
    m_server->close();
    QLockFile lock(lockPath(name));
    lock.tryLock(kLockWaitMs);
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(1000))
        return; // another window already has this library: it keeps receiving its files
    listen(name);
}

QString SingleInstance::currentName() const
{
    return m_server->isListening() ? m_server->serverName() : QString();
}

void SingleInstance::listen(const QString &name)
{
    // Nobody answered on this name, so a socket file still there was left by a crash.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name))
        qWarning("bitext: cannot listen on %s: %s", qPrintable(name), qPrintable(m_server->errorString()));
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(kStreamVersion);
    in.startTransaction();
    quint32 magic = 0;
    QStringList files;
    in >> magic >> files;
    if (!in.commitTransaction()) {
        if (in.status() == QDataStream::ReadCorruptData)
            socket->abort();
        return; // the rest of the request is still on its way
    }
    if (magic != kMagic) {
        socket->abort();
        return;
    }
    socket->write("k");
    socket->flush();
    socket->disconnectFromServer();
    emit filesReceived(files);
}

} // namespace bitext
