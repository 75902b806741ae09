#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace bitext::ui {

// Edits the two stop-word lists (Chinese, English), one word a line; OK keeps them in
// the preferences (StopWords::setList), where `bitext report` reads them too. Reset to
// Defaults puts Bitext's own lists back into the editors.
class StopWordsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StopWordsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void resetToDefaults();

    QPlainTextEdit *m_zh = nullptr;
    QPlainTextEdit *m_en = nullptr;
};

} // namespace bitext::ui
