#pragma once

#include <QAccessible>
#include <QHash>
#include <QList>
#include <QMetaObject>

#include <functional>

class QAbstractItemModel;
class QObject;

namespace bitext::ui {

// The child interfaces of a custom view's accessible interface, made when first asked for
// and kept by index (a reader has four cells a segment: never all made at once), owned
// through Qt's registry of interfaces and deleted together when the view's content changes.
class AccessibleChildren
{
public:
    AccessibleChildren() = default;
    ~AccessibleChildren();
    AccessibleChildren(const AccessibleChildren &) = delete;
    AccessibleChildren &operator=(const AccessibleChildren &) = delete;

    // The child at index, made by `make` the first time.
    QAccessibleInterface *get(int index, const std::function<QAccessibleInterface *()> &make);
    void clear();
    // Clears whenever the model's rows change (and its data, when the children name what
    // the data makes of rows), while `context` lives.
    enum Changes { Rows, RowsAndData };
    void clearOnChanges(const QAbstractItemModel *model, QObject *context, Changes changes);
    int size() const { return int(m_ids.size()); }

private:
    QHash<int, QAccessible::Id> m_ids;
    QList<QMetaObject::Connection> m_connections;
};

// Makes Qt's accessibility answer `Interface(widget)` for every `Widget` (once per process).
template<typename Widget, typename Interface> void installAccessibleFactory()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory([](const QString &, QObject *object) -> QAccessibleInterface * {
        auto *widget = qobject_cast<Widget *>(object);
        return widget ? new Interface(widget) : nullptr;
    });
}

} // namespace bitext::ui
