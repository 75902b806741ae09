#pragma once

#include "models/analysis/matrixtable.h"
#include "ui/analysis/charttheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace bitext::ui {

// The chart of code frequencies by speaker: one horizontal bar per code (the first row
// at the top), stacked by speaker in the speakers' own colours; coverage (a share of each
// speaker's text, which does not add up) as bars side by side instead.
class CodeFrequencyChart
{
    Q_DECLARE_TR_FUNCTIONS(CodeFrequencyChart)

public:
    // A bar was clicked: row and column of the codes × speakers table.
    using Activated = std::function<void(int row, int column)>;

    // speakerColors: by speaker id; a speaker without one gets SpeakerRepository's
    // palette colour of its column.
    static std::unique_ptr<QChart> create(const MatrixTable &table, const QHash<qint64, QColor> &speakerColors,
        const ChartTheme &theme, const Activated &activated);
    static QString title();
};

} // namespace bitext::ui
