#pragma once

#include <QWidget>

class QComboBox;

namespace bitext::ui {

// Preferences › Reading: the arrangement newly opened documents get (View › Layout
// changes it too: the last layout chosen is the next default).
class ReadingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingPage(QWidget *parent = nullptr);
    void load();

private:
    QComboBox *m_layout;
};

} // namespace bitext::ui
