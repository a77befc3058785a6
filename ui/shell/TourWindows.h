#pragma once

#include "ui/guarantee/GuaranteeTour.h"

#include <functional>

namespace lx::ui {

class WorkstationShell;

// The screenshot tour's (ScreenshotTour) last part, the workstation's own
// windows: each governance tab, the outbox, Settings, the user guide, About
// and, last, the lock screen (locking hides every other window, so nothing
// follows it). done follows the last shot.
void tourWindows(WorkstationShell &shell, const TourGrab &grab, std::function<void()> done);

} // namespace lx::ui
