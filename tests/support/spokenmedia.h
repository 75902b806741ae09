#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bitext::test {

// A recording made for a test: espeak-ng says known sentences, sox joins them with
// known silences between (and converts to mp3 / ffmpeg adds a picture for video), so a
// test knows when each sentence starts and ends. Needs espeak-ng, sox with
// libsox-fmt-mp3 and ffmpeg (packaging/install-deps.sh --tests).
struct SpokenMedia
{
    QString path;
    QStringList sentences;
    QList<qint64> startMs; // when each sentence starts in the file
    QList<qint64> endMs;
    qint64 durationMs = 0;

    // The sentences spoken into folder/NAME.FORMAT; format is wav, mp3, ogg (audio) or
    // webm / mp4 (video: a plain picture with the speech). leadMs of silence open the
    // file and gapMs separate the sentences. Throws Error when a tool fails.
    static SpokenMedia make(const QString &folder, const QString &name, const QStringList &sentences,
        const QString &format = QStringLiteral("wav"), int gapMs = 700, int leadMs = 500);
    // Five short sentences, made once per test process and format (a cached file).
    static const SpokenMedia &sample(const QString &format = QStringLiteral("wav"));
    static QStringList sampleSentences();
};

} // namespace bitext::test
