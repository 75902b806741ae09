#include "ui/library/connectdialog.h"

#include "ui/common/languagechange.h"
#include "ui/library/serverconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

// Under teamLibrary/ in the settings: where, never a password.
QString key(const char *name)
{
    return QStringLiteral("teamLibrary/") + QLatin1String(name);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_url->setObjectName(QStringLiteral("url"));
    m_status->setObjectName(QStringLiteral("status"));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_port->setRange(1, 65535);
    m_url->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // libpq's sslmode values; the texts are set in retranslate().
    for (const char *mode : {"", "require", "verify-full", "disable"})
        m_tls->addItem(QString(), QString::fromLatin1(mode));

    const QList<QWidget *> fields {m_host, m_port, m_database, m_user, m_tls, m_url};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    for (int i = 1; i < fields.size(); ++i)
        setTabOrder(fields.at(i - 1), fields.at(i));
    setTabOrder(m_url, m_testButton);
    setTabOrder(m_testButton, m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::refresh);
    connect(m_port, QOverload<int>::of(&QSpinBox::valueChanged), this, &ConnectDialog::refresh);
    connect(m_tls, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ConnectDialog::refresh);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    QSettings stored;
    ConnectionSettings last;
    last.host = stored.value(key("host"), QStringLiteral("localhost")).toString();
    last.port = stored.value(key("port"), 5432).toInt();
    last.database = stored.value(key("database")).toString();
    last.user = stored.value(key("user"), ConnectionIdentity::defaultUser()).toString();
    last.sslMode = stored.value(key("sslMode")).toString();
    setSettings(last);
    onLanguageChange(this, [this] { retranslate(); });
    resize(520, sizeHint().height());
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to Team Library"));
    const QStringList labels {
        tr("&Host:"), tr("&Port:"), tr("&Database:"), tr("&User:"), tr("&Encryption (TLS):"), tr("Address:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    m_host->setPlaceholderText(tr("Empty: this computer's socket"));
    m_tls->setItemText(0, tr("Prefer (default)"));
    m_tls->setItemText(1, tr("Require"));
    m_tls->setItemText(2, tr("Verify certificate (verify-full)"));
    m_tls->setItemText(3, tr("Disable"));
    m_tls->setToolTip(tr("Whether the connection is encrypted, and whether the server's certificate is checked."));
    m_url->setToolTip(tr("The library's address, as the command line takes it with --library."));
    m_testButton->setText(tr("&Test Connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.database = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.sslMode = m_tls->currentData().toString();
    return settings;
}

void ConnectDialog::setSettings(const ConnectionSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
    int tls = m_tls->findData(settings.sslMode);
    if (tls < 0) { // another of libpq's modes, from a URL: kept as it is
        m_tls->addItem(settings.sslMode, settings.sslMode);
        tls = m_tls->count() - 1;
    }
    m_tls->setCurrentIndex(tls);
    refresh();
}

void ConnectDialog::refresh()
{
    const bool complete = !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_url->setText(complete ? settings().url() : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_testButton->setEnabled(complete && !m_test);
    m_status->clear();
}

void ConnectDialog::test()
{
    m_testButton->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(settings().url()));
    m_test = ServerConnection::start(this, settings(), [this](const ServerConnection::Outcome &outcome) {
        m_test = nullptr;
        const QString summary
            = outcome.cancelled ? tr("No password was given; not connected.") : outcome.probe.summary();
        refresh();
        m_status->setText(summary);
        emit tested(summary, outcome.probe.canOpen());
    });
}

void ConnectDialog::accept()
{
    QSettings stored;
    const ConnectionSettings chosen = settings();
    stored.setValue(key("host"), chosen.host);
    stored.setValue(key("port"), chosen.port);
    stored.setValue(key("database"), chosen.database);
    stored.setValue(key("user"), chosen.user);
    stored.setValue(key("sslMode"), chosen.sslMode);
    QDialog::accept();
}

} // namespace bitext::ui
