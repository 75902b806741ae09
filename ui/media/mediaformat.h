#pragma once

#include <QCoreApplication>
#include <QString>

namespace bitext::ui {

// What a file that cannot be played holds, in words for the user: so "cannot play" names
// the file and its format (and what to install) instead of the backend's bare error.
class MediaFormat
{
    Q_DECLARE_TR_FUNCTIONS(MediaFormat)

public:
    // Non-empty when the file's content is plainly not audio or video (a transcript, a
    // PDF, an image): the message to show. Empty when it may be media.
    static QString notMediaReason(const QString &path);
    // The message for media the backend could not play (usually a missing decoder).
    static QString unplayableReason(const QString &path, const QString &backendMessage);
    // "MP3 audio (audio/mpeg)": the format as the MIME database names it.
    static QString describe(const QString &path);
};

} // namespace bitext::ui
