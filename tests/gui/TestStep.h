#pragma once

#include <QtTest/QTest>

// Runs a void step that checks with QVERIFY; returns from the calling test
// function if it failed, so a helper's failure ends the test there instead
// of a cascade of failures after it.
#define LX_STEP(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
