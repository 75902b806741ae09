#pragma once

// Stands in for the desktop's browser and file manager: QDesktopServices hands it every
// address it is asked to open (http, https, file, javascript, data, mailto), so a test
// sees what would have been opened. Also answers the link dialogs.
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace bitext::test {

class LinkRecorder : public QObject
{
    Q_OBJECT

public:
    LinkRecorder();
    ~LinkRecorder() override;

    QList<QUrl> opened;

    // The next modal message box (ExternalLink's): its object name and informative
    // text are kept, and the button whose text contains `button` is clicked.
    void answerNextBox(const QString &button);
    // Stops waiting for a box that did not come.
    void stopAnswering();
    QString boxName;
    QString boxText;
    QImage boxImage; // the box as shown

private:
    QPointer<QObject> m_pending;

public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace bitext::test
