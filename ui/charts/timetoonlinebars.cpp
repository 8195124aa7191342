// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/timetoonlinebars.h"

#include "model/analysis/projectanalysis.h"
#include "ui/charts/planchartsunits.h"
#include "ui/steptext.h"

#include <QCoreApplication>

namespace rd {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeToOnlineBars)
};

QString lowerBound(bool known, const QString &text)
{
    return known ? text : Tr::tr("≥ %1").arg(text);
}

/// The legend's name of a step: short, as a legend has a line for each step; the hover text
/// says the rest.
QString stepText(const Plan &plan, int step)
{
    const PlanStep s = plan.steps.value(step);
    return Tr::tr("Step %1: %2").arg(step + 1).arg(s.backup.isEmpty() ? StepText::statement(s) : s.backup);
}

QString barLabel(const TimeToOnlineBar &bar)
{
    if (!bar.online)
        return Tr::tr("%1: not online").arg(bar.filegroup);
    if (bar.step < 0)
        return Tr::tr("%1: online before the restore").arg(bar.filegroup);
    return Tr::tr("%1: %2").arg(bar.filegroup, lowerBound(bar.known, PlanChartsUnits::formatSeconds(bar.seconds)));
}

} // namespace

TimeToOnlineBars TimeToOnlineBars::of(const ProjectAnalysis &analysis, int plan)
{
    TimeToOnlineBars out;
    if (plan < 0 || plan >= analysis.planCount() || plan >= analysis.project().plans.size())
        return out;
    const Plan &p = analysis.project().plans[plan];
    const RestoreDuration &duration = analysis.planEstimate(plan).duration;
    out.m_planName = p.name;
    for (const StepDuration &d : duration.steps) {
        if (d.readSeconds > 0)
            out.m_parts.append({d.step, false, d.readSeconds, d.endSeconds, d.known, d.endKnown, stepText(p, d.step)});
        if (d.loadSeconds > 0)
            out.m_parts.append({d.step, true, d.loadSeconds, d.endSeconds, d.known, d.endKnown,
                                Tr::tr("Step %1: memory-optimized load").arg(d.step + 1)});
    }
    for (const FilegroupOnline &f : duration.filegroups) {
        TimeToOnlineBar bar{f.filegroup, f.step, f.online, f.seconds, f.known, {}};
        bar.label = barLabel(bar);
        out.m_bars.append(bar);
    }
    return out;
}

double TimeToOnlineBars::value(int bar, int part) const
{
    if (bar < 0 || bar >= m_bars.size() || part < 0 || part >= m_parts.size())
        return 0;
    const TimeToOnlineBar &b = m_bars[bar];
    return b.online && m_parts[part].step <= b.step ? m_parts[part].seconds : 0;
}

double TimeToOnlineBars::maxSeconds() const
{
    double most = 0;
    for (const TimeToOnlineBar &b : m_bars)
        most = qMax(most, b.online ? b.seconds : 0.0);
    return most;
}

QString TimeToOnlineBars::toolTip(int bar, int part) const
{
    if (bar < 0 || bar >= m_bars.size() || part < 0 || part >= m_parts.size())
        return {};
    const TimeToOnlineBar &b = m_bars[bar];
    QString text;
    if (!b.online)
        text = Tr::tr("%1 is not online at the end of the plan.").arg(b.filegroup);
    else if (b.step < 0)
        text = Tr::tr("%1 is readable before the restore begins.").arg(b.filegroup);
    else
        text = Tr::tr("%1 comes online after step %2, at %3 since the restore began.")
                   .arg(b.filegroup)
                   .arg(b.step + 1)
                   .arg(lowerBound(b.known, PlanChartsUnits::formatSeconds(b.seconds)));
    const TimeToOnlinePart &p = m_parts[part];
    if (value(bar, part) > 0) {
        text += u'\n'
            + (p.load ? Tr::tr("%1: %2 (step ends at %3)")
                      : Tr::tr("%1: reading the backup, %2 (step ends at %3)"))
                  .arg(p.label, lowerBound(p.known, PlanChartsUnits::formatSeconds(p.seconds)),
                       lowerBound(p.endKnown, PlanChartsUnits::formatSeconds(p.endSeconds)));
    }
    if (!b.known)
        text += u'\n' + Tr::tr("A step before has no known size or load rate: the time is a lower bound.");
    return text;
}

} // namespace rd
