#include "ui/common/noticestrip.h"

#include <QFrame>
#include <QLabel>

namespace bitext::ui {

QLabel *makeNoticeStrip(QFrame *frame, QStyle::StandardPixmap icon)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setForegroundRole(QPalette::ToolTipText);
    auto *label = new QLabel(frame);
    const int size = frame->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, frame);
    label->setPixmap(frame->style()->standardIcon(icon, nullptr, frame).pixmap(size, size));
    return label;
}

} // namespace bitext::ui
