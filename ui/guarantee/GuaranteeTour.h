#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace lx::ui {

class MainWindow;

// The guarantee screens' part of the screenshot tour (ScreenshotTour): the
// list, the issuance form (for an officer) and the window of the guarantee
// whose demand is open, on its demands tab. grab(widget, name, next)
// saves a widget in every language and continues with next; done follows
// the last shot.
using TourGrab = std::function<void(QWidget *, const QString &, std::function<void()>)>;
void tourGuarantees(MainWindow &window, const TourGrab &grab, std::function<void()> done);

} // namespace lx::ui
