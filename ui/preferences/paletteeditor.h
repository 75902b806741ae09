#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace bitext::ui {

// The highlight palette as a row of swatches: click one to pick another colour for it,
// add a colour at the end or remove the last one. Tells of every edit (colorsChanged).
class PaletteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteEditor(QWidget *parent = nullptr);

    QList<QColor> colors() const { return m_colors; }
    // Shows these colours without announcing a change.
    void setColors(const QList<QColor> &colors);
    // Changes one colour as picking it in the colour dialog does.
    void setColorAt(int index, const QColor &color);
    QToolButton *swatch(int index) const;

signals:
    void colorsChanged(const QList<QColor> &colors);

private:
    void rebuild();
    void pick(int index);
    void edited();

    QList<QColor> m_colors;
    QList<QToolButton *> m_swatches;
    QHBoxLayout *m_swatchLayout;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace bitext::ui
