#include "ui/analysis/autocoderunner.h"

#include "models/analysis/autocoder.h"
#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "ui/annotate/tagpicker.h"
#include "ui/commands/autocodecommand.h"
#include "ui/mainwindow/undocontroller.h"

#include <QWidget>

namespace bitext::ui {

AutoCodeRunner::AutoCodeRunner(Library &library, UndoController *undo, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_undo(undo)
{
}

void AutoCodeRunner::run(const QList<CodingTarget> &targets, QWidget *anchor)
{
    if (targets.isEmpty()) {
        emit reported(tr("Nothing to auto-code: no passage of a text was given."));
        return;
    }
    delete m_picker;
    m_picker = new TagPicker(m_library, m_undo, anchor ? anchor->window() : nullptr);
    m_picker->setObjectName(QStringLiteral("autoCodeTagPicker"));
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &TagPicker::tagPicked, this, [this, targets](qint64 tagId) {
        code(targets, tagId);
        if (m_picker)
            m_picker->close();
    });
    const QRect area = anchor ? QRect(anchor->mapToGlobal(QPoint(0, 0)), anchor->size()) : QRect();
    m_picker->popup(area);
}

QString AutoCodeRunner::code(const QList<CodingTarget> &targets, qint64 tagId)
{
    QString message;
    try {
        const AutoCodePlan plan = AutoCoder(m_library).plan(targets, tagId);
        const auto tag = m_library.tags().find(tagId);
        const int skipped = plan.alreadyCoded + plan.repeated;
        if (plan.coded() > 0) {
            const QString error
                = m_undo->push(new AutoCodeCommand(m_library, plan, tagId, tag ? tag->path : QString()));
            if (!error.isEmpty())
                message = tr("Could not auto-code: %1").arg(error);
        }
        if (message.isEmpty())
            message = tr("Coded %n passage(s); %1 already had the tag", nullptr, plan.coded()).arg(skipped);
    } catch (const Error &error) {
        message = tr("Could not auto-code: %1").arg(error.message());
    }
    emit reported(message);
    return message;
}

} // namespace bitext::ui
