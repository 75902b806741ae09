#pragma once

class QCoreApplication;

namespace bitext {

// Names, version and translations shared by the command line and the GUI.
void setupApplication(QCoreApplication &app);

} // namespace bitext
