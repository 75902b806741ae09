#pragma once

#include "models/store/connectionsettings.h"
#include "models/store/libraryprobe.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace bitext::ui {

// Connects to a server library for the window without freezing it: the connection is
// tried in a worker thread (an unreachable server costs the connect timeout there, not
// in the window); when the server refuses, the password comes through PasswordRequest
// (keychain, .pgpass, then the password dialog) and the connection is tried again. The
// request deletes itself after calling back once.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        LibraryProbe probe;
        // With the password that was accepted, if one was asked for.
        ConnectionSettings settings;
        bool cancelled = false; // the user closed the password dialog
    };
    using Callback = std::function<void(const Outcome &)>;

    // done is called once, later, from the event loop (not if parent is destroyed first).
    static ServerConnection *start(QWidget *parent, const ConnectionSettings &settings, Callback done);

private:
    ServerConnection(QWidget *parent, const ConnectionSettings &settings, Callback done);
    void probe();
    void probed(const LibraryProbe &result);

    QPointer<QWidget> m_parent;
    ConnectionSettings m_settings;
    Callback m_done;
    int m_attempts = 0;
};

} // namespace bitext::ui
