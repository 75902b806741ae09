#pragma once

#include "models/analysis/talkshare.h"
#include "ui/analysis/charttheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace bitext::ui {

// The chart of talk share: one bar per document (the first at the top), split into
// each speaker's share of its units, 100% wide, in the speakers' own colours.
class TalkShareChart
{
    Q_DECLARE_TR_FUNCTIONS(TalkShareChart)

public:
    static std::unique_ptr<QChart> create(
        const TalkShareTable &table, const QHash<qint64, QColor> &speakerColors, const ChartTheme &theme);
    static QString title();
};

} // namespace bitext::ui
