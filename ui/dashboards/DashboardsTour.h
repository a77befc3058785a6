#pragma once

#include "ui/guarantee/GuaranteeTour.h"

#include <functional>

namespace lx::ui {

class MainWindow;

// The dashboards' part of the screenshot tour (ScreenshotTour): every tab
// the signed-in user sees, once computed, then the drill-down of the
// volume chart's first bar. done follows the last shot.
void tourDashboards(MainWindow &window, const TourGrab &grab, std::function<void()> done);

} // namespace lx::ui
