// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/cfpinput.h"

namespace rd::cli {

/// `restore-designer cfp … --chart OUT.png|OUT.svg`: the designer's CFP state chart
/// (ui/charts/cfpstatechart.h) rendered without a display. main.cpp gives the cfp command a
/// QApplication on the offscreen platform when --chart is on its command line (needsWidgets()).
class CfpChartFile
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::CfpChartFile)
public:
    /// Whether this command line (program, "cfp", …) asks for a chart, so needs a QApplication.
    static bool needsWidgets(const QStringList &arguments);
    /// Why `path` cannot be a chart file (its suffix is neither .png nor .svg), or empty.
    static QString badSuffix(const QString &path);
    /// Renders the chart of `source` to `path` (PNG or SVG by its suffix), written atomically;
    /// false with *error naming the file and the reason.
    static bool write(const CfpSource &source, const QString &path, QString *error);
};

} // namespace rd::cli
