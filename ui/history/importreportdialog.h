// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/historyimport.h"

#include <QDialog>

class QPlainTextEdit;

namespace rd {

/// After File ▸ Import History succeeded: what the import did, in text the user can select and
/// copy (Copy puts it all on the clipboard) — the backups and rows read, every row skipped and
/// why, the notes on what was inferred, and the warnings. Nothing an importer reports is left out.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const HistoryImport &import, const QStringList &files, QWidget *parent = nullptr);

    /// The report's text: a summary line, then "Skipped rows", "Notes" and "Warnings" sections
    /// (each only when it has entries), one entry a line.
    static QString text(const HistoryImport &import, const QStringList &files);
    QString reportText() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace rd
