// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/historyimporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace rd {

/// File ▸ Import History…: the format (msdb export, dbatools, backup headers), one or more files,
/// and the database when the files hold several; Import reads them on a worker thread
/// (HistoryImporter::readFiles) with a progress bar in bytes and Cancel.
///
/// The dialog never touches a document: it accepts with the import (result()) once it holds a
/// project, and stays open otherwise — with the reader's errors (file, line, column), with
/// "cancelled", or, when the files hold several databases, with a combo of the names found so the
/// user chooses one and imports again. Closing it while an import runs cancels the import first.
class HistoryImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// What reads the files: HistoryImporter::readFiles unless a test replaces it. Runs on a
    /// worker thread; must honour the ImportProgress it is given.
    using Reader = std::function<HistoryImport(HistoryFormat, const QStringList &, const QString &, const ImportProgress &)>;

    explicit HistoryImportDialog(QWidget *parent = nullptr);
    ~HistoryImportDialog() override;

    HistoryFormat format() const;
    void setFormat(HistoryFormat format);
    QStringList files() const;
    void setFiles(const QStringList &paths);
    /// The database chosen in the combo (empty while the files have not shown several).
    QString database() const;
    void setReader(Reader reader) { m_reader = std::move(reader); }

    /// Starts the import of files() (nothing when there are none or one runs already).
    void startImport();
    /// Asks the running import to stop; it finishes cancelled, nothing kept.
    void cancelImport();
    bool isImporting() const { return m_watcher.isRunning(); }
    /// The last import's result (a project once the dialog accepted).
    const HistoryImport &result() const { return m_result; }
    /// The text under the progress bar: errors, "cancelled", the choice of database.
    QString message() const;

    /// The file dialog's filter for a format's files.
    static QString fileFilter(HistoryFormat format);

    void reject() override;

signals:
    /// An import ended (successfully, with errors, or cancelled); result() holds it.
    void importFinished();

private:
    void addFiles();
    void removeFiles();
    void finished();
    void showProgress();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    QComboBox *m_format;
    QListWidget *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_databaseLabel;
    QComboBox *m_database;
    QProgressBar *m_progress;
    QPlainTextEdit *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QTimer *m_poll;

    struct Shared; ///< what the worker's progress callback writes and the GUI thread polls
    Reader m_reader;
    QFutureWatcher<HistoryImport> m_watcher;
    std::shared_ptr<Shared> m_shared; ///< the running import's (outlives the dialog if need be)
    HistoryImport m_result;
    bool m_closeWhenDone = false; ///< Cancel/Escape while importing: close once the import stopped
};

} // namespace rd
