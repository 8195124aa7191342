// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpworkload.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rd {

/// "Add from Workload…" of the Checkpoint Files dock: one of the five examples of Microsoft's blog
/// (CfpPresets) or a workload of its own — rows and their size, a share deleted, checkpoints,
/// merges and log backups, the server memory class and the SQL Server version — and the time its
/// snapshot takes on the timeline. OK plays it (CfpSimulator) and stays open with the reason when
/// the simulator refuses it.
class CfpWorkloadDialog : public QDialog
{
    Q_OBJECT
public:
    /// `at`: the snapshot time proposed (the end of the history, say).
    explicit CfpWorkloadDialog(const QDateTime &at, QWidget *parent = nullptr);

    /// The workload the fields describe: the chosen example (under the chosen version), or, for
    /// "Custom", insert rows; delete the share; the checkpoints; each merge (by the merge policy)
    /// with the checkpoint that installs it; the log backups.
    CfpWorkload workload() const;
    /// The snapshot's time: a wall-clock time as plans hold them (PlanTime).
    QDateTime time() const;
    /// Chooses example `number` (1 to 5), or the custom workload for 0.
    void setExample(int number);
    /// Why the workload cannot be played (CfpSimulator's words), or empty.
    QString problem() const;

    void accept() override;

private:
    void exampleChosen();
    /// The steps the workload plays, in a line under the fields; hides an earlier refusal.
    void showSteps();

    QComboBox *m_example;
    QComboBox *m_version;
    QComboBox *m_memory;
    QSpinBox *m_rows;
    QSpinBox *m_rowBytes;
    QDoubleSpinBox *m_deletePercent;
    QSpinBox *m_checkpoints;
    QSpinBox *m_merges;
    QSpinBox *m_logBackups;
    QDateTimeEdit *m_time;
    QLabel *m_steps;
    QLabel *m_error;
};

} // namespace rd
