#pragma once

#include "models/domain/speaker.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace bitext::ui {

// Asks for one speaker of the library, each listed with their other names
// ("揚·萊克 (also: Jan Leike)"). Nothing is chosen until the user picks one, so Enter
// alone never acts on a guess; when editable (Assign) a new name may be typed instead.
class SpeakerChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    SpeakerChoiceDialog(const QList<Speaker> &speakers, QWidget *parent = nullptr);

    void setPrompt(const QString &text);
    void setEditable(bool editable);
    // Starts from this speaker (0: none). While it stays chosen OK is disabled: choosing
    // what already is would change nothing.
    void setUnchangedSpeaker(qint64 speakerId);

    // The listed speaker chosen, 0 when none or a new name was typed.
    qint64 chosenSpeakerId() const;
    // The chosen speaker's name, or the new name typed.
    QString chosenName() const;

    QComboBox *comboBox() const { return m_combo; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();

    QList<Speaker> m_speakers;
    qint64 m_unchanged = 0;
    QLabel *m_prompt;
    QComboBox *m_combo;
    QPushButton *m_ok;
};

} // namespace bitext::ui
