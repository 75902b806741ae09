#pragma once

// The annotation tests' window (a real library with the untimed seeds 001 and 003) with
// what the attach, timing and quote tests need.
#include "models/media/mediarepository.h"
#include "tests/support/nullaudiosink.h"
#include "tests/ui/annotate/annotatewindow.h"
#include "ui/media/attachmediacontroller.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>

namespace bitext::test {

struct TimingWindow : AnnotateWindow
{
    // Attaching opens the file in the window's player: a private null sink, never the
    // desktop's audio server (the player's backend is made at its first open).
    TimingWindow() { NullAudioSink::ensure(); }

    AttachMediaController *attacher() const
    {
        auto *controller = window->findChild<AttachMediaController *>();
        REQUIRE(controller);
        return controller;
    }

    QString storedMedia() { return MediaRepository(*window->library()).absolutePath(window->currentDocumentId()); }

    // A file of that name in the library's folder with these bytes.
    QString writeFile(const QString &name, const QByteArray &bytes = QByteArray("not really audio"))
    {
        const QString path = QDir(library.dir()).filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // The message box the window shows now, if any.
    static QMessageBox *messageBox()
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                return box;
        }
        return nullptr;
    }
};

} // namespace bitext::test
