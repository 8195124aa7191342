// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/planchartsstyle.h"

#include <memory>

#include "ui/designerstyle.h"

#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

namespace rd::PlanChartsStyle {

void setUp(QChartView *view)
{
    auto *chart = new QChart;
    if (DesignerStyle::isDark())
        chart->setTheme(QChart::ChartThemeDark);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A dock is short: the default margins and the rounded card take a fifth of its height.
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    // setChart() releases the chart the view made for itself without deleting it (Qt 6.4).
    std::unique_ptr<QChart> made(view->chart() != chart ? view->chart() : nullptr);
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumHeight(220);
}

} // namespace rd::PlanChartsStyle
