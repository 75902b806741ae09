#include "tests/ui/untrusted/linkrecorder.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QTimer>

namespace bitext::test {

namespace {

const char *const kSchemes[] = {"http", "https", "file", "javascript", "data", "mailto", "qrc"};

} // namespace

LinkRecorder::LinkRecorder()
{
    for (const char *scheme : kSchemes)
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "open");
}

LinkRecorder::~LinkRecorder()
{
    for (const char *scheme : kSchemes)
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void LinkRecorder::answerNextBox(const QString &button)
{
    boxName.clear();
    boxText.clear();
    boxImage = QImage();
    // Polls until the box is up (it runs its own event loop), then answers it.
    stopAnswering();
    auto *timer = new QTimer(this);
    m_pending = timer;
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        boxName = box->objectName();
        boxText = box->text() + QLatin1Char('\n') + box->informativeText();
        boxImage = box->grab().toImage();
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (b->text().remove(QLatin1Char('&')).contains(button, Qt::CaseInsensitive)) {
                b->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

void LinkRecorder::stopAnswering()
{
    delete m_pending;
}

} // namespace bitext::test
