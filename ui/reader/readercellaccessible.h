#pragma once

#include "models/domain/segment.h"
#include "ui/common/accessibleleaf.h"

namespace bitext::ui {

class ReaderPane;

// One cell of the reader's accessible table (see ReaderAccessible): a segment's speaker,
// Chinese, English or time, read live from the model. Its text is readable through the
// text interface, and in a language column the pane's text selection (the passage being
// quoted) is reported, and can be set, as the text selection.
class ReaderCellAccessible : public AccessibleLeaf,
                             public QAccessibleTableCellInterface,
                             public QAccessibleTextInterface
{
public:
    ReaderCellAccessible(ReaderPane *pane, int row, int column);

    int row() const { return m_row; }
    int column() const { return m_column; }
    ReaderPane *pane() const;

    // QAccessibleInterface
    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override;
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    QString cellText() const;
    // The language of a Chinese or English cell; false for the speaker and time.
    bool side(Side *side) const;
    // This row's part of the pane's text selection, on this cell's side.
    bool selectedSpan(int *from, int *to) const;

    int m_row;
    int m_column;
};

} // namespace bitext::ui
