#include "ui/guarantee/GuaranteeTour.h"

#include "models/guarantee/GuaranteeListModel.h"
#include "ui/guarantee/GuaranteeListPage.h"
#include "ui/guarantee/GuaranteeWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include <QPushButton>
#include <QTabWidget>

#include <memory>

namespace lx::ui {

namespace {

// The guarantee with an open demand if there is one, else the first.
QString showcase(models::GuaranteeListModel &model)
{
    QString first;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString no = index.data(models::GuaranteeListModel::GuaranteeNoRole).toString();
        if (first.isEmpty())
            first = no;
        if (index.data(models::GuaranteeListModel::DeadlineDaysRole).isValid())
            return no;
    }
    return first;
}

void grabWindow(GuaranteeListPage *page, const TourGrab &grab, std::function<void()> done)
{
    const QString no = showcase(page->model());
    if (no.isEmpty()) {
        done();
        return;
    }
    GuaranteeWindow *window = page->openGuarantee(no);
    window->resize(1200, 620);
    auto shot = std::make_shared<bool>(false);
    QObject::connect(window, &GuaranteeWindow::loaded, window, [window, grab, done, shot] {
        if (*shot)
            return;
        *shot = true;
        window->findChild<QTabWidget *>(QStringLiteral("gtWindowTabs"))->setCurrentIndex(GuaranteeWindow::DemandsTab);
        grab(window, QStringLiteral("guaranteeWindow"), [window, grab, done] {
            window->findChild<QTabWidget *>(QStringLiteral("gtWindowTabs"))
                ->setCurrentIndex(GuaranteeWindow::TimelineTab);
            grab(window, QStringLiteral("guaranteeTimeline"), [window, done] {
                window->close();
                done();
            });
        });
    });
}

} // namespace

void tourGuarantees(MainWindow &window, const TourGrab &grab, std::function<void()> done)
{
    window.showSection(Section::Guarantees);
    auto *page = window.findChild<GuaranteeListPage *>(QStringLiteral("guaranteesPage"));
    if (!page) {
        done();
        return;
    }
    const auto afterList = [page, grab, done] {
        auto *button = page->findChild<QPushButton *>(QStringLiteral("gtNewButton"));
        if (!button || !button->isVisible()) {
            grabWindow(page, grab, done);
            return;
        }
        page->openIssueForm();
        grab(page->issueWindow(), QStringLiteral("guaranteeIssueForm"), [page, grab, done] {
            page->issueWindow()->hide();
            grabWindow(page, grab, done);
        });
    };
    const auto list = [&window, grab, afterList] { grab(&window, QStringLiteral("guarantees"), afterList); };
    if (page->model().isLoaded()) {
        list();
        return;
    }
    auto shot = std::make_shared<bool>(false);
    QObject::connect(&page->model(), &models::GuaranteeListModel::loaded, page, [list, shot] {
        if (!*shot) {
            *shot = true;
            list();
        }
    });
}

} // namespace lx::ui
