#include "ui/speakers/speakerchoicedialog.h"

#include "models/text/untrustedtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bitext::ui {

SpeakerChoiceDialog::SpeakerChoiceDialog(const QList<Speaker> &speakers, QWidget *parent)
    : QDialog(parent)
    , m_speakers(speakers)
{
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText); // names speakers: text, never HTML
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("speakerChoice"));
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Speaker &speaker : speakers)
        m_combo->addItem(speaker.nameWithAliases(), speaker.id);
    m_combo->setCurrentIndex(-1);
    m_prompt->setBuddy(m_combo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_combo, &QComboBox::currentTextChanged, this, &SpeakerChoiceDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_combo);
    layout->addWidget(buttons);
    updateOk();
}

void SpeakerChoiceDialog::setPrompt(const QString &text)
{
    m_prompt->setText(untrustedtext::withoutMnemonic(text)); // the buddy would take a '&' in a name as a shortcut
}

void SpeakerChoiceDialog::setEditable(bool editable)
{
    m_combo->setEditable(editable);
    if (editable) {
        m_combo->lineEdit()->setPlaceholderText(tr("Speaker name"));
        m_combo->setCurrentIndex(-1);
        m_combo->clearEditText();
    }
    updateOk();
}

void SpeakerChoiceDialog::setUnchangedSpeaker(qint64 speakerId)
{
    m_unchanged = speakerId;
    const int index = m_combo->findData(speakerId);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    updateOk();
}

qint64 SpeakerChoiceDialog::chosenSpeakerId() const
{
    // By the text, not the current index: an editable combo box moves its index only
    // when editing ends, and typed text may differ from the entry still current.
    const int index = m_combo->findText(m_combo->currentText());
    return index < 0 ? 0 : m_combo->itemData(index).toLongLong();
}

QString SpeakerChoiceDialog::chosenName() const
{
    if (const qint64 id = chosenSpeakerId()) {
        for (const Speaker &speaker : m_speakers) {
            if (speaker.id == id)
                return speaker.name;
        }
    }
    return m_combo->currentText().trimmed();
}

void SpeakerChoiceDialog::updateOk()
{
    const QString name = chosenName();
    bool unchanged = m_unchanged != 0 && chosenSpeakerId() == m_unchanged;
    for (const Speaker &speaker : m_speakers) {
        // Typing the current speaker's name or alias chooses nothing new either.
        if (speaker.id == m_unchanged && (speaker.name == name || speaker.aliases.contains(name)))
            unchanged = true;
    }
    m_ok->setEnabled(!name.isEmpty() && !unchanged);
}

} // namespace bitext::ui
