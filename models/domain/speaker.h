#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace bitext {

// A person who speaks in one or more documents; library-wide, so that a merge
// ("Yan" is Jan Leike) applies everywhere.
struct Speaker
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    QColor color;
};

} // namespace bitext
