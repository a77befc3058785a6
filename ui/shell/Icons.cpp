#include "ui/shell/Icons.h"

#include <QAbstractButton>
#include <QWidget>

// The icons' resource is compiled into a static library (resources/): it is
// registered when first needed, and this reference is what links it in.
// Q_INIT_RESOURCE must stand outside any namespace.
static void registerIconResource()
{
    Q_INIT_RESOURCE(icons);
}

namespace lx::ui {

namespace {

QString resourcePath(QLatin1String fileName)
{
    static const bool registered = [] {
        registerIconResource();
        return true;
    }();
    Q_UNUSED(registered);
    return QLatin1String(":/icons/") + fileName;
}

// The file names scripts/draw-icons.py writes (its LINE_ICONS).
QLatin1String fileName(Icon which)
{
    switch (which) {
    case Icon::Worklist:
        return QLatin1String("worklist");
    case Icon::LettersOfCredit:
        return QLatin1String("letters-of-credit");
    case Icon::Approvals:
        return QLatin1String("approvals");
    case Icon::Ledger:
        return QLatin1String("ledger");
    case Icon::Forfaiting:
        return QLatin1String("forfaiting");
    case Icon::Guarantees:
        return QLatin1String("guarantees");
    case Icon::Quotes:
        return QLatin1String("quotes");
    case Icon::Dashboards:
        return QLatin1String("dashboards");
    case Icon::Governance:
        return QLatin1String("governance");
    case Icon::New:
        return QLatin1String("new");
    case Icon::Approve:
        return QLatin1String("approve");
    case Icon::Return:
        return QLatin1String("return");
    case Icon::Export:
        return QLatin1String("export");
    case Icon::Import:
        return QLatin1String("import");
    case Icon::Print:
        return QLatin1String("print");
    case Icon::Refresh:
        return QLatin1String("refresh");
    case Icon::Verify:
        return QLatin1String("verify");
    case Icon::Search:
        return QLatin1String("search");
    case Icon::Filter:
        return QLatin1String("filter");
    case Icon::SignOut:
        return QLatin1String("sign-out");
    case Icon::SwitchIdentity:
        return QLatin1String("switch-identity");
    case Icon::Lock:
        return QLatin1String("lock");
    case Icon::Settings:
        return QLatin1String("settings");
    case Icon::Help:
        return QLatin1String("help");
    case Icon::About:
        return QLatin1String("about");
    case Icon::Outbox:
        return QLatin1String("outbox");
    case Icon::Quit:
        return QLatin1String("quit");
    case Icon::Language:
        return QLatin1String("language");
    }
    return QLatin1String();
}

// The pages name their buttons <page><What>Button; the ending says which
// action it is, whatever the page.
struct ButtonIcon
{
    QLatin1String suffix;
    Icon icon;
};
const ButtonIcon kButtonIcons[] = {
    { QLatin1String("ExportCsvButton"), Icon::Export },
    { QLatin1String("ExportPdfButton"), Icon::Export },
    { QLatin1String("NewButton"), Icon::New },
    { QLatin1String("ApproveButton"), Icon::Approve },
    { QLatin1String("ReturnButton"), Icon::Return },
    { QLatin1String("VerifyButton"), Icon::Verify },
};

} // namespace

QString iconPath(Icon which)
{
    return resourcePath(fileName(which)) + QLatin1String(".svg");
}

QIcon icon(Icon which)
{
    return QIcon(iconPath(which));
}

QString applicationIconPath()
{
    return resourcePath(QLatin1String("lianxin.svg"));
}

QIcon applicationIcon()
{
    return QIcon(applicationIconPath());
}

void setButtonIcons(QWidget *root)
{
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        for (const ButtonIcon &entry : kButtonIcons) {
            if (button->objectName().endsWith(entry.suffix)) {
                button->setIcon(icon(entry.icon));
                break;
            }
        }
    }
}

} // namespace lx::ui
