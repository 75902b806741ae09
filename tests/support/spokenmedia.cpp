#include "tests/support/spokenmedia.h"

#include "models/core/error.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

namespace bitext::test {

namespace {

constexpr int kRate = 22050; // espeak-ng's own rate: sox joins without resampling

void run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        throw Error(QStringLiteral("cannot start %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(QStringLiteral("%1 %2 failed: %3")
                        .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll())));
}

// The length of a wav file made here (16-bit mono at kRate): its sample count, from sox.
qint64 wavMs(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("sox"), {QStringLiteral("--i"), QStringLiteral("-s"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        throw Error(QStringLiteral("sox --i cannot read %1").arg(path));
    const qint64 samples = QString::fromLatin1(process.readAllStandardOutput()).trimmed().toLongLong();
    return qRound64(samples * 1000.0 / kRate);
}

void silence(const QString &path, int ms)
{
    run(QStringLiteral("sox"),
        {QStringLiteral("-n"), QStringLiteral("-r"), QString::number(kRate), QStringLiteral("-c"), QStringLiteral("1"),
            QStringLiteral("-b"), QStringLiteral("16"), path, QStringLiteral("trim"), QStringLiteral("0"),
            QString::number(ms / 1000.0, 'f', 3)});
}

} // namespace

QStringList SpokenMedia::sampleSentences()
{
    return {QStringLiteral("The first sentence is about rivers."), QStringLiteral("Then we talk about mountains."),
        QStringLiteral("A third one follows here."), QStringLiteral("Now the fourth sentence begins."),
        QStringLiteral("And this is the last one.")};
}

SpokenMedia SpokenMedia::make(const QString &folder, const QString &name, const QStringList &sentences,
    const QString &format, int gapMs, int leadMs)
{
    QTemporaryDir work(folder + QStringLiteral("/spoken-XXXXXX"));
    if (!work.isValid())
        throw Error(QStringLiteral("no temporary folder in %1").arg(folder));
    SpokenMedia media;
    media.sentences = sentences;
    const QString lead = work.filePath(QStringLiteral("lead.wav"));
    const QString gap = work.filePath(QStringLiteral("gap.wav"));
    silence(lead, leadMs);
    silence(gap, gapMs);
    QStringList parts {lead};
    qint64 at = wavMs(lead);
    for (int i = 0; i < sentences.size(); ++i) {
        const QString spoken = work.filePath(QStringLiteral("s%1.wav").arg(i));
        run(QStringLiteral("espeak-ng"),
            {QStringLiteral("-v"), QStringLiteral("en"), QStringLiteral("-s"), QStringLiteral("160"),
                QStringLiteral("-w"), spoken, sentences.at(i)});
        const qint64 length = wavMs(spoken);
        media.startMs << at;
        media.endMs << at + length;
        at += length;
        parts << spoken;
        if (i + 1 < sentences.size()) {
            parts << gap;
            at += gapMs;
        }
    }
    parts << gap; // a little room after the last sentence
    at += gapMs;
    const QString joined = work.filePath(QStringLiteral("joined.wav"));
    run(QStringLiteral("sox"), parts + QStringList {joined});
    media.durationMs = at;
    media.path = QDir(folder).filePath(name + QLatin1Char('.') + format);
    QFile::remove(media.path);
    if (format == QLatin1String("wav")) {
        run(QStringLiteral("sox"), {joined, media.path});
    } else if (format == QLatin1String("ogg")) {
        run(QStringLiteral("sox"), {joined, QStringLiteral("-r"), QStringLiteral("44100"), media.path});
    } else if (format == QLatin1String("mp3")) {
        // ffmpeg, not sox: sox's mp3 has no Xing/Info header, and without one Qt 6.4's
        // GStreamer backend never learns the length. At 44.1 kHz, as such files come.
        run(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                QStringLiteral("-i"), joined, QStringLiteral("-ar"), QStringLiteral("44100"), QStringLiteral("-b:a"),
                QStringLiteral("96k"), media.path});
    } else if (format == QLatin1String("webm") || format == QLatin1String("mp4")) {
        const bool webm = format == QLatin1String("webm");
        run(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("color=c=navy:s=160x120:r=10:d=%1").arg(at / 1000.0, 0, 'f', 3), QStringLiteral("-i"),
                joined, QStringLiteral("-c:v"), webm ? QStringLiteral("libvpx") : QStringLiteral("libx264"),
                QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
                webm ? QStringLiteral("libvorbis") : QStringLiteral("aac"), QStringLiteral("-shortest"), media.path});
    } else {
        throw Error(QStringLiteral("no way to make %1 media").arg(format));
    }
    return media;
}

const SpokenMedia &SpokenMedia::sample(const QString &format)
{
    // Made once per process: the folder lives until the process ends.
    static QTemporaryDir folder;
    static QHash<QString, SpokenMedia> made;
    auto it = made.find(format);
    if (it == made.end())
        it = made.insert(format, make(folder.path(), QStringLiteral("sample"), sampleSentences(), format));
    return *it;
}

} // namespace bitext::test
