// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace rd {

class ProjectAnalysis;

/// One stacked part of the time-to-online bars: a step's reading of its backup, or the
/// memory-optimized data its recovery loads (R-MOD-004). Each filegroup's bar stacks the parts of
/// the steps up to the one that brings it online, so the parts' edges are the steps' ends.
struct TimeToOnlinePart
{
    int step = -1;        ///< 0-based index in the plan
    bool load = false;    ///< false: reading the step's backup; true: loading memory-optimized data
    double seconds = 0;   ///< StepDuration::readSeconds or loadSeconds
    double endSeconds = 0; ///< the step's end since the plan began (StepDuration::endSeconds)
    bool known = true;    ///< StepDuration::known: false makes `seconds` a lower bound
    bool endKnown = true; ///< StepDuration::endKnown: false makes `endSeconds` a lower bound
    QString label;        ///< the legend's text: "Step 2: imoltp_log" (the backup read), "Step 2: memory-optimized load"
};

/// One filegroup's bar: from 0 to the time it becomes readable (FilegroupOnline).
struct TimeToOnlineBar
{
    QString filegroup;
    int step = -1;      ///< 0-based step that brings it online; -1 readable before the plan, or never
    bool online = false; ///< readable at the end of the plan
    double seconds = 0;  ///< since the plan began
    bool known = true;   ///< false: `seconds` is a lower bound (a step before had an unknown duration)
    /// The category's text: "PRIMARY: 28 s", "imoltp_secondary: ≥ 36 s", "archive: not online",
    /// "ro_001: online before the restore".
    QString label;
};

/// What the time-to-online chart shows for one plan, read from the analysis
/// (ProjectAnalysis::planEstimate(plan).duration, at the environment's restore throughput): one
/// bar per filegroup in layout order, stacked from the parts of the steps that bring it online.
/// A pure value: the chart builds its series from it, and tests read it without a window.
class TimeToOnlineBars
{
public:
    /// The bars of plan `plan` of `analysis`; empty (no bars, no parts) for an index out of range.
    static TimeToOnlineBars of(const ProjectAnalysis &analysis, int plan);

    QString planName() const { return m_planName; }
    const QList<TimeToOnlineBar> &bars() const { return m_bars; }
    /// The parts with time in them, by step (reading before loading); a step that takes no time is left out.
    const QList<TimeToOnlinePart> &parts() const { return m_parts; }

    /// Seconds part `part` adds to bar `bar`: the part's seconds when its step is at or before the
    /// one that brings the filegroup online, else 0 (also for indexes out of range).
    double value(int bar, int part) const;
    /// The longest bar, in seconds (0 without bars).
    double maxSeconds() const;
    /// The hover text of part `part` of bar `bar`: the filegroup, when it comes online, and that
    /// step's share, in seconds with units. Empty for indexes out of range.
    QString toolTip(int bar, int part) const;

private:
    QString m_planName;
    QList<TimeToOnlineBar> m_bars;
    QList<TimeToOnlinePart> m_parts;
};

} // namespace rd
