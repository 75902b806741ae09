#include "ui/help/manualdialog.h"

#include "models/core/error.h"
#include "models/core/translator.h"
#include "models/text/hanvariants.h"
#include "ui/common/languagechange.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QVector>

#include <utility>

namespace bitext::ui {

namespace {

const char *const kObjectName = "manualDialog";

// Find marks: dark text on yellow (the current one orange), readable in light and dark
// palettes alike, as the reader's find bar marks its hits.
QTextEdit::ExtraSelection mark(const QTextCursor &cursor, bool current)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(current ? QColor(255, 160, 60) : QColor(255, 228, 90));
    selection.format.setForeground(Qt::black);
    return selection;
}

// Case and Chinese script folded character by character (A -> a, 對齊 -> 对齐), as the
// library search folds them: the length stays, so offsets are document positions.
QString fold(const QString &text)
{
    static const HanVariants *han = []() -> const HanVariants * {
        try {
            return &HanVariants::instance();
        } catch (const Error &) {
            return nullptr; // without OpenCC's data: case only
        }
    }();
    QString folded = text;
    for (QChar &c : folded) {
        c = c.toCaseFolded();
        if (han)
            c = han->simplified(c);
    }
    return folded;
}

} // namespace

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_findLabel(new QLabel(this))
    , m_matchCount(new QLabel(this))
{
    setObjectName(QLatin1String(kObjectName));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_find->setObjectName(QStringLiteral("manualFind"));
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_browser->setOpenLinks(false);
    m_contents->setMinimumWidth(160);
    // Room for the count, so the find field does not jump as it changes.
    m_matchCount->setMinimumWidth(m_matchCount->fontMetrics().horizontalAdvance(QStringLiteral("0000 matches")));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matchCount);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 640});
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the find field (next match), never to Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    setTabOrder(m_find, m_contents);
    setTabOrder(m_contents, m_browser);

    connect(m_find, &QLineEdit::textChanged, this, &ManualDialog::find);
    connect(m_find, &QLineEdit::returnPressed, this, &ManualDialog::findNext);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualDialog::openLink);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &ManualDialog::followScroll);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_jumping && row >= 0 && row < m_manual.sections().size())
            showSection(m_manual.sections().at(row).id);
    });
    onLanguageChange(this, [this] {
        retranslate();
        // Translator installs the new catalogue before it records the language: look
        // again once setLanguage() has returned.
        QTimer::singleShot(0, this, [this] {
            if (Translator::currentLanguage() != m_manual.language())
                load(Translator::currentLanguage());
        });
    });
    resize(880, 640);
}

ManualDialog *ManualDialog::showManual(QWidget *window, const QString &section)
{
    auto *dialog = window->findChild<ManualDialog *>(QLatin1String(kObjectName), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new ManualDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (!section.isEmpty())
        dialog->showSection(section);
    return dialog;
}

void ManualDialog::retranslate()
{
    setWindowTitle(tr("Bitext Manual"));
    m_findLabel->setText(tr("&Find:"));
    m_find->setPlaceholderText(tr("Find in the manual…"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("Manual"));
    find(m_find->text());
    if (Translator::currentLanguage() != m_manual.language())
        load(Translator::currentLanguage());
}

void ManualDialog::load(const QString &language)
{
    const QString section = currentSection();
    m_manual = ManualText::load(language);
    m_browser->setMarkdown(m_manual.markdown());
    m_headings.clear();
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            m_headings << block.position();
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    for (int i = 0; i < m_manual.sections().size() && i < m_headings.size(); ++i)
        m_contents->addItem(m_manual.sections().at(i).title);
    find(m_find->text());
    showSection(section.isEmpty() && !m_manual.sections().isEmpty() ? m_manual.sections().first().id : section);
}

void ManualDialog::showSection(const QString &id)
{
    const int index = m_manual.indexOf(id);
    if (index < 0 || index >= m_headings.size())
        return;
    m_jumping = true;
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(m_headings.at(index));
    m_browser->setTextCursor(cursor);
    const QTextBlock block = m_browser->document()->findBlock(m_headings.at(index));
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
    m_contents->setCurrentRow(index);
    m_jumping = false;
}

QString ManualDialog::currentSection() const
{
    const int row = m_contents->currentRow();
    return row >= 0 && row < m_manual.sections().size() ? m_manual.sections().at(row).id : QString();
}

void ManualDialog::find(const QString &text)
{
    m_matches.clear();
    m_currentMatch = -1;
    QTextDocument *document = m_browser->document();
    const QString needle = fold(text);
    const QString haystack = needle.isEmpty() ? QString() : fold(document->toRawText());
    for (int at = haystack.indexOf(needle); !needle.isEmpty() && at >= 0;
         at = haystack.indexOf(needle, at + needle.size())) {
        QTextCursor cursor(document);
        cursor.setPosition(at);
        cursor.setPosition(at + int(needle.size()), QTextCursor::KeepAnchor);
        m_matches << cursor;
    }
    QVector<bool> hasMatch(m_headings.size(), text.isEmpty());
    for (const QTextCursor &match : std::as_const(m_matches)) {
        const int section = sectionAt(match.selectionStart());
        if (section >= 0)
            hasMatch[section] = true;
    }
    for (int row = 0; row < m_contents->count() && row < hasMatch.size(); ++row)
        m_contents->item(row)->setHidden(!hasMatch.at(row));
    m_matchCount->setText(text.isEmpty() ? QString()
            : m_matches.isEmpty()        ? tr("No matches")
                                         : tr("%n match(es)", nullptr, int(m_matches.size())));
    if (!m_matches.isEmpty())
        findNext();
    else
        m_browser->setExtraSelections({});
}

void ManualDialog::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_currentMatch = (m_currentMatch + 1) % int(m_matches.size());
    QList<QTextEdit::ExtraSelection> marks;
    for (int i = 0; i < m_matches.size(); ++i)
        marks << mark(m_matches.at(i), i == m_currentMatch);
    m_browser->setExtraSelections(marks);
    QTextCursor cursor = m_matches.at(m_currentMatch);
    cursor.setPosition(cursor.selectionStart());
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
}

void ManualDialog::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
    else if (url.hasFragment())
        showSection(url.fragment());
}

void ManualDialog::followScroll()
{
    if (m_jumping)
        return;
    // The section whose heading is at or above the top of the view.
    const QPointF top(0, m_browser->verticalScrollBar()->value() + 4);
    const int position = m_browser->document()->documentLayout()->hitTest(top, Qt::FuzzyHit);
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(qMax(0, sectionAt(position)));
}

int ManualDialog::sectionAt(int position) const
{
    int section = -1;
    for (int i = 0; i < m_headings.size() && m_headings.at(i) <= position; ++i)
        section = i;
    return section;
}

} // namespace bitext::ui
