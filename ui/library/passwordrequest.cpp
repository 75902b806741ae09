#include "ui/library/passwordrequest.h"

#include "ui/library/passworddialog.h"

#include <QWidget>

namespace bitext::ui {

PasswordRequest *PasswordRequest::start(
    QWidget *parent, const ConnectionIdentity &identity, Callback done, const QString &reason)
{
    auto *request = new PasswordRequest(parent, identity, std::move(done), reason);
    PasswordLookup::find(
        request->m_store, identity, [request](const PasswordLookup::Result &result) { request->looked(result); });
    return request;
}

PasswordRequest::PasswordRequest(
    QWidget *parent, const ConnectionIdentity &identity, Callback done, const QString &reason)
    : QObject(parent)
    , m_parent(parent)
    , m_identity(identity)
    , m_done(std::move(done))
    , m_reason(reason)
{
}

void PasswordRequest::looked(const PasswordLookup::Result &result)
{
    if (result.source != PasswordLookup::Source::None && m_reason.isEmpty()) {
        finish({true, result.password, result.source, QString()});
        return;
    }
    m_inKeychain = result.source == PasswordLookup::Source::Keychain;
    auto *dialog = new PasswordDialog(m_identity, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList reasons;
    if (!m_reason.isEmpty())
        reasons << m_reason;
    reasons << result.warnings;
    dialog->setReason(reasons.join(QLatin1Char('\n')));
    const bool keychain = result.keychainStatus == PasswordStore::Status::Ok
        || result.keychainStatus == PasswordStore::Status::NotFound;
    dialog->setKeychainAvailable(keychain, result.keychainMessage);
    connect(dialog, &QDialog::finished, this, [this, dialog](int code) { answered(dialog, code); });
    dialog->open();
    emit dialogOpened(dialog);
}

void PasswordRequest::answered(PasswordDialog *dialog, int code)
{
    if (code != QDialog::Accepted) {
        finish({});
        return;
    }
    Answer answer {true, dialog->password(), PasswordLookup::Source::None, QString()};
    const auto done = [this, answer](const PasswordStore::Result &stored) mutable {
        if (stored.status != PasswordStore::Status::Ok)
            answer.notice = stored.message;
        finish(answer);
    };
    if (dialog->remember())
        m_store.write(m_identity, answer.password, done);
    else if (m_inKeychain)
        m_store.forget(m_identity, done); // a refused password must not be offered again
    else
        finish(answer);
}

void PasswordRequest::finish(const Answer &answer)
{
    // Called back from the finished signal of a keychain job or a dialog: delete later,
    // once that signal has returned.
    deleteLater();
    if (m_done)
        m_done(answer);
}

} // namespace bitext::ui
