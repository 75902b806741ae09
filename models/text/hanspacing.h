#pragma once

#include <QString>

namespace bitext {

// Speech-recognition clean-up: removes white space between two Han characters
// ("我 不 认为" -> "我不认为"), which Chinese never writes but ASR output often has.
// Spaces next to Latin words, digits or punctuation stay.
QString removeSpacesBetweenHan(const QString &text);

} // namespace bitext
