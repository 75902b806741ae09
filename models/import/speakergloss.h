#pragma once

#include <QString>

namespace bitext {

// Names written with their Latin form in parentheses, as Chinese notes do:
// "阿曼達·阿斯凱爾（Amanda Askell）". The importer stores the speaker under the
// name the document uses (阿曼達·阿斯凱爾) with the Latin form as an alias, so the
// same person imported from an English transcript is found by either name.
class SpeakerGloss
{
public:
    static bool isGlossedName(const QString &text);
    // "阿曼達·阿斯凱爾" of a glossed name; the text itself otherwise.
    static QString primaryName(const QString &text);
    // "Amanda Askell" of a glossed name; empty otherwise.
    static QString alias(const QString &text);
    // "1. Name" -> "Name".
    static QString stripNumber(const QString &text);
};

} // namespace bitext
