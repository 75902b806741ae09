#include "ui/preferences/preferencescontroller.h"

#include "models/core/preferences.h"
#include "models/core/translator.h"
#include "ui/common/appearance.h"
#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace bitext::ui {

namespace {

// Once per application, however many windows: a language chosen in Preferences is shown
// at once (every onLanguageChange text follows).
void installLanguage()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QObject::connect(
        &Preferences::instance(), &Preferences::changed, QCoreApplication::instance(), [](Preferences::Key key) {
            if (key != Preferences::Key::Language)
                return;
            const QString dir = QCoreApplication::applicationDirPath();
            Translator::setLanguage(*QCoreApplication::instance(), Preferences::language(),
                {dir, dir + QStringLiteral("/../share/bitext/translations")});
        });
}

} // namespace

PreferencesController::PreferencesController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(themedIcon(QStringLiteral("configure")), QString(), this))
{
    Appearance::install();
    installLanguage();

    m_action->setObjectName(QStringLiteral("preferencesAction"));
    m_action->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_action->setShortcuts(keys);
    onLanguageChange(m_action, [this] { m_action->setText(tr("&Preferences…")); });
    QMenu *edit = window->menu(MainWindow::Menu::Edit);
    edit->addSeparator();
    edit->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &PreferencesController::showDialog);
    connect(window, &MainWindow::documentChanged, this, &PreferencesController::applyLayout);
}

void PreferencesController::showDialog()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PreferencesController::applyLayout()
{
    // The layout chosen in Preferences for documents opened from now on; View › Layout
    // stores its choice there too, so this only acts after a change in Preferences.
    const QList<QAction *> layouts = m_window->actions()->arrangements->actions();
    const int layout = Preferences::readerLayout();
    if (layout < layouts.size() && int(m_window->reader()->arrangement()) != layout)
        layouts.at(layout)->trigger();
}

} // namespace bitext::ui
