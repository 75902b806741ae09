#include "ui/common/appearance.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

namespace bitext::ui {

namespace {

QString styleName()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 1, 0)
    return QApplication::style()->name();
#else
    return QApplication::style()->objectName();
#endif
}

// The look before Bitext first changed it: System puts it back. Nothing is touched while
// the preference stays System (tests and platforms keep their own palettes).
struct SavedLook
{
    bool saved = false;
    QString style;
    QPalette palette;
};

SavedLook &savedLook()
{
    static SavedLook look;
    return look;
}

void setStyleAndPalette(const QString &style, const QPalette &palette)
{
    if (styleName().compare(style, Qt::CaseInsensitive) != 0) {
        if (QStyle *made = QStyleFactory::create(style))
            QApplication::setStyle(made); // the application owns it
    }
    QApplication::setPalette(palette);
}

} // namespace

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void Appearance::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    apply(Preferences::appearance());
    QObject::connect(&Preferences::instance(), &Preferences::changed, qApp, [](Preferences::Key key) {
        if (key == Preferences::Key::Appearance)
            apply(Preferences::appearance());
    });
}

void Appearance::apply(Preferences::Appearance appearance)
{
    SavedLook &system = savedLook();
    if (appearance == Preferences::Appearance::System) {
        if (system.saved)
            setStyleAndPalette(system.style, system.palette);
        system.saved = false;
        return;
    }
    if (!system.saved)
        system = SavedLook {true, styleName(), QApplication::palette()};
    // The platform's own look where it is already of the kind asked for.
    if ((appearance == Preferences::Appearance::Dark) == isDark(system.palette)) {
        setStyleAndPalette(system.style, system.palette);
        return;
    }
    const QString fusion = QStringLiteral("Fusion");
    if (appearance == Preferences::Appearance::Dark) {
        setStyleAndPalette(fusion, darkPalette());
    } else {
        QStyle *style = QStyleFactory::create(fusion);
        const QPalette light = style ? style->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
        delete style;
        setStyleAndPalette(fusion, light);
    }
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor button(0x33, 0x35, 0x3a);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x83, 0x89);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x29, 0x2b, 0x2f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimmed);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x46, 0x4b));
    return p;
}

} // namespace bitext::ui
