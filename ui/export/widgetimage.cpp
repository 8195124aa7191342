// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/export/widgetimage.h"

#include "model/io/atomicwrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace rd::WidgetImage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WidgetImage)
};

bool fail(QString *error, const QString &path, const QString &reason)
{
    *error = Tr::tr("Cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace

// Encoded in memory, then written by AtomicWrite: QSaveFile (Qt 6.4) does not notice a failed
// final flush and would rename a short file over the old one (issue 8, full disk).
bool savePng(QWidget *widget, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!widget->grab().save(&buffer, "PNG"))
        return fail(error, path, Tr::tr("the image could not be encoded"));
    return AtomicWrite::writeFile(path, buffer.data(), error);
}

bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        svg.setTitle(title);
        svg.setDescription(Tr::tr("Exported from Restore Designer"));
        QPainter painter(&svg);
        widget->render(&painter);
    } // the generator writes the closing tags when the painter ends
    return AtomicWrite::writeFile(path, buffer.data(), error);
}

bool save(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0
        ? saveSvg(widget, path, title, error)
        : savePng(widget, path, error);
}

} // namespace rd::WidgetImage
