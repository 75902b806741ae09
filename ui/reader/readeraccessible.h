#pragma once

#include "ui/common/accessiblechildren.h"

#include <QAccessibleWidget>
#include <QCoreApplication>

namespace bitext::ui {

class ReaderPane;

// What screen readers see of a reader pane (issue 13): a table with a row per segment and
// the columns Speaker, Chinese, English and Time, whatever languages the pane paints, so
// either pane reads the whole transcript. A table rather than a list because Orca then
// announces the column (the language) as the user moves between cells and can speak a
// whole row, while each cell still exposes its own text. Cells are created only when
// asked for and cached by their index (documents have 20,000 segments); the cache is
// dropped whenever the rows change.
class ReaderAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
    Q_DECLARE_TR_FUNCTIONS(ReaderAccessible)

public:
    enum Column { SpeakerColumn, ChineseColumn, EnglishColumn, TimeColumn, ColumnCount };

    explicit ReaderAccessible(ReaderPane *pane);

    // Makes Qt's accessibility ask this class for every ReaderPane (once per process).
    static void installFactory();
    // The child index of a cell, as accessibility events and child() count them.
    static int childIndex(int row, int column) { return row * ColumnCount + column; }
    // The column a pane's first language is in: where its keyboard focus is reported.
    static int focusColumn(const ReaderPane *pane);
    static QString columnName(int column);
    // The header of a column, made when first asked for.
    QAccessibleInterface *columnHeader(int column) const;

    ReaderPane *pane() const;
    // How many cell interfaces exist now (for tests: they are made lazily).
    int cachedCellCount() const { return m_cells.size(); }

    // QAccessibleInterface
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override;
    int columnCount() const override { return ColumnCount; }
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; }
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

private:
    mutable AccessibleChildren m_cells; // by child index
    mutable AccessibleChildren m_headers; // by column
};

} // namespace bitext::ui
