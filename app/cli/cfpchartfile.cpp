// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/cfpchartfile.h"

#include "ui/charts/cfpstatechart.h"

#include <QApplication>
#include <QFileInfo>

namespace rd::cli {

bool CfpChartFile::needsWidgets(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("cfp"))
        return false;
    for (const QString &argument : arguments.mid(2))
        if (argument == QLatin1String("--chart") || argument.startsWith(QLatin1String("--chart=")))
            return true;
    return false;
}

QString CfpChartFile::badSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg"))
        return {};
    return suffix.isEmpty() ? tr("--chart %1: the file needs the suffix .png or .svg, which chooses the format").arg(path)
                            : tr("--chart %1: unknown image format \".%2\": give a .png or .svg file").arg(path, suffix);
}

bool CfpChartFile::write(const CfpSource &source, const QString &path, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) { // main.cpp's needsWidgets() decides
        *error = tr("--chart %1: no widgets in this process (a QApplication is needed)").arg(path);
        return false;
    }
    CfpStateChart chart;
    chart.setInventory(source.inventory, source.inputs.dataFilesClosedSinceFull);
    chart.setVersion(source.version);
    // The size the docs' screenshots have: room for nine states' names under their bars.
    // Never shown: rendering a hidden widget sends it the resize events that lay it out.
    chart.resize(1000, 640);
    return chart.exportTo(path, error);
}

} // namespace rd::cli
