#include "ui/preferences/paletteeditor.h"

#include "models/core/preferences.h"
#include "ui/common/colorswatch.h"
#include "ui/common/languagechange.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QToolButton>

namespace bitext::ui {

PaletteEditor::PaletteEditor(QWidget *parent)
    : QWidget(parent)
    , m_swatchLayout(new QHBoxLayout)
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_swatchLayout->setSpacing(2);
    layout->addLayout(m_swatchLayout);
    layout->addSpacing(6);
    m_add->setObjectName(QStringLiteral("addPaletteColor"));
    m_add->setText(QStringLiteral("+"));
    m_remove->setObjectName(QStringLiteral("removePaletteColor"));
    m_remove->setText(QStringLiteral("−"));
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    layout->addStretch(1);
    onLanguageChange(this, [this] {
        m_add->setToolTip(tr("Add a colour"));
        m_add->setAccessibleName(tr("Add a colour"));
        m_remove->setToolTip(tr("Remove the last colour"));
        m_remove->setAccessibleName(tr("Remove the last colour"));
        rebuild();
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        // The first default colour not yet in the palette, so an addition is visible.
        const QList<QColor> defaults = Preferences::defaultHighlightPalette();
        QColor next = defaults.first();
        for (const QColor &color : defaults) {
            if (!m_colors.contains(color)) {
                next = color;
                break;
            }
        }
        m_colors << next;
        edited();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_colors.size() > 1) {
            m_colors.removeLast();
            edited();
        }
    });
}

void PaletteEditor::setColors(const QList<QColor> &colors)
{
    m_colors = colors;
    rebuild();
}

void PaletteEditor::setColorAt(int index, const QColor &color)
{
    if (index < 0 || index >= m_colors.size() || !color.isValid() || m_colors.at(index) == color)
        return;
    m_colors[index] = color;
    edited();
}

QToolButton *PaletteEditor::swatch(int index) const
{
    return m_swatches.value(index);
}

void PaletteEditor::edited()
{
    rebuild();
    emit colorsChanged(m_colors);
}

void PaletteEditor::rebuild()
{
    // Later: rebuild() may run inside a swatch's own clicked().
    for (QToolButton *old : qAsConst(m_swatches)) {
        old->hide();
        old->deleteLater();
    }
    m_swatches.clear();
    for (int i = 0; i < m_colors.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("paletteSwatch%1").arg(i));
        button->setIcon(colorSwatch(m_colors.at(i), 18));
        button->setAutoRaise(true);
        button->setToolTip(tr("Colour %1: %2 (click to change)").arg(i + 1).arg(m_colors.at(i).name()));
        button->setAccessibleName(tr("Highlight colour %1").arg(i + 1));
        connect(button, &QToolButton::clicked, this, [this, i] { pick(i); });
        m_swatchLayout->addWidget(button);
        m_swatches << button;
    }
    m_add->setEnabled(m_colors.size() < Preferences::kMaxPaletteColors);
    m_remove->setEnabled(m_colors.size() > 1);
}

void PaletteEditor::pick(int index)
{
    const QColor color = QColorDialog::getColor(m_colors.value(index), this, tr("Highlight Colour"));
    if (color.isValid())
        setColorAt(index, color);
}

} // namespace bitext::ui
