#include "models/item/matrixquotemodel.h"

#include "models/item/itemroles.h"

namespace bitext {

MatrixQuoteModel::MatrixQuoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MatrixQuoteModel::setQuotes(const QList<MatrixQuote> &quotes)
{
    beginResetModel();
    m_quotes = quotes;
    endResetModel();
}

int MatrixQuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int MatrixQuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatrixQuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_quotes.size())
        return {};
    const MatrixQuote &quote = m_quotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::SortRole:
        switch (index.column()) {
        case DocumentColumn:
            return quote.documentTitle;
        case SpeakerColumn:
            return quote.speaker;
        case QuoteColumn: // one line in the list; the tooltip has it whole
            return role == Qt::DisplayRole ? QString(quote.quote).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                           : quote.quote;
        case CodesColumn:
            return quote.tags.join(QStringLiteral(", "));
        case CoderColumn:
            return quote.author;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == QuoteColumn ? QVariant(quote.quote) : QVariant();
    case ItemRole::MatrixAnnotationRole:
        return quote.annotationId;
    case ItemRole::MatrixDocumentRole:
        return quote.documentId;
    default:
        return {};
    }
}

QVariant MatrixQuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case CodesColumn:
        return tr("Codes");
    case CoderColumn:
        return tr("Coder");
    default:
        return {};
    }
}

} // namespace bitext
