#pragma once

#include "models/analysis/analysisfilter.h"
#include "models/analysis/matrixtable.h"
#include "models/analysis/talkshare.h"
#include "ui/analysis/qtcharts.h"
#include "ui/common/latestjob.h"

#include <QColor>
#include <QHash>
#include <QWidget>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <memory>

class QComboBox;
class QPushButton;
class QScrollArea;
class QTimer;

namespace bitext {
class Library;
}

namespace bitext::ui {

// The Analysis window's "Charts" tab: code frequencies by speaker (bars stacked by
// speaker), talk share by document, and the current matrix as a heat map, in the
// palette's light or dark, exported as PNG or SVG for print. The matrices come from the
// matrix view (setMatrices); talk share it computes itself from the library and the
// filter, when it is shown.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { CodeFrequencies, TalkShare, HeatMap };

    explicit ChartsView(Library &library, QWidget *parent = nullptr);
    ~ChartsView() override;

    Kind kind() const;
    void setKind(Kind kind);
    // The chart shown now.
    QChart *chart() const;
    // A new chart of the current kind, as shown (for export, or a test).
    std::unique_ptr<QChart> createChart();
    // The talk share last computed (on a worker thread, when the talk share chart is
    // shown after the filter or the library changed).
    const TalkShareTable &talkShare() const { return m_talkShare; }
    // Talk share is being computed.
    bool isBusy() const { return m_talkShareJob.isBusy(); }

    // The size the current chart is laid out at for export: an A4 landscape page, longer
    // for a long list of codes or documents.
    QSize exportLayout();
    // Write the current chart to a file; throw Error naming the file.
    void writePng(const QString &path);
    void writeSvg(const QString &path);

public slots:
    void setFilter(const bitext::AnalysisFilter &filter);
    // codesBySpeaker: codes × speakers (columnIds speaker ids, 0 for no speaker), Count or
    // Coverage, drawn as the code frequencies; current: the matrix view's table, any
    // columns and measure, drawn as the heat map.
    void setMatrices(const bitext::MatrixTable &codesBySpeaker, const bitext::MatrixTable &current);
    // Ask for a file name and export the current chart there.
    void exportPng();
    void exportSvg();

signals:
    // A heat map cell was clicked: row and column of the `current` matrix.
    void cellActivated(int row, int column);
    // A bar of the code frequencies was clicked: row and column of `codesBySpeaker`.
    void codeSpeakerActivated(int row, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void readSpeakerColors();
    void computeTalkShare();
    // Rows of the chart shown: codes or documents.
    int categoryCount();
    void exportTo(const QString &caption, const QString &filter, const QString &suffix, bool svg);

    Library &m_library;
    AnalysisFilter m_filter;
    MatrixTable m_codesBySpeaker;
    MatrixTable m_current;
    struct TalkShareOutcome
    {
        TalkShareTable table;
        QString error;
    };
    TalkShareTable m_talkShare;
    QString m_talkShareError;
    bool m_talkShareStale = true;
    LatestJob<TalkShareOutcome> m_talkShareJob {this};
    QHash<qint64, QColor> m_speakerColors;
    QComboBox *m_kind = nullptr;
    QScrollArea *m_scroll = nullptr;
    QChartView *m_view = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportSvg = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace bitext::ui
