// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QChartView;

/// The look the plan charts (time to online, backup sizes) share.
namespace rd::PlanChartsStyle {

/// Gives `view` a new chart laid out for a dock a few hundred pixels high: narrow margins, square
/// corners, the legend under the plot, the dark theme under a dark palette (DesignerStyle::isDark);
/// antialiased; focusable by Tab, so that the Menu key opens its export menu; at least 220 pixels
/// high, the least in which three bars and both axes keep their labels.
void setUp(QChartView *view);

} // namespace rd::PlanChartsStyle
