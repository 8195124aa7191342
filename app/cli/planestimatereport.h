// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

/// What `simulate` adds about what a plan costs (issue 10; docs/plan-format.md, "simulate --format
/// json"): per step its estimated duration, on the loading step the memory it needs from the CFP
/// snapshot before it, per plan when each filegroup comes online. Read from
/// ProjectAnalysis::planEstimate, as the designer's Plan dock reads it.
class PlanEstimateReport
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::PlanEstimateReport)
public:
    /// Adds to `step` (a step's simulate JSON) `seconds`, `endSeconds`, `known`, `endKnown` and, on
    /// the loading step with a snapshot before it, `memoryNeeded`.
    static void addToStep(QJsonObject &step, const ProjectAnalysis &analysis, qsizetype plan, int index);
    /// `filegroupsOnline`: [{filegroup, online, step, seconds, known}] in layout order.
    static QJsonArray filegroupsOnline(const ProjectAnalysis &analysis, qsizetype plan);
    /// The text rows of step `index`: (label, value) pairs, "time" always, "memory needed" on the
    /// loading step when a CFP snapshot precedes it.
    static QList<QPair<QString, QString>> stepRows(const ProjectAnalysis &analysis, qsizetype plan, int index);
    /// The text line after the plan's steps: its total time and when each filegroup comes online.
    static QString onlineLine(const ProjectAnalysis &analysis, qsizetype plan);
};

} // namespace rd::cli
