#pragma once

#include "models/analysis/analysisfilter.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace bitext {
class Library;
}

namespace bitext::ui {

// The Analysis window's left side: what its views look across. Codes as a tree with
// check boxes (checking a code checks the codes below it: a subtree), documents,
// speakers and coders as check lists, and the language side. Everything checked means
// "all" (an empty list in the AnalysisFilter). Follows the library: a new code,
// document, speaker or coder comes in checked, what was unchecked stays unchecked.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Another library (nullptr: none) starts with everything checked.
    void setLibrary(Library *library);
    AnalysisFilter filter() const { return m_filter; }

    QTreeWidget *codes() const { return m_codes; }
    QListWidget *documents() const { return m_documents; }
    QListWidget *speakers() const { return m_speakers; }
    QListWidget *coders() const { return m_coders; }
    QComboBox *side() const { return m_side; }

public slots:
    // Re-reads the codes, documents, speakers and coders, keeping what was unchecked
    // (also by itself, shortly after the library's codebook, documents, speakers or
    // quotes changed).
    void reload();

signals:
    void filterChanged(const bitext::AnalysisFilter &filter);

private:
    void retranslate();
    void update();
    void remember();
    QList<qint64> checkedTags() const;
    QListWidget *makeList(const QString &name);

    QPointer<Library> m_library;
    QTimer *m_reload; // a burst of library changes reloads once
    QLabel *m_codesLabel;
    QTreeWidget *m_codes;
    QLabel *m_documentsLabel;
    QListWidget *m_documents;
    QLabel *m_speakersLabel;
    QListWidget *m_speakers;
    QLabel *m_codersLabel;
    QListWidget *m_coders;
    QLabel *m_sideLabel;
    QComboBox *m_side;
    AnalysisFilter m_filter;
    bool m_loading = false;
    // What the user unchecked, by id (coders by name), kept across reloads.
    QSet<qint64> m_uncheckedTags;
    QSet<qint64> m_uncheckedDocuments;
    QSet<qint64> m_uncheckedSpeakers;
    QSet<QString> m_uncheckedCoders;
};

} // namespace bitext::ui
