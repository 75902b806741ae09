#pragma once

#include "models/analysis/matrixquotes.h"

#include <QAbstractTableModel>

namespace bitext {

// The quotes of one matrix cell: document, speaker, quote, codes and coder, one row
// each. Roles: Qt::DisplayRole, Qt::ToolTipRole (the whole quote), ItemRole::SortRole,
// MatrixAnnotationRole, MatrixDocumentRole.
class MatrixQuoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, SpeakerColumn, QuoteColumn, CodesColumn, CoderColumn, ColumnCount };

    explicit MatrixQuoteModel(QObject *parent = nullptr);

    void setQuotes(const QList<MatrixQuote> &quotes);
    const QList<MatrixQuote> &quotes() const { return m_quotes; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MatrixQuote> m_quotes;
};

} // namespace bitext
