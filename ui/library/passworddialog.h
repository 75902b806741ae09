#pragma once

#include "models/store/connectionidentity.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bitext::ui {

// Asks for a server library's password: the field hides what is typed, and "Remember
// in the keychain" offers to keep it there. With no keychain reachable the box is off
// and disabled, and the dialog says why the password is asked each time.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(const ConnectionIdentity &identity, QWidget *parent = nullptr);

    // Why the user is asked, shown above the field (e.g. the server refused the
    // remembered password). Empty hides it.
    void setReason(const QString &reason);
    // Whether "Remember in the keychain" can be used; when not, message says why.
    void setKeychainAvailable(bool available, const QString &message = QString());

    QString password() const;
    // Checked and enabled: the caller stores the password in the keychain.
    bool remember() const;

private:
    void retranslate();
    void updateOk();

    ConnectionIdentity m_identity;
    QLabel *m_intro;
    QLabel *m_reason;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QDialogButtonBox *m_buttons;
};

} // namespace bitext::ui
