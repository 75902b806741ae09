#pragma once

#include "models/analysis/analysisfilter.h"

#include <QWidget>

#include <functional>

class QSplitter;
class QTabWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class FilterPanel;

// The Analysis window: a top-level window of its own (one, owned by the main window),
// the filter on the left and the views as tabs on the right. Each view gets the filter
// through its setFilter(bitext::AnalysisFilter) slot, and its quoteActivated and
// passageActivated signals come out of the window's. Views are made per library: a
// factory given to addViewFactory() makes its view anew when another library opens.
class AnalysisWindow : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisWindow(QWidget *parent = nullptr);
    ~AnalysisWindow() override;

    // Another library (nullptr: none): the views are made again for it.
    void setLibrary(Library *library);
    Library *library() const { return m_library; }
    // A view made for every library, as the tab `title` (translated by the caller:
    // retitle with setViewTitle on a language change).
    void addViewFactory(const QString &name, const std::function<QWidget *(Library &)> &make);
    // A view for the open library only (gone when another opens).
    void addView(QWidget *view, const QString &title);
    // The view made by the factory `name` for the open library, if any.
    QWidget *view(const QString &name) const;
    void showView(const QString &name);
    void setViewTitle(const QString &name, const QString &title);
    FilterPanel *filterPanel() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void quoteActivated(qint64 documentId, qint64 annotationId);
    void passageActivated(qint64 documentId, qint64 segmentId, bitext::Side side, int start, int length);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Factory
    {
        QString name;
        QString title;
        std::function<QWidget *(Library &)> make;
    };
    void retranslate();
    void saveLayout();
    void makeViews();
    void connectView(QWidget *view);

    Library *m_library = nullptr;
    FilterPanel *m_filter;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    QList<Factory> m_factories;
};

} // namespace bitext::ui
