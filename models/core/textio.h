#pragma once

#include <QTextStream>

#include <cstdio>

namespace bitext {

// A UTF-8 QTextStream on a C stream, written the same way with Qt 5 and Qt 6
// (their codec APIs differ).
void setUtf8(QTextStream &stream);

} // namespace bitext
