#include "tests/ui/retranslate/windowtexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QTreeView>
#include <QXmlStreamReader>

namespace bitext::test {

namespace {

QString nameOf(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char(' ') + object->objectName();
}

class Collector
{
public:
    QVector<ShownText> texts;

    void add(QObject *owner, const QString &what, const QString &text)
    {
        // Qt's own parts (a dock's close button) speak Qt's catalogue, not Bitext's.
        if (owner->objectName().startsWith(QLatin1String("qt_")))
            return;
        if (!text.trimmed().isEmpty())
            texts.push_back({owner, nameOf(owner) + QStringLiteral(": ") + what, text});
    }

    void addAction(QAction *action)
    {
        if (m_seen.contains(action) || action->isSeparator())
            return;
        m_seen.insert(action);
        add(action, QStringLiteral("text"), action->text());
        add(action, QStringLiteral("iconText"), action->iconText());
        add(action, QStringLiteral("toolTip"), action->toolTip());
        add(action, QStringLiteral("statusTip"), action->statusTip());
        add(action, QStringLiteral("whatsThis"), action->whatsThis());
        if (QMenu *menu = action->menu())
            addMenu(menu);
    }

    void addMenu(QMenu *menu)
    {
        add(menu, QStringLiteral("title"), menu->title());
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions)
            addAction(action);
    }

    void addWidget(QWidget *w)
    {
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w, QStringLiteral("windowTitle"), w->windowTitle());
        add(w, QStringLiteral("toolTip"), w->toolTip());
        add(w, QStringLiteral("statusTip"), w->statusTip());
        add(w, QStringLiteral("whatsThis"), w->whatsThis());
        add(w, QStringLiteral("accessibleName"), w->accessibleName());
        add(w, QStringLiteral("accessibleDescription"), w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholderText"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(w, QStringLiteral("placeholderText"), edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            add(w, QStringLiteral("placeholderText"), edit->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), group->title());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                add(w, QStringLiteral("tab tooltip %1").arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            addMenu(menu);
        if (auto *tree = qobject_cast<QTreeView *>(w); tree && !tree->isHeaderHidden() && tree->model()) {
            for (int section = 0; section < tree->model()->columnCount(); ++section) {
                const QString what = QStringLiteral("header %1").arg(section);
                add(w, what, tree->model()->headerData(section, Qt::Horizontal).toString());
                add(w, what + QStringLiteral(" toolTip"),
                    tree->model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        const QList<QAction *> actions = w->actions();
        for (QAction *action : actions)
            addAction(action);
    }

private:
    QSet<QAction *> m_seen;
};

// Mnemonics, ellipses and the tooltips Qt derives from them make no difference.
QString normalized(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

} // namespace

QVector<ShownText> shownTexts(QWidget *window)
{
    Collector collector;
    collector.addWidget(window);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        collector.addWidget(w);
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions)
        collector.addAction(action);
    return collector.texts;
}

Catalogue::Catalogue()
{
    const QDir translations(QStringLiteral(BITEXT_SOURCE_DIR "/translations"));
    QFile ts(translations.filePath(QStringLiteral("bitext_zh_CN.ts")));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source"))
                add(xml.readElementText());
        }
    }
    const QStringList pending
        = QDir(translations.filePath(QStringLiteral("new"))).entryList(QStringList {QStringLiteral("*.json")});
    for (const QString &name : pending) {
        QFile file(translations.filePath(QStringLiteral("new/") + name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray messages = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &message : messages)
            add(message.toObject().value(QStringLiteral("source")).toString());
    }
}

void Catalogue::add(const QString &source)
{
    const QString text = normalized(source);
    if (text.isEmpty())
        return;
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    if (!text.contains(placeholder)) {
        m_sources.insert(text);
        return;
    }
    // A source with arguments matches the texts it makes, when enough of it is words:
    // "%1 of %2" would take any title with "of" for a translated text.
    QString letters = text;
    letters.remove(placeholder);
    if (letters.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4)
        return;
    QString pattern;
    int last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(text.mid(last, m.capturedStart() - last)) + QStringLiteral("(.+)");
        last = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(last));
    m_templates.push_back({source,
        QRegularExpression(
            QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption)});
}

QString Catalogue::sourceOf(const QString &text) const
{
    const QString n = normalized(text);
    if (m_sources.contains(n))
        return n;
    for (const auto &entry : m_templates) {
        if (entry.second.match(n).hasMatch())
            return entry.first;
    }
    return QString();
}

} // namespace bitext::test
