#pragma once

#include "models/store/connectionsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bitext::ui {

class ServerConnection;

// File › Connect to Team Library: where the library is on a PostgreSQL server (host,
// port, database, user, TLS), the address these make, and Test Connection, which
// connects in a worker thread and says what is there. No password field: a password
// comes through PasswordRequest (keychain, .pgpass, the password dialog) when the
// server asks for one. The last values used are the defaults next time.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // What the fields say now (no password).
    ConnectionSettings settings() const;
    // Fills the fields from settings (the defaults come from the last connection).
    void setSettings(const ConnectionSettings &settings);
    // The connection Test Connection is running, or null (for tests).
    ServerConnection *runningTest() const { return m_test; }

    void accept() override;

signals:
    // Test Connection has its answer (also shown in the dialog).
    void tested(const QString &summary, bool canOpen);

private:
    void retranslate();
    void refresh();
    void test();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_url;
    QLabel *m_status;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    ServerConnection *m_test = nullptr;
};

} // namespace bitext::ui
