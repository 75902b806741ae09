#include "ui/common/languagechange.h"

#include <QCoreApplication>
#include <QEvent>

namespace bitext::ui {

namespace {

// An event filter on the application object: the one place every LanguageChange passes
// exactly once, whether or not the owner is a widget (QActions and controllers are not).
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject *owner, std::function<void()> retranslate)
        : QObject(owner)
        , m_retranslate(std::move(retranslate))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QObject *owner, std::function<void()> retranslate)
{
    retranslate();
    auto *watcher = new LanguageWatcher(owner, std::move(retranslate));
    QCoreApplication::instance()->installEventFilter(watcher);
}

} // namespace bitext::ui
