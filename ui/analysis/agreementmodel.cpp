#include "ui/analysis/agreementmodel.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace bitext::ui {

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementModel::setRows(const QList<AgreementRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgreementModel::find(const AgreementRow &other) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const AgreementRow &r = m_rows.at(i);
        if (r.documentId == other.documentId && r.tagId == other.tagId && r.coderA == other.coderA
            && r.coderB == other.coderB)
            return i;
    }
    return -1;
}

AgreementModel::Band AgreementModel::band(double kappa)
{
    if (kappa < 0.40)
        return Band::Poor;
    return kappa <= 0.75 ? Band::FairToGood : Band::Excellent;
}

QString AgreementModel::bandName(Band band)
{
    switch (band) {
    case Band::Poor:
        return tr("poor");
    case Band::FairToGood:
        return tr("fair to good");
    case Band::Excellent:
        return tr("excellent");
    }
    return {};
}

QString AgreementModel::legend()
{
    return tr("Kappa: below 0.40 poor, 0.40 to 0.75 fair to good, above 0.75 excellent. Agreement counts the "
              "characters both coders coded or both left out; kappa discounts what chance alone would give.");
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// Three decimals, and never "-0.000": a kappa that rounds to zero is shown as zero.
QString kappaText(const QLocale &locale, double kappa)
{
    const double shown = std::round(kappa * 1000.0) / 1000.0;
    return locale.toString(shown == 0.0 ? 0.0 : shown, 'f', 3);
}

} // namespace

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AgreementRow &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case DocumentColumn:
            return r.documentTitle;
        case CodeColumn:
            return r.tagPath;
        case CoderAColumn:
            return r.coderA;
        case CoderBColumn:
            return r.coderB;
        case AgreementColumn:
            return sort ? QVariant(r.agreement())
                        : QVariant(locale.toString(r.agreement() * 100, 'f', 1) + QLatin1Char('%'));
        case KappaColumn:
            return sort ? QVariant(r.kappa()) : QVariant(kappaText(locale, r.kappa()));
        case AOnlyColumn:
            return sort ? QVariant(r.aOnly) : QVariant(locale.toString(r.aOnly));
        case BOnlyColumn:
            return sort ? QVariant(r.bOnly) : QVariant(locale.toString(r.bOnly));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AgreementColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == KappaColumn && (role == Qt::BackgroundRole || role == Qt::DecorationRole)) {
        // Translucent tints read on light and dark palettes alike; the swatch (opaque)
        // still shows the band on a selected row.
        QColor color;
        switch (band(r.kappa())) {
        case Band::Poor:
            color = QColor(220, 50, 47);
            break;
        case Band::FairToGood:
            color = QColor(230, 160, 0);
            break;
        case Band::Excellent:
            color = QColor(67, 160, 71);
            break;
        }
        if (role == Qt::BackgroundRole)
            color.setAlpha(90);
        return color;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == KappaColumn)
            return tr("Kappa %1: %2").arg(kappaText(locale, r.kappa()), bandName(band(r.kappa())));
        return tr(
            "%1 and %2 on “%3”: both coded %n character(s), neither %4; %1 only %5, %2 only %6", nullptr, int(r.both))
            .arg(r.coderA, r.coderB, r.tagPath)
            .arg(r.neither)
            .arg(r.aOnly)
            .arg(r.bOnly);
    }
    return {};
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == KappaColumn || section == AgreementColumn))
        return legend();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case CodeColumn:
        return tr("Code");
    case CoderAColumn:
        return tr("Coder A");
    case CoderBColumn:
        return tr("Coder B");
    case AgreementColumn:
        return tr("Agreement");
    case KappaColumn:
        return tr("Kappa");
    case AOnlyColumn:
        return tr("A only");
    case BOnlyColumn:
        return tr("B only");
    }
    return {};
}

} // namespace bitext::ui
