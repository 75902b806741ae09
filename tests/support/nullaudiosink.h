#pragma once

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace bitext::test {

// A private PulseAudio server with one null sink for this test process: real playback
// (decoding, the audio clock the position follows) with nothing to hear and no sound
// card needed. Its socket is in a temporary folder of its own and PULSE_SERVER points
// this process (and the processes it starts) there, so no two test processes, and no
// desktop session, share an audio server. Started on first use, before any player is
// made; stopped when the process ends (the test main calls shutdown()).
class NullAudioSink
{
public:
    // Starts the server once per process. Throws Error when it cannot start.
    static void ensure();
    static void shutdown();
    // The sink's monitor source, e.g. to record what was played (parec -d).
    static QString monitorSource();
    static QString serverAddress();

    ~NullAudioSink();

private:
    NullAudioSink() = default;
    void start();

    QTemporaryDir m_dir;
    QProcess m_server;
};

} // namespace bitext::test
