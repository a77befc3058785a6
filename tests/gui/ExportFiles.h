#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lx::test {

// What an export wrote, read back as a person's tools would: the CSV's rows
// (empty unless it starts with the UTF-8 byte order mark), and the PDF's
// text through pdftotext with every whitespace removed (pdftotext breaks
// lines where the layout does; empty when pdftotext is missing or fails).
std::vector<QStringList> readCsvFile(const QString &path);
QString pdfText(const QString &path);

} // namespace lx::test
