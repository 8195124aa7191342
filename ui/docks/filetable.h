// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/datafile.h"

#include <QList>
#include <QTableWidget>

namespace rd {

/// The inspector's table of files (data files, containers or log files): one row per file, whose
/// logical name, path and size (in MB) cells edit in place. It makes no edit itself: a changed
/// cell is reported as the file's new value (fileChanged), which the form turns into one
/// ProjectEdit::replaceFile, and Del asks the form to remove the selected file. The table always
/// shows the files it was last given, so an entry the form does not push reverts.
class FileTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, PathColumn, SizeColumn, ColumnCount };

    explicit FileTable(QWidget *parent = nullptr);

    /// Shows `files`. `folders`: FILESTREAM or memory-optimized containers, whose unknown size
    /// (0) shows blank. `firstFileTip`: the tooltip of the first file's name (the primary data or
    /// log file), or empty. Keeps the selected file selected.
    void setFiles(const QList<DataFile> &files, bool folders, const QString &firstFileTip = {});
    /// The logical name of the selected file, or empty.
    QString selectedFile() const;
    /// Selects the file with this logical name (case-insensitive), if shown.
    void selectFile(const QString &name);

signals:
    /// The user changed a cell of the file named `name`: `file` is its new value, `undoText` says
    /// what changed ("Rename file a to b").
    void fileChanged(const QString &name, const DataFile &file, const QString &undoText);
    /// An entry that is no file value (a size that is not a number), in words.
    void refused(const QString &reason);
    /// Del was pressed with the table focused (not while a cell is being edited).
    void removeRequested();

protected:
    /// Del is taken before the window's shortcuts see it: an action with the same shortcut would
    /// make the window's Edit ▸ Delete ambiguous, and then neither would run.
    bool event(QEvent *event) override;

private:
    void cellEdited(QTableWidgetItem *item);
    void showFiles();
    QTableWidgetItem *cell(int row, int column); ///< the item at row, column, made when missing

    QList<DataFile> m_shown;
    bool m_folders = false;
    QString m_firstFileTip;
};

} // namespace rd
