#include "ui/media/timingtools.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/media/attachmediacontroller.h"
#include "ui/media/mediacontroller.h"
#include "ui/media/quoteplayback.h"
#include "ui/media/taptimingcontroller.h"

#include <QAction>
#include <QMenu>

namespace bitext::ui {

TimingTools TimingTools::install(MainWindow *window, MediaController *player, QMenu *menu)
{
    TimingTools tools;
    tools.tapping = new TapTimingController(window, player);
    tools.quotes = new QuotePlayback(window, player, window->annotations());
    if (auto *attacher = window->findChild<AttachMediaController *>()) {
        QObject::connect(attacher, &AttachMediaController::mediaReplaced, player, [player](const QString &path) {
            if (path.isEmpty())
                player->close();
            else
                player->open(path);
        });
    }
    if (menu) {
        menu->addSeparator();
        menu->addActions({tools.tapping->timingModeAction(), tools.tapping->markAction(),
            tools.tapping->earlierAction(), tools.tapping->laterAction()});
    }
    return tools;
}

} // namespace bitext::ui
