#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace bitext {

// A code of the codebook. Tags form a tree through parentId (0 for a root).
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color;
    QString description;
    QString path; // "Parent/Child", filled on read
    QString author; // who made it
    QDateTime created;
    QDateTime modified;
    QString modifiedBy; // who changed it last
    int version = 0; // raised by every write
};

} // namespace bitext
