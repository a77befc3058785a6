# Precompiled headers for the Qt layers (docs/build-time.md): the Qt, protobuf
# and standard headers that nearly every file of models/, ui/ and tests/gui/
# parses again, most of each compile. Only headers from outside the project, so
# editing one of ours never rebuilds a precompiled header. A file must still
# include what it uses: the fuzz build and -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON
# compile without them.

# models/: Qt Core, Gui and Concurrent (never Widgets), protobuf's runtime.
set(LIANXIN_PCH_MODELS
    <algorithm> <chrono> <cstdint> <functional> <map> <memory> <optional> <set> <string> <vector>
    <google/protobuf/arena.h> <google/protobuf/generated_message_reflection.h>
    <google/protobuf/generated_message_util.h> <google/protobuf/message.h> <google/protobuf/repeated_field.h>
    <common/configtx.pb.h> <common/ledger.pb.h> <gateway/gateway.pb.h> <peer/proposal_response.pb.h> <peer/transaction.pb.h>
    <QAbstractTableModel> <QCoreApplication> <QDate> <QDateTime> <QFutureWatcher> <QList> <QLocale>
    <QObject> <QSortFilterProxyModel> <QString> <QStringList> <QTimer> <QtConcurrent/QtConcurrentRun>)

# ui/: the same and the widgets most forms use.
set(LIANXIN_PCH_UI ${LIANXIN_PCH_MODELS}
    <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView>
    <QVBoxLayout> <QWidget>)

# tests/gui/: the same and Qt Test.
set(LIANXIN_PCH_GUI_TESTS ${LIANXIN_PCH_UI}
    <QAbstractItemModelTester> <QApplication> <QSignalSpy> <QTemporaryDir> <QtTest/QTest>)
