// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/planchartsexport.h"

#include "ui/export/widgetimage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace rd::PlanChartsExport {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanChartsExport)
};

void ask(QWidget *chart, const QString &title, const QString &baseName, bool svg)
{
    const QString filter = svg ? Tr::tr("SVG image (*.svg)") : Tr::tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(chart->window(), Tr::tr("Export %1").arg(title),
                                                QDir::home().filePath(baseName + (svg ? QStringLiteral(".svg")
                                                                                      : QStringLiteral(".png"))),
                                                filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(chart, path, title, &error))
        QMessageBox::warning(chart->window(), Tr::tr("Export %1").arg(title), error);
}

} // namespace

QList<QAction *> install(QWidget *chart, const QString &title, const QString &baseName)
{
    auto *png = new QAction(Tr::tr("Export as &PNG…"), chart);
    png->setObjectName(QStringLiteral("exportPngAction"));
    png->setToolTip(Tr::tr("Save the %1 chart as displayed, as a PNG image").arg(title));
    auto *svg = new QAction(Tr::tr("Export as &SVG…"), chart);
    svg->setObjectName(QStringLiteral("exportSvgAction"));
    svg->setToolTip(Tr::tr("Save the %1 chart as a scalable SVG image (vector text and shapes)").arg(title));
    QObject::connect(png, &QAction::triggered, chart, [=] { ask(chart, title, baseName, false); });
    QObject::connect(svg, &QAction::triggered, chart, [=] { ask(chart, title, baseName, true); });
    chart->addAction(png);
    chart->addAction(svg);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    return {png, svg};
}

bool exportTo(QWidget *chart, const QString &path, const QString &title, QString *error)
{
    return WidgetImage::save(chart, path, title, error);
}

} // namespace rd::PlanChartsExport
