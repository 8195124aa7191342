// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historyimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace rd {
namespace {
constexpr int PollMs = 50; ///< how often the bar follows the worker's bytes
const QString DirectoryKey = QStringLiteral("files/lastDirectory"); // shared with File ▸ Open
} // namespace

struct HistoryImportDialog::Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

HistoryImportDialog::HistoryImportDialog(QWidget *parent)
    : QDialog(parent), m_format(new QComboBox), m_files(new QListWidget), m_add(new QPushButton(tr("&Add Files…"))),
      m_remove(new QPushButton(tr("&Remove"))), m_databaseLabel(new QLabel(tr("&Database:"))), m_database(new QComboBox),
      m_progress(new QProgressBar), m_message(new QPlainTextEdit), m_buttons(new QDialogButtonBox),
      m_poll(new QTimer(this)), m_reader(&HistoryImporter::readFiles)
{
    setObjectName(QStringLiteral("historyImportDialog"));
    setWindowTitle(tr("Import Backup History"));
    m_format->setObjectName(QStringLiteral("historyFormatCombo"));
    m_format->addItem(tr("msdb export (SSMS or sqlcmd results of msdb-backup-history.sql)"), int(HistoryFormat::Msdb));
    m_format->addItem(tr("dbatools (Get-DbaDbBackupHistory as JSON or CliXML)"), int(HistoryFormat::Dbatools));
    m_format->addItem(tr("Backup headers (RESTORE HEADERONLY and FILELISTONLY results)"), int(HistoryFormat::HeaderOnly));
    m_format->setToolTip(tr("What the files hold; a format this version cannot read yet says so when imported"));
    m_files->setObjectName(QStringLiteral("historyFilesList"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setToolTip(tr("The files are read in this order, as one history"));
    m_add->setObjectName(QStringLiteral("historyAddFilesButton"));
    m_add->setToolTip(tr("Choose the exported files"));
    m_remove->setObjectName(QStringLiteral("historyRemoveFilesButton"));
    m_remove->setToolTip(tr("Remove the selected files from the list"));
    m_database->setObjectName(QStringLiteral("historyDatabaseCombo"));
    m_database->setToolTip(tr("The files hold backups of several databases: the one to import"));
    m_databaseLabel->setBuddy(m_database);
    m_progress->setObjectName(QStringLiteral("historyImportProgress"));
    m_progress->setRange(0, 1000); // per mille of the bytes: file sizes exceed an int
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_message->setObjectName(QStringLiteral("historyImportMessage"));
    m_message->setReadOnly(true);
    m_message->setMaximumBlockCount(500);
    m_message->setPlaceholderText(tr("Errors name the file, line and column; nothing is changed until the import succeeds."));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("historyImportButton"));
    m_import->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("historyCancelButton"));
    cancel->setToolTip(tr("Stop the import (nothing is kept), or close the dialog"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *filesLabel = new QLabel(tr("Fi&les:"));
    filesLabel->setBuddy(m_files);
    form->addRow(filesLabel, filesRow);
    form->addRow(m_databaseLabel, m_database);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_buttons);
    m_databaseLabel->hide();
    m_database->hide();
    resize(640, 420);

    connect(m_add, &QPushButton::clicked, this, &HistoryImportDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &HistoryImportDialog::removeFiles);
    connect(m_files, &QListWidget::itemSelectionChanged, this, &HistoryImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &HistoryImportDialog::startImport);
    connect(cancel, &QPushButton::clicked, this, &HistoryImportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Other files, maybe another database: the earlier choice no longer applies.
        m_database->clear();
        m_databaseLabel->hide();
        m_database->hide();
    });
    connect(&m_watcher, &QFutureWatcher<HistoryImport>::finished, this, &HistoryImportDialog::finished);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &HistoryImportDialog::showProgress);
    updateButtons();
}

HistoryImportDialog::~HistoryImportDialog()
{
    // The worker keeps its own Shared and result; it only needs telling to stop.
    if (m_shared)
        m_shared->cancel = true;
}

HistoryFormat HistoryImportDialog::format() const
{
    return HistoryFormat(m_format->currentData().toInt());
}

void HistoryImportDialog::setFormat(HistoryFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QStringList HistoryImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

void HistoryImportDialog::setFiles(const QStringList &paths)
{
    m_files->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_files);
        item->setData(Qt::UserRole, path);
    }
    updateButtons();
}

QString HistoryImportDialog::database() const
{
    return m_database->count() > 0 ? m_database->currentText() : QString();
}

QString HistoryImportDialog::fileFilter(HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Msdb:
        return tr("Saved results (*.csv *.txt *.rpt);;All files (*)");
    case HistoryFormat::Dbatools:
        return tr("dbatools exports (*.json *.xml *.clixml);;All files (*)");
    case HistoryFormat::HeaderOnly:
        return tr("Saved results (*.csv *.txt *.rpt);;All files (*)");
    }
    return tr("All files (*)");
}

void HistoryImportDialog::addFiles()
{
    QSettings settings;
    const QString dir = settings.value(DirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Choose History Files"), dir, fileFilter(format()));
    if (chosen.isEmpty())
        return;
    settings.setValue(DirectoryKey, QFileInfo(chosen.first()).absolutePath());
    QStringList all = files();
    for (const QString &path : chosen)
        if (!all.contains(path))
            all << path;
    setFiles(all);
}

void HistoryImportDialog::removeFiles()
{
    qDeleteAll(m_files->selectedItems());
    updateButtons();
}

void HistoryImportDialog::startImport()
{
    if (isImporting() || m_files->count() == 0)
        return;
    m_shared = std::make_shared<Shared>();
    m_closeWhenDone = false;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Reading…"));
    showMessage(QString(), false);
    const std::shared_ptr<Shared> shared = m_shared;
    const ImportProgress progress{[shared](qint64 done, qint64 total) {
        shared->done = done;
        shared->total = total;
        return !shared->cancel.load();
    }};
    m_watcher.setFuture(QtConcurrent::run(m_reader, format(), files(), database(), progress));
    m_poll->start();
    updateButtons();
}

void HistoryImportDialog::cancelImport()
{
    if (m_shared && isImporting())
        m_shared->cancel = true;
}

void HistoryImportDialog::reject()
{
    if (isImporting()) { // stop first; the dialog closes once the worker let go
        cancelImport();
        m_closeWhenDone = true;
        m_progress->setFormat(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void HistoryImportDialog::showProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total, done = m_shared->done;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(total > 0 ? tr("%1 of %2 MB").arg(double(done) / 1e6, 0, 'f', 1).arg(double(total) / 1e6, 0, 'f', 1)
                                    : tr("Reading…"));
}

void HistoryImportDialog::finished()
{
    m_poll->stop();
    showProgress();
    m_result = m_watcher.result();
    m_shared.reset();
    updateButtons();
    if (m_closeWhenDone && !m_result.cancelled) { // finished before it heard Cancel: still, nothing is kept
        m_result = HistoryImport();
        m_result.cancelled = true;
    }
    if (m_result.cancelled) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Cancelled"));
        showMessage(tr("The import was cancelled: nothing was imported, and the project is unchanged."), false);
        emit importFinished();
        if (m_closeWhenDone)
            QDialog::reject();
        return;
    }
    if (!m_result.ok() && database().isEmpty() && m_result.databases.size() > 1) {
        // The reader refuses to guess: offer the names it found, then import again.
        m_database->clear();
        m_database->addItems(m_result.databases);
        m_databaseLabel->show();
        m_database->show();
        m_database->setFocus();
        showMessage(tr("The files hold backups of %n databases: choose one and import again.\n", nullptr,
                       int(m_result.databases.size()))
                        + m_result.errors().join(u'\n'),
                    true);
    } else if (!m_result.ok()) {
        QStringList errors = m_result.errors();
        if (errors.isEmpty())
            errors << tr("the files hold no backup history");
        showMessage(errors.join(u'\n'), true);
    }
    emit importFinished();
    if (m_result.ok())
        accept();
    else if (m_closeWhenDone)
        QDialog::reject();
}

void HistoryImportDialog::updateButtons()
{
    const bool busy = isImporting();
    m_import->setEnabled(!busy && m_files->count() > 0);
    m_remove->setEnabled(!busy && !m_files->selectedItems().isEmpty());
    m_add->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_files->setEnabled(!busy);
    m_database->setEnabled(!busy);
}

void HistoryImportDialog::showMessage(const QString &text, bool error)
{
    m_message->setPlainText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::Text, error ? QColor(0xb0, 0x1e, 0x1e) : this->palette().color(QPalette::Text));
    m_message->setPalette(palette);
}

QString HistoryImportDialog::message() const
{
    return m_message->toPlainText();
}

} // namespace rd
