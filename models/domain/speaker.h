#pragma once

#include <QColor>
#include <QDateTime>
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
    QString author; // who made it
    QDateTime created;
    QDateTime modified;
    QString modifiedBy; // who changed it last
    int version = 0; // raised by every write

    // "揚·萊克 (also: Jan Leike)", or the name alone: how lists and questions name a
    // speaker, so an alias typed elsewhere can be recognised.
    QString nameWithAliases() const;
};

} // namespace bitext
