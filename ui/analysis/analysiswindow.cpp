#include "ui/analysis/analysiswindow.h"

#include "ui/analysis/filterpanel.h"
#include "ui/common/languagechange.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace bitext::ui {

namespace {

const QString kGeometry = QStringLiteral("analysis/geometry");
const QString kSplitter = QStringLiteral("analysis/splitter");
const char *const kViewName = "analysisViewName";

bool has(const QObject *object, const char *signature, bool signal)
{
    const QByteArray normalized = QMetaObject::normalizedSignature(signature);
    const QMetaObject *meta = object->metaObject();
    return (signal ? meta->indexOfSignal(normalized.constData()) : meta->indexOfSlot(normalized.constData())) >= 0;
}

} // namespace

AnalysisWindow::AnalysisWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_filter(new FilterPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("analysisWindow"));
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    m_split->setObjectName(QStringLiteral("analysisSplitter"));
    m_split->addWidget(m_filter);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({240, 760});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_split);
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1000, 680); // fits a 1024×768 screen
    m_split->restoreState(settings.value(kSplitter).toByteArray());
    onLanguageChange(this, [this] { retranslate(); });
}

AnalysisWindow::~AnalysisWindow()
{
    // Also when the main window goes with this one open: no close event then.
    saveLayout();
}

void AnalysisWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kSplitter, m_split->saveState());
}

void AnalysisWindow::retranslate()
{
    setWindowTitle(tr("Analysis"));
    m_tabs->setAccessibleName(tr("Analysis views"));
}

void AnalysisWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QWidget::closeEvent(event);
}

void AnalysisWindow::setLibrary(Library *library)
{
    // The views hold the library they were made for: they go first. Hidden meanwhile, or
    // removing the current tab would show the next one, which would then read the library
    // that is already gone.
    const QString current
        = m_tabs->currentWidget() ? m_tabs->currentWidget()->property(kViewName).toString() : QString();
    const bool visible = m_tabs->isVisibleTo(this);
    m_tabs->hide();
    while (m_tabs->count() > 0) {
        QWidget *view = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete view;
    }
    m_library = library;
    m_filter->setLibrary(library);
    makeViews();
    showView(current);
    m_tabs->setVisible(visible);
}

void AnalysisWindow::addViewFactory(const QString &name, const std::function<QWidget *(Library &)> &make)
{
    m_factories.append({name, name, make});
    if (m_library) {
        QWidget *view = make(*m_library);
        view->setProperty(kViewName, name);
        addView(view, name);
    }
}

void AnalysisWindow::makeViews()
{
    if (!m_library)
        return;
    for (const Factory &factory : qAsConst(m_factories)) {
        QWidget *view = factory.make(*m_library);
        view->setProperty(kViewName, factory.name);
        addView(view, factory.title);
    }
}

void AnalysisWindow::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
    connectView(view);
}

void AnalysisWindow::connectView(QWidget *view)
{
    if (has(view, "setFilter(bitext::AnalysisFilter)", false)) {
        connect(m_filter, SIGNAL(filterChanged(bitext::AnalysisFilter)), view, SLOT(setFilter(bitext::AnalysisFilter)));
        const AnalysisFilter filter = m_filter->filter();
        if (!filter.isEmpty())
            QMetaObject::invokeMethod(view, "setFilter", Q_ARG(bitext::AnalysisFilter, filter));
    }
    if (has(view, "quoteActivated(qint64,qint64)", true))
        connect(view, SIGNAL(quoteActivated(qint64, qint64)), this, SIGNAL(quoteActivated(qint64, qint64)));
    if (has(view, "passageActivated(qint64,qint64,bitext::Side,int,int)", true))
        connect(view, SIGNAL(passageActivated(qint64, qint64, bitext::Side, int, int)), this,
            SIGNAL(passageActivated(qint64, qint64, bitext::Side, int, int)));
}

QWidget *AnalysisWindow::view(const QString &name) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(kViewName).toString() == name)
            return m_tabs->widget(i);
    }
    return nullptr;
}

void AnalysisWindow::showView(const QString &name)
{
    if (QWidget *found = view(name))
        m_tabs->setCurrentWidget(found);
}

void AnalysisWindow::setViewTitle(const QString &name, const QString &title)
{
    for (Factory &factory : m_factories) {
        if (factory.name == name)
            factory.title = title;
    }
    if (QWidget *found = view(name))
        m_tabs->setTabText(m_tabs->indexOf(found), title);
}

} // namespace bitext::ui
