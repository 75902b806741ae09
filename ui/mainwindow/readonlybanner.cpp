#include "ui/mainwindow/readonlybanner.h"

#include "models/store/library.h"
#include "ui/common/languagechange.h"
#include "ui/common/noticestrip.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace bitext::ui {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_edits(new QActionGroup(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    // Not a choice among the actions: any number of them may be on at once.
    m_edits->setExclusive(false);
    QLabel *icon = makeNoticeStrip(this, QStyle::SP_MessageBoxInformation);
    m_label->setObjectName(QStringLiteral("readOnlyMessage"));
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    hide();
    onLanguageChange(this, [this] { retranslate(); });
}

void ReadOnlyBanner::addEditActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        m_edits->addAction(action);
    m_edits->setEnabled(!readOnly());
}

void ReadOnlyBanner::setLibrary(Library *library)
{
    m_reason = library && library->isReadOnly() ? library->readOnlyReason() : QString();
    m_edits->setEnabled(!readOnly());
    retranslate();
    setVisible(readOnly());
}

QString ReadOnlyBanner::message() const
{
    return readOnly() ? tr("This library is read-only: %1. You can read and search it, not change it.").arg(m_reason)
                      : QString();
}

void ReadOnlyBanner::retranslate()
{
    m_label->setText(message());
}

} // namespace bitext::ui
