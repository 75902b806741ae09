#include "ui/library/serverconnection.h"

#include "ui/library/passwordrequest.h"

#include <QThread>
#include <QWidget>

#include <memory>

namespace bitext::ui {

ServerConnection *ServerConnection::start(QWidget *parent, const ConnectionSettings &settings, Callback done)
{
    auto *connection = new ServerConnection(parent, settings, std::move(done));
    connection->probe();
    return connection;
}

ServerConnection::ServerConnection(QWidget *parent, const ConnectionSettings &settings, Callback done)
    : QObject(parent)
    , m_parent(parent)
    , m_settings(settings)
    , m_done(std::move(done))
{
}

void ServerConnection::probe()
{
    ++m_attempts;
    // The worker opens and closes its own connection (Database names one per thread);
    // its result comes back to this thread through the finished signal.
    auto result = std::make_shared<LibraryProbe>();
    const ConnectionSettings settings = m_settings;
    QThread *worker = QThread::create([result, settings] { *result = LibraryProbe::run(settings); });
    QPointer<ServerConnection> self(this);
    connect(worker, &QThread::finished, worker, [self, worker, result] {
        worker->deleteLater();
        if (self)
            self->probed(*result);
    });
    worker->start();
}

void ServerConnection::probed(const LibraryProbe &result)
{
    if (result.status != LibraryProbe::Status::Refused || !m_parent) {
        deleteLater();
        if (m_done)
            m_done({result, m_settings, false});
        return;
    }
    // First the keychain's or .pgpass's password without asking; once that is refused
    // too (or the user's), the dialog, saying why.
    const QString reason = m_attempts > 1 || m_settings.password ? result.error : QString();
    PasswordRequest::start(
        m_parent, m_settings.identity(),
        [this, result](const PasswordRequest::Answer &answer) {
            if (!answer.given) {
                deleteLater();
                if (m_done)
                    m_done({result, m_settings, true});
                return;
            }
            m_settings.password = answer.password;
            probe();
        },
        reason);
}

} // namespace bitext::ui
