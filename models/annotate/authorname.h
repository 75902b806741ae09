#pragma once

#include <QString>

namespace bitext {

// The name written as the author of new annotations: BITEXT_AUTHOR, else the
// "annotations/author" setting, else the login name ($USER, $USERNAME, $LOGNAME, the home folder).
QString defaultAuthorName();

} // namespace bitext
