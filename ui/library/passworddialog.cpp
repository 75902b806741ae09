#include "ui/library/passworddialog.h"

#include "ui/common/languagechange.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

PasswordDialog::PasswordDialog(const ConnectionIdentity &identity, QWidget *parent)
    : QDialog(parent)
    , m_identity(identity)
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_keychainNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_password->setEchoMode(QLineEdit::Password);
    // No input method may see or suggest from what is typed.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_passwordLabel->setBuddy(m_password);
    m_remember->setChecked(true);
    for (QLabel *label : {m_intro, m_reason, m_keychainNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_reason->hide();
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_buttons);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
    updateOk();
    onLanguageChange(this, [this] { retranslate(); });
    resize(460, sizeHint().height());
}

void PasswordDialog::retranslate()
{
    setWindowTitle(tr("Server Password"));
    m_intro->setText(tr("Bitext needs the password of %1.").arg(m_identity.key()));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember in the keychain"));
    m_remember->setToolTip(tr("Keep the password in the system keychain, so that Bitext does not ask again."));
}

void PasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void PasswordDialog::setKeychainAvailable(bool available, const QString &message)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_keychainNote->setText(available ? QString() : message);
    m_keychainNote->setVisible(!available && !message.isEmpty());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void PasswordDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
}

} // namespace bitext::ui
