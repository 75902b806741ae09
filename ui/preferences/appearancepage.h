#pragma once

#include "models/core/preferences.h"

#include <QWidget>

class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace bitext::ui {

class PaletteEditor;

// Preferences › Appearance: light, dark or the system's look; the reading faces for
// Simplified Chinese, Traditional Chinese and Latin text and their size; the highlight
// palette; the note editor's syntax theme where the build has KSyntaxHighlighting.
class AppearancePage : public QWidget
{
    Q_OBJECT

public:
    explicit AppearancePage(QWidget *parent = nullptr);
    void load();

private:
    QComboBox *m_appearance;
    QFontComboBox *m_fonts[3];
    QSpinBox *m_size;
    PaletteEditor *m_palette;
    QComboBox *m_syntaxTheme = nullptr;
};

} // namespace bitext::ui
