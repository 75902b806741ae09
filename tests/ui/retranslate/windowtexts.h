#pragma once

#include <QPair>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QVector>

class QWidget;

namespace bitext::test {

// One user-visible text of a widget or action: where it is and what it says.
struct ShownText
{
    QPointer<QObject> owner;
    QString where; // "QLabel emptyState: text", for messages
    QString text;
};

// Every text a user can see or hear in a window: window and dock titles, labels, button
// texts, placeholders, combo box entries, tab texts, menu titles, header labels of item
// views, tooltips, status tips, accessible names and descriptions, and the texts of every
// action (menus, tool bars, context menus), in a stable order.
QVector<ShownText> shownTexts(QWidget *window);

// The source strings of Bitext's catalogue (translations/bitext_zh_CN.ts and the new
// strings waiting in translations/new/*.json): a text that is one of them, or fills one
// with arguments, came from tr(); any other text is data (titles, names, transcript).
class Catalogue
{
public:
    Catalogue();
    bool isEmpty() const { return m_sources.isEmpty(); }
    // The source `text` came from, or an empty string for data.
    QString sourceOf(const QString &text) const;

private:
    void add(const QString &source);
    QSet<QString> m_sources;
    QVector<QPair<QString, QRegularExpression>> m_templates;
};

} // namespace bitext::test
