#include "ui/shell/SaveFileChooser.h"

#include <QFileDialog>

namespace lx::ui {

QStringList &SaveFileChooser::pendingAnswers()
{
    static QStringList answers; // GUI thread only
    return answers;
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
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
        [chosen = std::move(chosen)](const QString &path) { chosen(path); });
    dialog->open();
}

} // namespace lx::ui
