#pragma once

#include "models/export/exportdata.h"

#include <QString>

class QXmlStreamWriter;

namespace bitext {

// A document's audio or video in a REFI-QDA project: an AudioSource or VideoSource whose
// Transcripts are the document's sides, tied to the media by SyncPoints at the segments'
// times, so that QDA tools play the talk beside its transcript.
class QdpxMediaSource
{
public:
    // Files up to this size travel in the archive; larger ones are referred to where they are.
    static constexpr qint64 kMaxEmbeddedBytes = 512LL * 1024 * 1024;

    // Whether the document has a media file that can be written (attached and present).
    static bool applies(const ExportDocument &document);
    static QString guid(const Document &document);
    // The archive entry (sources/GUID.ext) for an embedded file; empty when it is referred
    // to by its absolute path instead.
    static QString archiveEntry(const ExportDocument &document);
    // The AudioSource/VideoSource element, its Transcripts the sides' texts (the
    // sources/GUID.txt entries written for the TextSources).
    static void write(QXmlStreamWriter &xml, const ExportDocument &document);
};

} // namespace bitext
