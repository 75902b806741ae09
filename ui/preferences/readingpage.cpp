#include "ui/preferences/readingpage.h"

#include "models/core/preferences.h"
#include "ui/common/languagechange.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace bitext::ui {

ReadingPage::ReadingPage(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QComboBox(this))
{
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    for (int i = 0; i < Preferences::kLayoutCount; ++i)
        m_layout->addItem(QString(), i); // in ReaderArrangement order
    auto *label = new QLabel(this);
    label->setBuddy(m_layout);
    auto *form = new QFormLayout(this);
    form->addRow(label, m_layout);

    onLanguageChange(this, [this, label] {
        label->setText(tr("&Layout of newly opened documents:"));
        const QStringList names {tr("Chinese | English"), tr("English | Chinese"), tr("Chinese only"),
            tr("English only"), tr("Interlinear")};
        for (int i = 0; i < names.size(); ++i)
            m_layout->setItemText(i, names.at(i));
    });
    connect(m_layout, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [](int index) { Preferences::setReaderLayout(index); });
    load();
}

void ReadingPage::load()
{
    const QSignalBlocker block(m_layout);
    m_layout->setCurrentIndex(Preferences::readerLayout());
}

} // namespace bitext::ui
