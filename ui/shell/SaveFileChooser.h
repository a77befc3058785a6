#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace lx::ui {

// Where to save a file, asked without exec(): a non-modal QFileDialog
// answers through chosen(path). The seam for tests (STYLE.md practice 6):
// after setNextAnswer(path) the next question opens no dialog and answers
// path at once (an empty path answers nothing, as a cancelled dialog does).
class SaveFileChooser
{
public:
    static void ask(QWidget *parent, const QString &objectName, const QString &title, const QString &suggestedName,
        const QString &filter, std::function<void(const QString &path)> chosen);

    static void setNextAnswer(const QString &path);
    // Where the question starts (Settings › Export folder); empty: the
    // user's documents folder.
    static void setDefaultFolder(const QString &folder);
    // suggestedName in the default folder: what the dialog proposes.
    static QString suggestedPath(const QString &suggestedName);

private:
    static QStringList &pendingAnswers();
    static QString &defaultFolder();
};

} // namespace lx::ui
