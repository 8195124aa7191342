// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/timetoonlinechart.h"

#include "model/document/projectdocument.h"
#include "ui/charts/planchartsstyle.h"
#include "ui/charts/planchartsunits.h"
#include "ui/designerstyle.h"
#include "ui/viewstate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace rd {
namespace {

/// Reading colours, one per step in turn, so that neighbouring steps differ (Tableau 10 without
/// its red, which reads as an error here).
QColor stepColor(int step)
{
    static constexpr QRgb colors[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0x76b7b2, 0xedc948,
                                      0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor(colors[step % int(std::size(colors))]);
}

constexpr qsizetype MaxLegendParts = 8;

} // namespace

TimeToOnlineChart::TimeToOnlineChart(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QChartView(parent), m_document(document), m_viewState(viewState)
{
    setObjectName(QStringLiteral("timeToOnlineChart"));
    PlanChartsStyle::setUp(this);
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (follows(change))
            rebuild();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &TimeToOnlineChart::rebuild);
    rebuild();
}

bool TimeToOnlineChart::follows(const DocumentChange &change) const
{
    // The environment's throughput is a Plans change of every plan (plan -1), a CFP snapshot
    // changes the load's size, the history the backups' sizes and the filegroups.
    return change.touchesPlan(m_viewState->currentPlan()) || change.touchesHistory()
        || change.touches(ChangeKind::CfpSnapshots);
}

void TimeToOnlineChart::rebuild()
{
    ++m_rebuilds;
    m_bars = TimeToOnlineBars::of(m_document->analysis(), m_viewState->currentPlan());
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const PlanChartsUnits::Unit unit = PlanChartsUnits::timeUnitFor(m_bars.maxSeconds());
    const auto &bars = m_bars.bars();
    const int n = int(bars.size());
    // A horizontal bar chart lists its first category at the bottom: reversed, the layout's order
    // reads top to bottom as in the layout pane.
    QStringList categories;
    for (int i = n - 1; i >= 0; --i)
        categories << bars[i].label.toHtmlEscaped(); // the axis reads its labels as rich text

    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.6);
    const auto &parts = m_bars.parts();
    for (int p = 0; p < parts.size(); ++p) {
        auto *set = new QBarSet(parts[p].label);
        for (int i = n - 1; i >= 0; --i)
            *set << m_bars.value(i, p) / unit.divisor;
        const QColor color = parts[p].load ? DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData)
                                           : stepColor(parts[p].step);
        set->setColor(color);
        set->setBorderColor(color.darker(140));
        if (!parts[p].known) { // a lower bound: hatched
            set->setBrush(QBrush(color, Qt::BDiagPattern));
            set->setLabel(tr("%1 (at least)").arg(parts[p].label));
        }
        m_series->append(set);
    }
    if (parts.isEmpty()) { // no step takes time: the categories still show their filegroups
        auto *set = new QBarSet(tr("No step takes time"));
        for (int i = 0; i < n; ++i)
            *set << 0;
        m_series->append(set);
    }
    c->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::hovered, this, &TimeToOnlineChart::hover);

    auto *filegroups = new QBarCategoryAxis;
    filegroups->append(categories);
    c->addAxis(filegroups, Qt::AlignLeft);
    m_series->attachAxis(filegroups);
    auto *time = new QValueAxis;
    time->setTitleText(tr("Time since the restore began (%1)").arg(unit.name));
    time->setRange(0, m_bars.maxSeconds() > 0 ? m_bars.maxSeconds() / unit.divisor : 1);
    time->applyNiceNumbers();
    time->setLabelFormat(QStringLiteral("%.4g"));
    c->addAxis(time, Qt::AlignBottom);
    m_series->attachAxis(time);
    // A legend of more steps than a line holds would elide every entry: the hover names the step.
    c->legend()->setVisible(!parts.isEmpty() && parts.size() <= MaxLegendParts);
    // Every filegroup keeps a readable row: a plan of 200 filegroups makes a tall chart, which
    // the dock scrolls (and an export shows whole).
    setMinimumHeight(qMax(220, 110 + 24 * n));

    const int plan = m_viewState->currentPlan();
    c->setTitle(plan < 0 ? tr("Time to online: no plan")
                         : n == 0 ? tr("Time to online: %1 (no filegroups)").arg(m_bars.planName().toHtmlEscaped())
                                  : tr("Time to online: %1").arg(m_bars.planName().toHtmlEscaped())); // rich text
}

void TimeToOnlineChart::hover(bool on, int category, QBarSet *set)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    const int bar = int(m_bars.bars().size()) - 1 - category; // categories are reversed
    const QString text = m_bars.toolTip(bar, int(m_series->barSets().indexOf(set)));
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace rd
