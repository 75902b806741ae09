#pragma once

#include "models/store/connectionidentity.h"
#include "models/store/passwordlookup.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace bitext::ui {

class PasswordDialog;

// Gets a server library's password for the window without blocking it: the keychain,
// then .pgpass, then a PasswordDialog opened window-modal (open(), never exec()), and
// the password stored in the keychain when the user ticks "Remember". Each step is
// answered through a signal; the request deletes itself after calling back.
class PasswordRequest : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        bool given = false; // false: the user cancelled
        QString password;
        // Where it came from, for the caller's own messages.
        PasswordLookup::Source source = PasswordLookup::Source::None;
        // For the status bar: the keychain could not keep the password, and why.
        QString notice;
    };
    using Callback = std::function<void(const Answer &)>;

    // Starts and returns at once; done is called once, later (not if parent is
    // destroyed first). A non-empty reason means the known password was refused: the
    // user is asked even if one is stored, and told why; a refused password in the
    // keychain is replaced when the user ticks "Remember", removed when not.
    static PasswordRequest *start(
        QWidget *parent, const ConnectionIdentity &identity, Callback done, const QString &reason = QString());

signals:
    // The dialog is open (for tests and for callers that want to adjust it).
    void dialogOpened(bitext::ui::PasswordDialog *dialog);

private:
    PasswordRequest(QWidget *parent, const ConnectionIdentity &identity, Callback done, const QString &reason);
    void looked(const PasswordLookup::Result &result);
    void answered(PasswordDialog *dialog, int code);
    void finish(const Answer &answer);

    QPointer<QWidget> m_parent;
    ConnectionIdentity m_identity;
    Callback m_done;
    QString m_reason;
    // The keychain held a password (one the server refused, when there is a reason).
    bool m_inKeychain = false;
    PasswordStore m_store;
};

} // namespace bitext::ui
