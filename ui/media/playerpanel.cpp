#include "ui/media/playerpanel.h"

#include "ui/common/clocktext.h"
#include "ui/media/mediacontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <climits>

namespace bitext::ui {

namespace {

const double kSpeeds[] = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    return b;
}

} // namespace

PlayerPanel::PlayerPanel(MediaController *media, const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_media(media)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("playerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);

    m_video = new QVideoWidget(this);
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_video->setMinimumHeight(120);
    m_video->hide();
    layout->addWidget(m_video, 1);
    m_videoWindow = new QWidget(this, Qt::Window);
    m_videoWindow->setObjectName(QStringLiteral("videoWindow"));
    m_videoWindow->resize(640, 360);
    auto *windowLayout = new QVBoxLayout(m_videoWindow);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    m_videoWindow->installEventFilter(this); // closing it brings the video back
    m_media->setVideoOutput(m_video);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mediaMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // names a file
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(button(actions.back, this));
    row->addWidget(button(actions.playPause, this));
    row->addWidget(button(actions.forward, this));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("positionSlider"));
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(5000);
    row->addWidget(m_slider, 1);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("positionLabel"));
    row->addWidget(m_time);
    layout->addLayout(row);

    auto *settings = new QHBoxLayout;
    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    for (double speed : kSpeeds)
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(2);
    m_speedLabel->setBuddy(m_speed);
    m_volumeLabel = new QLabel(this);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(qRound(m_media->volume() * 100));
    m_volume->setMinimumWidth(60); // a dock squeezed beside the timeline keeps a usable slider
    m_volume->setMaximumWidth(120);
    m_volumeLabel->setBuddy(m_volume);
    settings->addWidget(m_speedLabel);
    settings->addWidget(m_speed);
    settings->addSpacing(12);
    settings->addWidget(m_volumeLabel);
    settings->addWidget(m_volume);
    settings->addStretch(1);
    settings->addWidget(button(actions.followAlong, this));
    settings->addWidget(button(actions.detachVideo, this));
    layout->addLayout(settings);

    // Dragging seeks as the thumb moves; a click on the groove jumps a page (Qt's way).
    connect(m_slider, &QSlider::sliderMoved, m_media, [this](int value) { m_media->seek(value); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            m_media->seek(m_slider->sliderPosition());
    });
    connect(m_speed, QOverload<int>::of(&QComboBox::activated), this,
        [this](int index) { m_media->setRate(m_speed->itemData(index).toDouble()); });
    connect(m_media, &MediaController::rateChanged, this, [this](double rate) {
        const int index = m_speed->findData(rate);
        if (index >= 0)
            m_speed->setCurrentIndex(index);
    });
    connect(m_volume, &QSlider::valueChanged, m_media, [this](int value) { m_media->setVolume(value / 100.0); });
    connect(m_media, &MediaController::positionChanged, this, &PlayerPanel::updatePosition);
    connect(m_media, &MediaController::durationChanged, this, &PlayerPanel::updateState);
    connect(m_media, &MediaController::mediaChanged, this, &PlayerPanel::updateState);
    connect(m_media, &MediaController::playingChanged, this, &PlayerPanel::updateState);
    connect(m_media, &MediaController::hasVideoChanged, this, &PlayerPanel::updateVideo);
    connect(actions.detachVideo, &QAction::toggled, this, &PlayerPanel::setVideoDetached);
    retranslate();
    updateState();
}

PlayerPanel::~PlayerPanel()
{
    if (m_media)
        m_media->setVideoOutput(nullptr);
}

void PlayerPanel::retranslate()
{
    m_speedLabel->setText(tr("&Speed:"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(QLocale().toString(m_speed->itemData(i).toDouble())));
    m_volumeLabel->setText(tr("&Volume:"));
    m_slider->setAccessibleName(tr("Position"));
    m_videoWindow->setWindowTitle(tr("Video — Bitext"));
    updatePosition(m_media->position());
}

void PlayerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool PlayerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_videoWindow && event->type() == QEvent::Close && m_detached)
        m_actions.detachVideo->setChecked(false); // toggles back into the panel
    return QWidget::eventFilter(watched, event);
}

void PlayerPanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PlayerPanel::updateState()
{
    const bool media = m_media->hasMedia();
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_speed)})
        w->setEnabled(media);
    m_slider->setRange(0, int(qMin<qint64>(m_media->duration(), INT_MAX)));
    updatePosition(m_media->position());
    updateVideo();
}

void PlayerPanel::updatePosition(qint64 ms)
{
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(qMin<qint64>(ms, INT_MAX)));
    const qint64 duration = m_media->duration();
    m_time->setText(
        m_media->hasMedia() ? tr("%1 / %2").arg(clockText(ms / 1000.0), clockText(duration / 1000.0)) : tr("No media"));
}

void PlayerPanel::setVideoDetached(bool detached)
{
    if (detached == m_detached)
        return;
    m_detached = detached;
    if (m_actions.detachVideo->isChecked() != detached)
        m_actions.detachVideo->setChecked(detached);
    // Moving the video widget to another window can stop GStreamer's playing (its video
    // sink is made anew): it goes on where it was.
    const bool playing = m_media->isPlaying();
    if (detached) {
        m_videoWindow->layout()->addWidget(m_video);
    } else {
        m_videoWindow->hide();
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_video, 1);
    }
    updateVideo();
    if (playing) {
        QTimer::singleShot(0, this, [this] {
            if (m_media && !m_media->isPlaying())
                m_media->play();
        });
    }
}

void PlayerPanel::updateVideo()
{
    const bool video = m_media->hasVideo();
    m_actions.detachVideo->setEnabled(video || m_detached);
    m_video->setVisible(video);
    if (m_detached && video)
        m_videoWindow->show();
    else if (!video)
        m_videoWindow->hide();
}

} // namespace bitext::ui
