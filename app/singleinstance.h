#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace bitext {

// One window per user and library. The first `bitext` on a library listens on a local
// socket named after it; a later `bitext [FILE...]` on the same library (the file
// manager's "Open With") hands its files to that window and exits instead of opening the
// library a second time. Other libraries have other names, so they run side by side.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Delivery { Delivered, NoInstance, NoAnswer };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket of a library: the user and a hash of the library's canonical path, in
    // XDG_RUNTIME_DIR when there is one (else Qt's default folder, the temp folder).
    static QString serverName(const QString &libraryPath);
    // Hands files (made absolute here; none just raises the window) to the instance
    // running on the library.
    static Delivery sendFiles(const QString &libraryPath, const QStringList &files, int timeoutMs = 10000);

    // Becomes the library's instance and returns Delivery::NoInstance, unless one is
    // running: then the files went to it (Delivered) or it did not answer (NoAnswer), and
    // the caller should exit.
    Delivery start(const QString &libraryPath, const QStringList &files);
    // Serves another library (the window opened one) under its name instead.
    void serve(const QString &libraryPath);
    QString currentName() const;

signals:
    // Absolute paths from another `bitext`; empty when it only asked to be shown.
    void filesReceived(const QStringList &files);

private:
    void listen(const QString &name);
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace bitext
