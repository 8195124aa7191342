// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/cfpworkloaddialog.h"

#include "model/cfp/cfppresets.h"
#include "model/cfp/cfpsimulator.h"
#include "ui/charts/cfpstatechart.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd {
namespace {

QString stepWord(CfpWorkloadStep::Kind kind)
{
    switch (kind) {
    case CfpWorkloadStep::Kind::Insert: return CfpWorkloadDialog::tr("insert");
    case CfpWorkloadStep::Kind::Delete: return CfpWorkloadDialog::tr("delete");
    case CfpWorkloadStep::Kind::Update: return CfpWorkloadDialog::tr("update");
    case CfpWorkloadStep::Kind::Checkpoint: return CfpWorkloadDialog::tr("checkpoint");
    case CfpWorkloadStep::Kind::Merge: return CfpWorkloadDialog::tr("merge");
    case CfpWorkloadStep::Kind::LogBackup: return CfpWorkloadDialog::tr("log backup");
    case CfpWorkloadStep::Kind::FullBackup: return CfpWorkloadDialog::tr("full backup");
    }
    return {};
}

QSpinBox *spinBox(int maximum, int value, const QString &toolTip)
{
    auto *box = new QSpinBox;
    box->setRange(0, maximum);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    box->setToolTip(toolTip);
    return box;
}

} // namespace

CfpWorkloadDialog::CfpWorkloadDialog(const QDateTime &at, QWidget *parent)
    : QDialog(parent), m_example(new QComboBox), m_version(new QComboBox), m_memory(new QComboBox),
      m_rows(spinBox(100'000'000, 8000, tr("Rows inserted, each its own transaction"))),
      m_rowBytes(spinBox(1 << 30, int(CfpPresets::BlogRowBytes),
                         tr("Bytes of a row in a data file: the 24-byte row header and the columns"))),
      m_deletePercent(new QDoubleSpinBox),
      m_checkpoints(spinBox(1000, 1, tr("CHECKPOINTs after the inserts and deletes (each closes the open pair)"))),
      m_merges(spinBox(100, 0, tr("Merges by the documented merge policy, each installed by a checkpoint"))),
      m_logBackups(spinBox(1000, 0, tr("BACKUP LOGs at the end (they release the merged pairs)"))), m_time(new QDateTimeEdit),
      m_steps(new QLabel), m_error(new QLabel)
{
    setWindowTitle(tr("Add a CFP Snapshot from a Workload"));
    setObjectName(QStringLiteral("cfpWorkloadDialog"));
    m_example->setObjectName(QStringLiteral("cfpExampleCombo"));
    m_version->setObjectName(QStringLiteral("cfpWorkloadVersionCombo"));
    m_memory->setObjectName(QStringLiteral("cfpMemoryCombo"));
    m_example->addItem(tr("Custom workload"), 0);
    for (int n = 1; n <= CfpPresets::Count; ++n)
        m_example->addItem(CfpPresets::example(n)->name, n);
    m_example->setToolTip(tr("The examples of Microsoft's blog \"Database Backup with Memory-Optimized Tables\" "
                             "(docs/cfp.md), or a workload of your own"));
    CfpStateChart::addVersions(m_version);
    m_version->setToolTip(tr("The checkpoint file lifecycle played (2014's MERGED SOURCE … TOMBSTONE or 2016's "
                             "WAITING FOR LOG TRUNCATION)"));
    m_memory->addItem(tr("Up to 16 GB (16 MiB data, 1 MiB delta files)"), int(CfpServerMemory::UpTo16GB));
    m_memory->addItem(tr("Over 16 GB (128 MiB data, 16 MiB delta files)"), int(CfpServerMemory::Over16GB));
    m_memory->addItem(tr("Large checkpoint, 2016+ (1 GiB data, 128 MiB delta files)"), int(CfpServerMemory::LargeCheckpoint));
    m_memory->setToolTip(tr("The server memory, which sets the checkpoint files' sizes"));
    m_deletePercent->setRange(0, 100);
    m_deletePercent->setDecimals(1);
    m_deletePercent->setSuffix(QStringLiteral(" %"));
    m_deletePercent->setToolTip(tr("The share of the rows deleted after the inserts"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setTimeSpec(Qt::UTC); // wall-clock values, as every time of a plan (PlanTime)
    m_time->setDateTime(at);
    m_time->setToolTip(tr("Where the snapshot goes on the timeline"));
    m_steps->setObjectName(QStringLiteral("cfpWorkloadSteps"));
    m_steps->setWordWrap(true);
    m_merges->setObjectName(QStringLiteral("cfpMergesSpin"));
    m_error->setObjectName(QStringLiteral("cfpWorkloadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Workload:"), m_example);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Server &memory:"), m_memory);
    form->addRow(tr("&Rows inserted:"), m_rows);
    form->addRow(tr("Row &size (bytes):"), m_rowBytes);
    form->addRow(tr("&Deleted:"), m_deletePercent);
    form->addRow(tr("&Checkpoints:"), m_checkpoints);
    form->addRow(tr("M&erges:"), m_merges);
    form->addRow(tr("&Log backups:"), m_logBackups);
    form->addRow(tr("Snapshot &time:"), m_time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CfpWorkloadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CfpWorkloadDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_example, &QComboBox::currentIndexChanged, this, &CfpWorkloadDialog::exampleChosen);
    for (QSpinBox *count : {m_checkpoints, m_merges, m_logBackups})
        connect(count, &QSpinBox::valueChanged, this, &CfpWorkloadDialog::showSteps);
    connect(m_deletePercent, &QDoubleSpinBox::valueChanged, this, &CfpWorkloadDialog::showSteps);
    exampleChosen();
}

void CfpWorkloadDialog::setExample(int number)
{
    m_example->setCurrentIndex(m_example->findData(number));
}

void CfpWorkloadDialog::exampleChosen()
{
    const int number = m_example->currentData().toInt();
    // An example's steps are the blog's; only its version may be changed.
    for (QWidget *field : {static_cast<QWidget *>(m_memory), static_cast<QWidget *>(m_rows),
                           static_cast<QWidget *>(m_rowBytes), static_cast<QWidget *>(m_deletePercent),
                           static_cast<QWidget *>(m_checkpoints), static_cast<QWidget *>(m_merges),
                           static_cast<QWidget *>(m_logBackups)})
        field->setEnabled(number == 0);
    if (number > 0)
        m_version->setCurrentIndex(m_version->findData(int(CfpPresets::example(number)->version)));
    showSteps();
}

void CfpWorkloadDialog::showSteps()
{
    QStringList words;
    for (const CfpWorkloadStep &step : workload().steps)
        words << stepWord(step.kind);
    m_steps->setText(tr("Steps: %1").arg(words.isEmpty() ? tr("none (an empty table)") : words.join(QStringLiteral(", "))));
    m_error->hide();
}

CfpWorkload CfpWorkloadDialog::workload() const
{
    const int number = m_example->currentData().toInt();
    CfpWorkload workload;
    if (number > 0) {
        workload = *CfpPresets::example(number);
    } else {
        using Kind = CfpWorkloadStep::Kind;
        workload.memory = CfpServerMemory(m_memory->currentData().toInt());
        workload.steps.append({.kind = Kind::Insert, .rows = m_rows->value(), .rowBytes = m_rowBytes->value()});
        if (m_deletePercent->value() > 0)
            workload.steps.append({.kind = Kind::Delete, .share = m_deletePercent->value() / 100.0});
        for (int i = 0; i < m_checkpoints->value(); ++i)
            workload.steps.append({.kind = Kind::Checkpoint});
        for (int i = 0; i < m_merges->value(); ++i) {
            workload.steps.append({.kind = Kind::Merge, .mergeMode = CfpMergeMode::Policy});
            workload.steps.append({.kind = Kind::Checkpoint});
        }
        for (int i = 0; i < m_logBackups->value(); ++i)
            workload.steps.append({.kind = Kind::LogBackup});
        workload.name = tr("%L1 rows of %L2 bytes, %3 % deleted, %n checkpoint(s)", nullptr, m_checkpoints->value())
                            .arg(m_rows->value())
                            .arg(m_rowBytes->value())
                            .arg(m_deletePercent->value())
                        + tr(", %n merge(s)", nullptr, m_merges->value()) + tr(", %n log backup(s)", nullptr, m_logBackups->value());
    }
    workload.version = CfpVersion(m_version->currentData().toInt());
    return workload;
}

QDateTime CfpWorkloadDialog::time() const
{
    return m_time->dateTime();
}

QString CfpWorkloadDialog::problem() const
{
    return CfpSimulator::simulate(workload()).error;
}

void CfpWorkloadDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd
