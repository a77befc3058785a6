#pragma once

#include "ui/mainwindow/Section.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace lx::ui {

// A section that a later release fills: its title, what it will be for,
// and a note that it is not there yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Section section, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PlaceholderPage> m_ui;
    Section m_section;
};

} // namespace lx::ui
