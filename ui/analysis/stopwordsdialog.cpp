#include "ui/analysis/stopwordsdialog.h"

#include "models/analysis/stopwords.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

StopWordsDialog::StopWordsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Stop Words"));
    auto *intro = new QLabel(tr("Words left out of word frequencies, one a line. Traditional and Simplified forms, "
                                "and capitals, count as the same word."),
        this);
    intro->setWordWrap(true);
    m_zh = new QPlainTextEdit(StopWords::list(Side::Zh).join(QLatin1Char('\n')), this);
    m_zh->setObjectName(QStringLiteral("stopWordsZh"));
    m_zh->setAccessibleName(tr("Chinese stop words"));
    m_en = new QPlainTextEdit(StopWords::list(Side::En).join(QLatin1Char('\n')), this);
    m_en->setObjectName(QStringLiteral("stopWordsEn"));
    m_en->setAccessibleName(tr("English stop words"));
    auto *zhLabel = new QLabel(tr("&Chinese:"), this);
    zhLabel->setBuddy(m_zh);
    auto *enLabel = new QLabel(tr("&English:"), this);
    enLabel->setBuddy(m_en);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *reset = buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setObjectName(QStringLiteral("stopWordsReset"));
    connect(reset, &QPushButton::clicked, this, &StopWordsDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lists = new QGridLayout;
    lists->addWidget(zhLabel, 0, 0);
    lists->addWidget(enLabel, 0, 1);
    lists->addWidget(m_zh, 1, 0);
    lists->addWidget(m_en, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    setTabOrder(m_zh, m_en);
    resize(520, 420);
}

void StopWordsDialog::accept()
{
    StopWords::setList(Side::Zh, m_zh->toPlainText().split(QLatin1Char('\n')));
    StopWords::setList(Side::En, m_en->toPlainText().split(QLatin1Char('\n')));
    QDialog::accept();
}

void StopWordsDialog::resetToDefaults()
{
    m_zh->setPlainText(StopWords::defaults(Side::Zh).join(QLatin1Char('\n')));
    m_en->setPlainText(StopWords::defaults(Side::En).join(QLatin1Char('\n')));
}

} // namespace bitext::ui
