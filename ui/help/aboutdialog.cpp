#include "ui/help/aboutdialog.h"

#include "models/store/connectionsettings.h"
#include "ui/common/externallink.h"
#include "ui/common/languagechange.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

QString yesNo(bool value)
{
    return value ? AboutDialog::tr("yes") : AboutDialog::tr("no");
}

bool haveSyntaxHighlighting()
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

} // namespace

AboutDialog::AboutDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_libraryPath(libraryPath)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(QDir::toNativeSeparators(libraryPath), this))
    , m_showFolder(new QPushButton(this))
    , m_licence(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(QIcon(QStringLiteral(":/bitext/bitext.svg")).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    for (QLabel *label : {m_title, m_summary, m_details, m_licence}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_details->setObjectName(QStringLiteral("aboutDetails"));
    // Our own address, but opened the one way every link is (ExternalLink).
    connect(m_licence, &QLabel::linkActivated, this, [this](const QString &link) { ExternalLink::open(this, link); });
    m_path->setObjectName(QStringLiteral("aboutLibraryPath"));
    m_path->setReadOnly(true);
    m_path->setCursorPosition(0);
    m_pathLabel->setBuddy(m_path);
    // A server library has no folder to show.
    m_showFolder->setEnabled(!libraryPath.isEmpty() && !ConnectionSettings::isUrl(libraryPath));
    connect(m_showFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(folderUrl()); });

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_showFolder);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_details);
    text->addSpacing(6);
    text->addWidget(m_pathLabel);
    text->addLayout(pathRow);
    text->addSpacing(6);
    text->addWidget(m_licence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    onLanguageChange(this, [this] { retranslate(); });
    resize(560, sizeHint().height());
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Bitext"));
    m_title->setText(
        QStringLiteral("<h2>%1</h2>").arg(tr("Bitext %1").arg(QStringLiteral(BITEXT_VERSION)).toHtmlEscaped()));
    m_summary->setText(tr("Read, compare and annotate Chinese/English transcripts side by side."));
    const QStringList lines {
        tr("Qt: built with %1, running on %2").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("KSyntaxHighlighting (Markdown notes, export preview): %1").arg(yesNo(haveSyntaxHighlighting())),
        tr("Database drivers: SQLite %1, PostgreSQL %2")
            .arg(yesNo(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))),
                yesNo(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))),
        tr("Libraries: OpenCC %1, libzip %2")
            .arg(QStringLiteral(BITEXT_OPENCC_VERSION), QStringLiteral(BITEXT_LIBZIP_VERSION)),
    };
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    m_details->setText(escaped.join(QStringLiteral("<br>")));
    m_pathLabel->setText(m_libraryPath.isEmpty() ? tr("No library is open.") : tr("&Library:"));
    m_path->setVisible(!m_libraryPath.isEmpty());
    m_showFolder->setVisible(!m_libraryPath.isEmpty());
    m_showFolder->setText(tr("Show &Folder"));
    m_showFolder->setToolTip(tr("Open the folder that holds the library file"));
    const QString url = QStringLiteral(BITEXT_HOMEPAGE_URL);
    m_licence->setText(tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).").toHtmlEscaped()
        + QStringLiteral("<br><a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
}

QString AboutDialog::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_title, m_summary, m_details, m_pathLabel})
        parts << label->text();
    parts << m_path->text() << m_licence->text();
    return parts.join(QLatin1Char('\n'));
}

QUrl AboutDialog::folderUrl() const
{
    return m_libraryPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(m_libraryPath).absolutePath());
}

} // namespace bitext::ui
