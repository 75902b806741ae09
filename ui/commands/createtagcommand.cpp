#include "ui/commands/createtagcommand.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

namespace bitext::ui {

CreateTagCommand::CreateTagCommand(Library &library, const QString &path, const QColor &color, const QString &description)
    : TransactedCommand(library, tr("Create tag %1").arg(path.trimmed()))
    , m_path(path)
    , m_color(color)
    , m_description(description)
{
}

void CreateTagCommand::applyChange()
{
    if (!m_created.isEmpty() || m_tagId != 0) {
        for (const Tag &tag : qAsConst(m_created))
            library().tags().restore(tag);
        return;
    }
    const QStringList parts = m_path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        throw Error(tr("A tag needs a name."));
    TagRepository &tags = library().tags();
    qint64 parent = 0;
    QString path;
    for (int i = 0; i < parts.size(); ++i) {
        const QString name = parts.at(i).trimmed();
        path += (path.isEmpty() ? QString() : QStringLiteral("/")) + name;
        if (const auto existing = tags.findByPath(path)) {
            parent = existing->id;
            continue;
        }
        const bool last = i == parts.size() - 1;
        parent = tags.create(parent, name, last ? m_color : QColor(), last ? m_description : QString());
        m_created << *tags.find(parent);
    }
    m_tagId = parent;
}

void CreateTagCommand::revertChange()
{
    for (int i = int(m_created.size()) - 1; i >= 0; --i)
        library().tags().remove(m_created.at(i).id);
}

} // namespace bitext::ui
