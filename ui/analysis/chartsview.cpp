#include "ui/analysis/chartsview.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/analysis/chartexporter.h"
#include "ui/analysis/charttheme.h"
#include "ui/analysis/codefrequencychart.h"
#include "ui/analysis/heatmapchart.h"
#include "ui/analysis/talksharechart.h"
#include "ui/common/filedialog.h"
#include "ui/common/languagechange.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

// The chart's height beside its categories (title, value axis, legend, margins), and a
// category's: a line of Chinese text with room around it.
constexpr int kFixedHeight = 230;
constexpr int kCategoryHeight = 26;

} // namespace

ChartsView::ChartsView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_kind(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView(this))
    , m_exportPng(new QPushButton(this))
    , m_exportSvg(new QPushButton(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("chartsView"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_exportPng->setObjectName(QStringLiteral("exportChartPng"));
    m_exportSvg->setObjectName(QStringLiteral("exportChartSvg"));
    auto *kindLabel = new QLabel(this);
    kindLabel->setBuddy(m_kind);

    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    // Qt Charts shortens a category label to "..." once a category is lower than a
    // line of text: a long list of codes scrolls instead (see categoryCount()).
    m_scroll->setObjectName(QStringLiteral("chartScroll"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    // Library changes come in bursts (an import, a merge of speakers): one redraw after them.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ChartsView::rebuild);
    const auto textChanged = [this] {
        m_talkShareStale = true;
        if (kind() == Kind::TalkShare)
            m_refresh->start();
    };
    connect(&library, &Library::documentsChanged, this, textChanged);
    connect(&library, &Library::documentChanged, this, textChanged);
    connect(&library, &Library::speakersChanged, this, [this] {
        m_talkShareStale = true;
        readSpeakerColors();
        m_refresh->start();
    });
    readSpeakerColors();

    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ChartsView::rebuild);
    connect(m_exportPng, &QPushButton::clicked, this, &ChartsView::exportPng);
    connect(m_exportSvg, &QPushButton::clicked, this, &ChartsView::exportSvg);
    onLanguageChange(this, [this, kindLabel] {
        kindLabel->setText(tr("C&hart:"));
        retranslate();
    });
}

ChartsView::~ChartsView() = default;

void ChartsView::retranslate()
{
    const int current = std::max(0, m_kind->currentIndex());
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Code frequencies by speaker"));
    m_kind->addItem(tr("Talk share by document"));
    m_kind->addItem(tr("Heat map"));
    m_kind->setCurrentIndex(current);
    m_kind->setAccessibleName(tr("Chart"));
    m_exportPng->setText(tr("Export &PNG…"));
    m_exportPng->setToolTip(tr("Save the chart as a PNG image at 300 dpi, A4 landscape"));
    m_exportSvg->setText(tr("Export &SVG…"));
    m_exportSvg->setToolTip(tr("Save the chart as an SVG drawing, A4 landscape"));
    rebuild();
}

ChartsView::Kind ChartsView::kind() const
{
    return Kind(std::max(0, m_kind->currentIndex()));
}

void ChartsView::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

QChart *ChartsView::chart() const
{
    return m_view->chart();
}

void ChartsView::computeTalkShare()
{
    m_talkShareStale = false;
    // On a worker with its own connection: a large library takes seconds.
    const QString location = m_library.location();
    const AnalysisFilter filter = m_filter;
    m_talkShareJob.start(
        [location, filter] {
            TalkShareOutcome outcome;
            try {
                outcome.table = TalkShare::computeOwnConnection(location, filter);
            } catch (const Error &error) {
                outcome.error = error.message();
            }
            return outcome;
        },
        [this](const TalkShareOutcome &outcome) {
            m_talkShare = outcome.table;
            m_talkShareError = outcome.error;
            if (kind() == Kind::TalkShare)
                rebuild();
        });
}

void ChartsView::setFilter(const AnalysisFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_talkShareStale = true;
    if (kind() == Kind::TalkShare)
        rebuild();
}

void ChartsView::setMatrices(const MatrixTable &codesBySpeaker, const MatrixTable &current)
{
    m_codesBySpeaker = codesBySpeaker;
    m_current = current;
    if (kind() != Kind::TalkShare)
        rebuild();
}

void ChartsView::readSpeakerColors()
{
    m_speakerColors.clear();
    for (const Speaker &speaker : m_library.speakers().list()) {
        if (speaker.color.isValid())
            m_speakerColors.insert(speaker.id, speaker.color);
    }
}

std::unique_ptr<QChart> ChartsView::createChart()
{
    const ChartTheme theme(palette(), font());
    switch (kind()) {
    case Kind::CodeFrequencies:
        return CodeFrequencyChart::create(m_codesBySpeaker, m_speakerColors, theme,
            [this](int row, int column) { emit codeSpeakerActivated(row, column); });
    case Kind::TalkShare:
        if (!m_talkShareError.isEmpty())
            throw Error(m_talkShareError);
        return TalkShareChart::create(m_talkShare, m_speakerColors, theme);
    case Kind::HeatMap:
        break;
    }
    return HeatMapChart::create(m_current, theme, [this](int row, int column) { emit cellActivated(row, column); });
}

void ChartsView::rebuild()
{
    m_refresh->stop();
    if (kind() == Kind::TalkShare && m_talkShareStale)
        computeTalkShare(); // shows the figures it had until the new ones come
    std::unique_ptr<QChart> chart;
    try {
        chart = createChart();
    } catch (const Error &error) {
        // A library that cannot be read now (a server gone away): say so in the chart.
        chart = std::make_unique<QChart>();
        ChartTheme(palette(), font()).applyTo(chart.get());
        chart->setTitle(error.message());
    }
    m_view->setBackgroundBrush(chart->backgroundBrush());
    m_view->setMinimumHeight(kFixedHeight + kCategoryHeight * categoryCount());
    m_view->setAccessibleName(chart->title());
    QChart *old = m_view->chart();
    m_view->setChart(chart.release());
    // setChart() gives the old chart back rather than deleting it; a click on it may
    // still be on its way through its signals, so it goes later, and with this view at
    // the latest when no event loop runs again (a test, the application closing).
    if (old) {
        old->setParent(this);
        old->deleteLater();
    }
}

int ChartsView::categoryCount()
{
    switch (kind()) {
    case Kind::CodeFrequencies:
        return m_codesBySpeaker.rowCount();
    case Kind::TalkShare:
        return m_talkShare.documentCount();
    case Kind::HeatMap:
        break;
    }
    return m_current.rowCount();
}

QSize ChartsView::exportLayout()
{
    const QSize page = ChartExporter::layoutSize();
    return QSize(page.width(), std::max(page.height(), kFixedHeight + kCategoryHeight * categoryCount()));
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void ChartsView::writePng(const QString &path)
{
    const std::unique_ptr<QChart> chart = createChart();
    ChartExporter::writePng(chart.get(), path, exportLayout());
}

void ChartsView::writeSvg(const QString &path)
{
    const std::unique_ptr<QChart> chart = createChart();
    ChartExporter::writeSvg(chart.get(), path, exportLayout());
}

void ChartsView::exportPng()
{
    exportTo(tr("Export Chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"), false);
}

void ChartsView::exportSvg()
{
    exportTo(tr("Export Chart as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral("svg"), true);
}

void ChartsView::exportTo(const QString &caption, const QString &filter, const QString &suffix, bool svg)
{
    static const char *const names[] = {"code-frequencies", "talk-share", "heat-map"};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QLatin1String(names[int(kind())]) + QLatin1Char('.') + suffix);
    const QString path = FileDialog::getSaveFileName(this, caption, suggested, filter, suffix);
    if (path.isEmpty())
        return;
    try {
        if (svg)
            writeSvg(path);
        else
            writePng(path);
    } catch (const Error &error) {
        QMessageBox::warning(this, caption, untrustedtext::shownLiterally(error.message()));
    }
}

} // namespace bitext::ui
