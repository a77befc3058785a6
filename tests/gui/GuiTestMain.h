#pragma once

#include <QApplication>
#include <QStandardPaths>
#include <QtTest/QTest>

// Headless unless the caller chose a platform (STYLE.md practice 7), and
// QStandardPaths in test mode so no test touches the user's folders.
#define LIANXIN_GUI_TEST_MAIN(TestClass)                                                                               \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))                                                             \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                                   \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
