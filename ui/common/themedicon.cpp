#include "ui/common/themedicon.h"

#include "ui/common/paletteiconengine.h"

#include <QColor>
#include <QFile>

namespace bitext::ui {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/bitext/icons/actions/%1.svg").arg(name);
}

} // namespace

QIcon themedIcon(const QString &name)
{
    const QString path = bundledPath(name);
    if (!QFile::exists(path))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(path)));
}

QIcon highlighterIcon(const QColor &color)
{
    return QIcon(new PaletteIconEngine(bundledPath(QStringLiteral("format-text-highlight")), color));
}

} // namespace bitext::ui
