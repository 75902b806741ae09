#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bitext {

class Library;

// Notices commits other connections made to an SQLite library (the command line, a
// second window, the import worker) by polling PRAGMA data_version on the library's own
// connection: it changes only when another connection commits, so the library's own
// writes, which announce themselves, never count.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1500;

    explicit LibraryWatcher(Library *library, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Checks now (as the timer does); true, after emitting changedElsewhere(), when another
    // connection committed since the last check.
    bool check();

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    QPointer<Library> m_library;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace bitext
