// The icons (resources/icons, drawn by scripts/draw-icons.py): each one
// loads and draws something, the resource holds no icon nobody names and
// has the application's mark, and the main window wears them where it
// should: every navigation entry, the menus, the list pages' buttons.
#include "ui/shell/Icons.h"

#include "GuiTestMain.h"
#include "WorkstationFixture.h"

#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>

#include <algorithm>
#include <cstdlib>

using lx::test::WorkstationFixture;
using lx::ui::Icon;

namespace {

// How many pixels of the icon at this size are at least this opaque: a
// blank or broken SVG draws none.
int pixelsDrawn(const QIcon &icon, int size, int alpha = 255)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += qAlpha(image.pixel(x, y)) >= alpha ? 1 : 0;
    }
    return drawn;
}

} // namespace

class IconsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconDraws_data();
    void everyIconDraws();
    void theResourceHoldsOnlyNamedIconsAndTheMark();
    void theApplicationMarkDraws();
    void iconsStaySharpAtScale2_data();
    void iconsStaySharpAtScale2();
    void theMainWindowWearsThem();
};

void IconsTest::everyIconDraws_data()
{
    QTest::addColumn<int>("which");
    for (Icon which : lx::ui::kIcons)
        QTest::newRow(qPrintable(lx::ui::iconPath(which))) << static_cast<int>(which);
}

void IconsTest::everyIconDraws()
{
    QFETCH(int, which);
    const Icon icon = static_cast<Icon>(which);
    QVERIFY2(QFile::exists(lx::ui::iconPath(icon)), qPrintable(lx::ui::iconPath(icon)));
    QVERIFY(!lx::ui::icon(icon).isNull());
    // At 24 px, the grid they are drawn on, strokes cover whole pixels. At 16 px
    // a 2-unit stroke is 1.3 px wide and may cover none fully: half is enough.
    QVERIFY(pixelsDrawn(lx::ui::icon(icon), 24) > 0);
    QVERIFY(pixelsDrawn(lx::ui::icon(icon), 16, 128) > 0);
    QVERIFY(pixelsDrawn(lx::ui::icon(icon), 48) > 0);
}

void IconsTest::theResourceHoldsOnlyNamedIconsAndTheMark()
{
    QSet<QString> named = { lx::ui::applicationIconPath() };
    for (Icon which : lx::ui::kIcons) {
        QVERIFY2(!named.contains(lx::ui::iconPath(which)), qPrintable(lx::ui::iconPath(which)));
        named.insert(lx::ui::iconPath(which));
    }
    QSet<QString> inResource;
    const QStringList entries = QDir(QStringLiteral(":/icons")).entryList({ QStringLiteral("*.svg") }, QDir::Files);
    for (const QString &entry : entries)
        inResource.insert(QStringLiteral(":/icons/") + entry);
    QCOMPARE(inResource, named);
}

void IconsTest::theApplicationMarkDraws()
{
    QVERIFY(QFile::exists(lx::ui::applicationIconPath()));
    const QIcon mark = lx::ui::applicationIcon();
    QVERIFY(!mark.isNull());
    // The tile fills most of the square at the sizes a desktop asks for.
    for (int size : { 16, 32, 64, 256 })
        QVERIFY2(pixelsDrawn(mark, size) > size * size / 2, qPrintable(QStringLiteral("%1 px").arg(size)));
}

void IconsTest::iconsStaySharpAtScale2_data()
{
    everyIconDraws_data();
}

namespace {

// Pixels of two same-sized pictures whose colour or opacity differ by more
// than a rounding step.
int pixelsApart(const QImage &a, const QImage &b)
{
    int apart = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int most = std::max({ std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q)) });
            apart += most > 8 ? 1 : 0;
        }
    }
    return apart;
}

} // namespace

// On a HiDPI screen (scale 2) a 24-point icon is 48 device pixels drawn
// from its SVG: the picture the SVG file itself renders at 48, not a
// 24-pixel picture blown up (blurred). The blown-up one is shown to differ,
// so the comparison can tell them apart.
void IconsTest::iconsStaySharpAtScale2()
{
    QFETCH(int, which);
    const QString path = lx::ui::iconPath(static_cast<Icon>(which));
    const QPixmap hidpi = lx::ui::icon(static_cast<Icon>(which)).pixmap(QSize(24, 24), 2.0);
    QCOMPARE(hidpi.devicePixelRatio(), 2.0);
    QCOMPARE(hidpi.size(), QSize(48, 48));
    QImageReader reader(path);
    reader.setScaledSize(QSize(48, 48));
    const QImage fromSvg = reader.read().convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(!fromSvg.isNull(), qPrintable(path + QStringLiteral(": ") + reader.errorString()));
    const QImage atScale = hidpi.toImage().convertToFormat(QImage::Format_ARGB32);
    const int tolerated = 48 * 48 / 50; // 2%: the icon engine and the image reader may round edges apart
    const int apart = pixelsApart(atScale, fromSvg);
    QVERIFY2(apart <= tolerated, qPrintable(QStringLiteral("%1 pixels differ from the SVG at 48").arg(apart)));
    const QImage blownUp = lx::ui::icon(static_cast<Icon>(which))
                               .pixmap(QSize(24, 24), 1.0)
                               .toImage()
                               .scaled(48, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(pixelsApart(blownUp, fromSvg) > tolerated, "a blown-up 24-pixel icon would pass too");
    // And the application's mark, as the window icon of a HiDPI desktop.
    const QPixmap mark = lx::ui::applicationIcon().pixmap(QSize(64, 64), 2.0);
    QCOMPARE(mark.size(), QSize(128, 128));
}

void IconsTest::theMainWindowWearsThem()
{
    WorkstationFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.startAndWaitForSignIn());
    QVERIFY(fixture.signIn(WorkstationFixture::kHuaxiaOfficer));
    lx::ui::MainWindow *window = fixture.shell().mainWindow();

    auto *navigation = WorkstationFixture::find<QListWidget>(window, "navigationList");
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), static_cast<int>(lx::ui::kSections.size()));
    QList<QImage> looks; // one icon per section, none shared
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem *item = navigation->item(row);
        QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
        QVERIFY2(pixelsDrawn(item->icon(), 24) > 0, qPrintable(item->text()));
        const QImage look = item->icon().pixmap(24, 24).toImage();
        QVERIFY2(!looks.contains(look), qPrintable(item->text()));
        looks.append(look);
    }

    for (const char *name : { "actionSwitchIdentity", "actionImportIdentity", "actionQuit", "actionAbout",
             "actionGoTo_worklist", "actionGoTo_governance" }) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && !action->icon().isNull(), name);
    }
    // The pages' buttons that the naming convention reaches (Icons.h, setButtonIcons).
    auto *pages = WorkstationFixture::find<QStackedWidget>(window, "pageStack");
    for (const char *name : { "lcNewButton", "lcExportCsvButton", "lcExportPdfButton", "gtNewButton",
             "approvalsApproveButton", "approvalsReturnButton", "ledgerVerifyButton", "worklistExportCsvButton" }) {
        auto *button = WorkstationFixture::find<QPushButton>(pages, name);
        QVERIFY2(button && !button->icon().isNull(), name);
    }
}

LIANXIN_GUI_TEST_MAIN(IconsTest)
#include "IconsTest.moc"
