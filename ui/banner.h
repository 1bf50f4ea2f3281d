#pragma once
// A coloured line across the top of the window (an error, a warning). Messages quote servers and
// file paths: text, never markup.
#include <QLabel>

namespace insights {

class Banner final : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Error, Warning };
    explicit Banner(Tone tone, QWidget *parent = nullptr);
    // Shows `lines` one per line; hides when there are none.
    void setLines(const QStringList &lines);
};

} // namespace insights
