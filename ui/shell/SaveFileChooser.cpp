#include "ui/shell/SaveFileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace lx::ui {

QStringList &SaveFileChooser::pendingAnswers()
{
    static QStringList answers; // GUI thread only
    return answers;
}

QString &SaveFileChooser::defaultFolder()
{
    static QString folder; // GUI thread only
    return folder;
}

void SaveFileChooser::setDefaultFolder(const QString &folder)
{
    defaultFolder() = folder;
}

QString SaveFileChooser::suggestedPath(const QString &suggestedName)
{
    const QString folder = !defaultFolder().isEmpty()
        ? defaultFolder()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? suggestedName : QDir(folder).filePath(suggestedName);
}

void SaveFileChooser::setNextAnswer(const QString &path)
{
    pendingAnswers().append(path);
}

void SaveFileChooser::ask(QWidget *parent, const QString &objectName, const QString &title,
    const QString &suggestedName, const QString &filter, std::function<void(const QString &)> chosen)
{
    if (!pendingAnswers().isEmpty()) {
        const QString path = pendingAnswers().takeFirst();
        if (!path.isEmpty())
            chosen(path);
        return;
    }
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAccessibleName(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->selectFile(suggestedPath(suggestedName));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
        [chosen = std::move(chosen)](const QString &path) { chosen(path); });
    dialog->open();
}

} // namespace lx::ui
