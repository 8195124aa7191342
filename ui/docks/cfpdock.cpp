// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/cfpdock.h"

#include "model/cfp/cfpestimator.h"
#include "model/cfp/cfpsimulator.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "model/io/checkpointdmvreader.h"
#include "ui/charts/cfpstatechart.h"
#include "ui/docks/cfpworkloaddialog.h"
#include "ui/editgate.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace rd {
namespace {

/// Asks where on the timeline a snapshot goes; nullopt when cancelled.
std::optional<QDateTime> askTime(QWidget *parent, const QString &what, const QDateTime &proposed)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(CfpDock::tr("Time of the CFP Snapshot"));
    auto *edit = new QDateTimeEdit;
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setTimeSpec(Qt::UTC); // wall-clock values, as every time of a plan (PlanTime)
    edit->setDateTime(proposed);
    edit->setToolTip(CfpDock::tr("When sys.dm_db_xtp_checkpoint_files was queried: the snapshot's place on the timeline"));
    auto *label = new QLabel(what);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(label);
    form->addRow(CfpDock::tr("&Taken at:"), edit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->dateTime();
}

int pairCount(const CheckpointInventory &inventory)
{
    int pairs = 0;
    for (const CheckpointFile &file : inventory.files)
        pairs += file.type == CheckpointFileType::Data || file.type == CheckpointFileType::LargeData ? 1 : 0;
    return pairs;
}

QString pagesText(const CfpBackupSize &size)
{
    return CfpDock::tr("%L1 pages (%2)").arg(size.memoryOptimizedPages).arg(CfpStateChartData::bytesText(size.memoryOptimizedBytes()));
}

} // namespace

CfpDock::CfpDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Checkpoint Files"), parent), m_document(document), m_list(new QTreeWidget),
      m_remove(new QPushButton(tr("&Remove"))), m_chart(new CfpStateChart), m_estimates(new QLabel)
{
    setObjectName(QStringLiteral("cfpDock"));
    setToolTip(tr("The checkpoint file pairs of the memory-optimized filegroup: snapshots, their chart and the "
                  "backup estimates"));
    m_list->setObjectName(QStringLiteral("cfpSnapshotList"));
    m_list->setHeaderLabels({tr("Time"), tr("Source"), tr("Pairs")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("The project's CFP snapshots in time order; select one to see its chart"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CfpDock::showSelected);

    auto *importButton = new QPushButton(tr("&Import DMV Export…"));
    importButton->setObjectName(QStringLiteral("cfpImportButton"));
    importButton->setToolTip(tr("Add a snapshot from the saved results of SELECT * FROM sys.dm_db_xtp_checkpoint_files "
                                "(docs/cfp-import.md)"));
    connect(importButton, &QPushButton::clicked, this, &CfpDock::importInteractively);
    auto *workloadButton = new QPushButton(tr("Add from &Workload…"));
    workloadButton->setObjectName(QStringLiteral("cfpWorkloadButton"));
    workloadButton->setToolTip(tr("Add a snapshot played from a workload: one of the blog's examples or your own"));
    connect(workloadButton, &QPushButton::clicked, this, &CfpDock::addWorkloadInteractively);
    m_remove->setObjectName(QStringLiteral("cfpRemoveButton"));
    m_remove->setToolTip(tr("Remove the selected snapshot (Delete in the list)"));
    connect(m_remove, &QPushButton::clicked, this, &CfpDock::removeSelected);
    // Delete in the list only: the window's Delete removes what the timeline or layout has selected.
    auto *removeKey = new QAction(tr("Remove Snapshot"), m_list);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &CfpDock::removeSelected);
    m_list->addAction(removeKey);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(importButton);
    buttons->addWidget(workloadButton);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    m_estimates->setObjectName(QStringLiteral("cfpEstimates"));
    m_estimates->setWordWrap(true);
    m_estimates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chartPane = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_estimates);
    // In a short dock the chart and its table scroll rather than being squeezed over each other.
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(chartPane);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({90, 400});

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_chart, &CfpStateChart::versionChanged, this, &CfpDock::showSelected);
    connect(m_document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(ChangeKind::CfpSnapshots))
            refresh();
    });
    refresh();
}

void CfpDock::refresh()
{
    const QList<CfpSnapshot> &snapshots = m_document->project().cfpSnapshots;
    const QDateTime selected = selectedIndex() >= 0 ? m_list->currentItem()->data(0, Qt::UserRole).toDateTime() : QDateTime();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QTreeWidgetItem *current = nullptr;
        for (const CfpSnapshot &snapshot : snapshots) {
            auto *item = new QTreeWidgetItem(m_list, {PlanTime::toString(snapshot.at), snapshot.source,
                                                      QString::number(pairCount(snapshot.inventory))});
            item->setData(0, Qt::UserRole, snapshot.at);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(1, snapshot.source);
            if (snapshot.at == selected)
                current = item;
        }
        // The one shown before, if it is still there; else the newest, which the next backups follow.
        if (!current && m_list->topLevelItemCount() > 0)
            current = m_list->topLevelItem(m_list->topLevelItemCount() - 1);
        m_list->setCurrentItem(current);
    }
    m_list->resizeColumnToContents(0);
    showSelected();
}

int CfpDock::selectedIndex() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void CfpDock::selectSnapshot(int index)
{
    m_list->setCurrentItem(m_list->topLevelItem(index));
}

void CfpDock::showSelected()
{
    const int index = selectedIndex();
    const QList<CfpSnapshot> &snapshots = m_document->project().cfpSnapshots;
    m_remove->setEnabled(index >= 0);
    if (index < 0 || index >= snapshots.size()) {
        m_shownAt = {};
        m_chart->setInventory({});
        m_estimates->setText(tr("No CFP snapshot: import an export of sys.dm_db_xtp_checkpoint_files, or add one "
                                "from a workload."));
        return;
    }
    const CfpSnapshot &snapshot = snapshots.at(index);
    if (snapshot.at != m_shownAt) { // another snapshot: its own DMV's rules, until the user picks others
        m_shownAt = snapshot.at;
        const QSignalBlocker blocker(m_chart);
        m_chart->setVersion(CfpVersions::defaultFor(snapshot.inventory.version));
    }
    m_chart->setInventory(snapshot.inventory);
    const CfpVersion version = m_chart->version();
    if (const QString why = CfpVersions::mismatch(snapshot.inventory, version); !why.isEmpty()) {
        m_estimates->setText(tr("No estimate under these rules: %1.").arg(why));
        return;
    }
    const CfpBackupSize full = CfpEstimator::fullBackup(snapshot.inventory, version, {});
    const CfpBackupSize differential = CfpEstimator::differentialBackup(snapshot.inventory, version, {});
    const CfpRestoreNeeds restore = CfpEstimator::restoreNeeds(snapshot.inventory);
    QString text = tr("Full backup: %1 of the memory-optimized filegroup. Differential: at most %2 (every data file "
                      "counted: a snapshot does not say which closed since the last full backup). Restore: %3 of memory, "
                      "%4 of disk to provision (4 × memory).")
                       .arg(pagesText(full), pagesText(differential), CfpStateChartData::bytesText(restore.memoryBytes),
                            CfpStateChartData::bytesText(restore.diskBytes));
    text += u' ' + tr("The disk-based filegroups and the active log count as 0 pages: checkpoint files alone do not tell them.");
    if (full.unsizedFiles > 0)
        text += u' ' + tr("%n file(s) without the size their state's rule needs counted as 0 bytes: lower bounds.",
                          nullptr, full.unsizedFiles);
    m_estimates->setText(text);
}

QString CfpDock::estimatesText() const
{
    return m_estimates->text();
}

bool CfpDock::push(const CfpSnapshot &snapshot, QString *error)
{
    QString refusal;
    if (EditGate::push(m_document, -1, ProjectEdit::addCfpSnapshot(snapshot), this, {}, &refusal) != EditGate::Outcome::Pushed) {
        *error = refusal;
        return false;
    }
    const QList<CfpSnapshot> &snapshots = m_document->project().cfpSnapshots;
    for (qsizetype i = 0; i < snapshots.size(); ++i)
        if (snapshots.at(i).at == snapshot.at)
            selectSnapshot(int(i));
    return true;
}

bool CfpDock::importDmvExport(const QString &path, const QDateTime &at, QString *error, QStringList *warnings)
{
    const CheckpointDmvImport imported = CheckpointDmvReader::readFile(path);
    if (warnings)
        *warnings = imported.messages();
    if (!imported.ok()) {
        *error = imported.errors().join(u'\n');
        return false;
    }
    return push({.at = at, .source = QFileInfo(path).fileName(), .inventory = *imported.inventory}, error);
}

bool CfpDock::addWorkload(const CfpWorkload &workload, const QDateTime &at, QString *error)
{
    const CfpSimulation simulation = CfpSimulator::simulate(workload);
    if (!simulation.ok()) {
        *error = simulation.error;
        return false;
    }
    return push({.at = at, .source = tr("workload: %1").arg(workload.name), .inventory = simulation.inventory}, error);
}

bool CfpDock::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return false;
    const QDateTime at = m_document->project().cfpSnapshots.at(index).at;
    return EditGate::push(m_document, -1, ProjectEdit::removeCfpSnapshot(at), this) == EditGate::Outcome::Pushed;
}

QDateTime CfpDock::defaultImportTime(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    if (!modified.isValid())
        return {};
    // The local wall clock the file was saved at, held as plans hold times (PlanTime).
    const QTime t = modified.time();
    return QDateTime(modified.date(), QTime(t.hour(), t.minute(), t.second()), Qt::UTC);
}

QDateTime CfpDock::endOfHistory() const
{
    QDateTime end;
    for (const Backup &backup : m_document->project().backups)
        if (backup.finish.isValid() && (!end.isValid() || backup.finish > end))
            end = backup.finish;
    if (end.isValid())
        return end;
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
}

void CfpDock::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import sys.dm_db_xtp_checkpoint_files"), {},
        tr("DMV exports (*.csv *.txt *.tsv *.rpt);;All files (*)"));
    if (path.isEmpty())
        return;
    // Read once to show the problems before asking anything.
    const CheckpointDmvImport imported = CheckpointDmvReader::readFile(path);
    if (!imported.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Import DMV Export"),
                        tr("%1 cannot be imported; nothing was added.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box.setInformativeText(tr("Fix these lines and import it again:"));
        box.setDetailedText(imported.messages().join(u'\n'));
        box.setText(box.text() + u'\n' + imported.errors().mid(0, 5).join(u'\n'));
        box.exec();
        return;
    }
    const QDateTime modified = defaultImportTime(path);
    QString what = tr("Where does the snapshot of %1 go on the timeline? Proposed: the file's modification time.")
                       .arg(QFileInfo(path).fileName());
    if (!imported.problems.isEmpty())
        what += u'\n' + tr("Warnings:") + u'\n' + imported.messages().mid(0, 5).join(u'\n');
    const auto at = askTime(this, what, modified.isValid() ? modified : endOfHistory());
    if (!at)
        return;
    QString error;
    if (!push({.at = *at, .source = QFileInfo(path).fileName(), .inventory = *imported.inventory}, &error))
        QMessageBox::warning(this, tr("Import DMV Export"), error);
}

void CfpDock::addWorkloadInteractively()
{
    CfpWorkloadDialog dialog(endOfHistory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!addWorkload(dialog.workload(), dialog.time(), &error))
        QMessageBox::warning(this, tr("Add from Workload"), error);
}

} // namespace rd
