#pragma once

#include "models/analysis/coderagreement.h"

#include <QAbstractTableModel>

namespace bitext::ui {

// The rows of a coder-agreement report as a table: document, code, the two coders, the
// agreement (shown in percent), Cohen's kappa (its cell tinted by the usual bands) and
// the characters only one of them coded. SortRole gives the raw value to sort by.
class AgreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DocumentColumn,
        CodeColumn,
        CoderAColumn,
        CoderBColumn,
        AgreementColumn,
        KappaColumn,
        AOnlyColumn,
        BOnlyColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };
    // Kappa bands as commonly read (Fleiss): poor below 0.40, fair to good up to 0.75,
    // excellent above.
    enum class Band { Poor, FairToGood, Excellent };

    explicit AgreementModel(QObject *parent = nullptr);

    void setRows(const QList<AgreementRow> &rows);
    const QList<AgreementRow> &rows() const { return m_rows; }
    const AgreementRow &row(int index) const { return m_rows.at(index); }
    // The row comparing the same document, code and coders as `other`, or -1.
    int find(const AgreementRow &other) const;

    static Band band(double kappa);
    static QString bandName(Band band);
    // The bands in words, for a legend or a tooltip.
    static QString legend();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AgreementRow> m_rows;
};

} // namespace bitext::ui
