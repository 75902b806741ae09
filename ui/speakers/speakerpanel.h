#pragma once

#include <QWidget>

class QListView;
class QToolBar;

namespace bitext {
class Library;
class SpeakerModel;
}

namespace bitext::ui {

// The speakers dock: the library's speakers (this document's first, with their segment
// counts) and a toolbar of the speaker actions (rename, colour, merge, assign).
class SpeakerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerPanel(QWidget *parent = nullptr);

    void setLibrary(Library *library);
    void setDocument(qint64 documentId);
    qint64 currentSpeakerId() const;
    void selectSpeaker(qint64 speakerId);
    void addSpeakerActions(const QList<QAction *> &actions);

    SpeakerModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

signals:
    void currentSpeakerChanged(qint64 speakerId);
    void speakerActivated(qint64 speakerId);

private:
    SpeakerModel *m_model;
    QListView *m_view;
    QToolBar *m_toolBar;
};

} // namespace bitext::ui
