#include "tests/ui/i18n/i18nsupport.h"

#include "models/core/translator.h"
#include "tests/support/tscatalogue.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTest>

#include <catch2/catch.hpp>

namespace bitext::test {

namespace {

// Source text -> the messages that hold it (context and disambiguation), from the Chinese
// catalogue (the same messages as its Traditional twin).
const QHash<QString, QList<TsMessage>> &messagesBySource()
{
    static const QHash<QString, QList<TsMessage>> index = [] {
        QHash<QString, QList<TsMessage>> bySource;
        const QList<TsMessage> messages
            = readTsCatalogue(QStringLiteral(BITEXT_SOURCE_DIR "/translations/bitext_zh_CN.ts"));
        for (const TsMessage &m : messages) {
            if (!m.numerus)
                bySource[m.source] << m;
        }
        return bySource;
    }();
    return index;
}

void addMenu(const QMenu *menu, const QString &path, QList<ShownText> &texts)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        const QString where = path + QLatin1Char('/') + QString::number(int(texts.size()));
        texts << ShownText {where, action->text()};
        // The recent libraries are data (paths), listed afresh each time the menu opens.
        if (action->menu() && action->menu()->objectName() != QLatin1String("recentLibrariesMenu"))
            addMenu(action->menu(), where, texts);
    }
}

// Words to translate. Names stay as they are (GLOSSARY.md: formats, products), as do
// file patterns and paths (a recent library, a folder).
bool hasWords(QString text)
{
    static const QRegularExpression kept(QStringLiteral(
        "\\((?:\\*|\\.)[^)]*\\)|\\b(?:W3C Web Annotations?|Web "
        "Annotations?|REFI-QDA|JSON-LD|JSON|Markdown|HTML|CSV|PDF|"
        "ODT|SRT|WebVTT|SQLite|PostgreSQL|Bitext|Obsidian|Zotero|LibreOffice|Word|NVivo|ATLAS\\.ti|MAXQDA|"
        "QualCoder)\\b"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return !text.contains(QLatin1Char('/')) && word.match(text.remove(kept)).hasMatch();
}

} // namespace

SeedWindow::SeedWindow(QSize size)
{
    QSettings().clear();
    window = std::make_unique<ui::MainWindow>();
    REQUIRE(window->openLibrary(seeds.lib.path()));
    window->resize(size);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->openDocument(seeds.interview);
    QCoreApplication::processEvents();
}

SeedWindow::~SeedWindow()
{
    window->close();
}

QStringList filterPatterns(const QString &filter)
{
    // QFileDialog's own reading of a filter (qt_file_dialog_filter_reg_exp).
    static const QRegularExpression part(
        QStringLiteral("^(.*)\\(([a-zA-Z0-9_.,*? +;#\\-\\[\\]@\\{\\}/!<>\\$%&=^~:\\|]*)\\)$"));
    QStringList patterns;
    const QStringList parts = filter.split(QStringLiteral(";;"));
    for (const QString &text : parts) {
        const QRegularExpressionMatch match = part.match(text);
        patterns << (match.hasMatch() ? match.captured(2) : QStringLiteral("not a filter: ") + text);
    }
    return patterns;
}

LanguageScope::LanguageScope(const QString &language)
{
    const QString shown = Translator::setLanguage(*qApp, language);
    REQUIRE(shown == language);
}

LanguageScope::~LanguageScope()
{
    Translator::setLanguage(*qApp, QStringLiteral("en"));
}

QList<ShownText> menuTexts(const QMenuBar *bar)
{
    QList<ShownText> texts;
    const QList<QAction *> actions = bar->actions();
    for (const QAction *action : actions) {
        if (!action->menu())
            continue;
        const QString where = QString::number(int(texts.size()));
        texts << ShownText {where, action->text()};
        addMenu(action->menu(), where, texts);
    }
    return texts;
}

QList<ShownText> widgetTexts(const QWidget *window)
{
    QList<ShownText> texts {{QStringLiteral("window title"), window->windowTitle()}};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        const QString where
            = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            texts << ShownText {where, label->text()};
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            texts << ShownText {where, button->text()};
        } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
            texts << ShownText {where, box->title()};
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << ShownText {where + QStringLiteral(" item ") + QString::number(i), combo->itemText(i)};
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << ShownText {where + QStringLiteral(" tab ") + QString::number(i), tabs->tabText(i)};
        }
    }
    return texts;
}

QStringList untranslated(const QList<ShownText> &english, const QList<ShownText> &shown)
{
    QStringList problems;
    if (english.size() != shown.size()) {
        problems << QStringLiteral("%1 texts in English, %2 here").arg(english.size()).arg(shown.size());
        return problems;
    }
    const QHash<QString, QList<TsMessage>> &catalogue = messagesBySource();
    for (int i = 0; i < english.size(); ++i) {
        const QString &source = english.at(i).text;
        const QString &text = shown.at(i).text;
        const QString where = shown.at(i).where + QStringLiteral(" \"") + source + QStringLiteral("\" shows \"") + text
            + QLatin1Char('"');
        const auto known = catalogue.constFind(source);
        if (known != catalogue.constEnd()) {
            QStringList expected;
            for (const TsMessage &m : *known) {
                const QString translation = QCoreApplication::translate(m.context.toUtf8().constData(),
                    source.toUtf8().constData(), m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
                if (!expected.contains(translation))
                    expected << translation;
            }
            if (!expected.contains(text))
                problems << where + QStringLiteral(": the catalogue says \"")
                        + expected.join(QStringLiteral("\" or \"")) + QLatin1Char('"');
            else if (!hasHan(text))
                problems << where + QStringLiteral(": not translated (no Chinese in the catalogue)");
        } else if (hasWords(source) && !hasHan(text)) {
            problems << where + QStringLiteral(": not translated");
        }
    }
    return problems;
}

QStringList differences(const QList<ShownText> &expected, const QList<ShownText> &shown)
{
    QStringList problems;
    if (expected.size() != shown.size())
        problems << QStringLiteral("%1 texts expected, %2 shown").arg(expected.size()).arg(shown.size());
    for (int i = 0; i < qMin(expected.size(), shown.size()); ++i) {
        if (expected.at(i).text != shown.at(i).text)
            problems << expected.at(i).where + QStringLiteral(": \"") + shown.at(i).text
                    + QStringLiteral("\" instead of \"") + expected.at(i).text + QLatin1Char('"');
    }
    return problems;
}

} // namespace bitext::test
