#include "ui/media/missingmediabar.h"

#include "models/text/untrustedtext.h"
#include "ui/common/languagechange.h"
#include "ui/common/noticestrip.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace bitext::ui {

MissingMediaBar::MissingMediaBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_locate(new QPushButton(this))
    , m_detach(new QPushButton(this))
{
    setObjectName(QStringLiteral("missingMediaBar"));
    QLabel *icon = makeNoticeStrip(this, QStyle::SP_MessageBoxWarning);
    m_label->setObjectName(QStringLiteral("missingMediaMessage"));
    m_label->setTextFormat(Qt::PlainText); // a path is not markup
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locate->setObjectName(QStringLiteral("locateMediaButton"));
    m_detach->setObjectName(QStringLiteral("detachMediaButton"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeMissingMediaButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_locate);
    layout->addWidget(m_detach);
    layout->addWidget(close);
    connect(m_locate, &QPushButton::clicked, this, &MissingMediaBar::locateRequested);
    connect(m_detach, &QPushButton::clicked, this, &MissingMediaBar::detachRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
    onLanguageChange(this, [this] { retranslate(); });
}

void MissingMediaBar::showMissing(const QString &file)
{
    m_file = file;
    retranslate();
    show();
}

QString MissingMediaBar::message() const
{
    return tr("The media file %1 is missing: it was moved, renamed or is on a disk that is not connected.")
        .arg(QDir::toNativeSeparators(m_file));
}

void MissingMediaBar::retranslate()
{
    m_label->setText(message());
    m_locate->setText(tr("&Locate…"));
    m_locate->setToolTip(tr("Choose where the media file is now"));
    m_detach->setText(tr("&Detach"));
    m_detach->setToolTip(tr("Forget the media file of this document"));
    if (auto *close = findChild<QToolButton *>(QStringLiteral("closeMissingMediaButton")))
        close->setAccessibleName(tr("Close"));
}

} // namespace bitext::ui
