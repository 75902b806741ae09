#pragma once

#include <QColor>
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
};

} // namespace bitext
