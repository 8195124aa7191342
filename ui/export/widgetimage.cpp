#include "ui/export/widgetimage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
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

bool savePng(QWidget *widget, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    if (!widget->grab().save(&file, "PNG"))
        return fail(error, path, Tr::tr("the image could not be encoded"));
    return file.commit() || fail(error, path, file.errorString());
}

bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        svg.setTitle(title);
        svg.setDescription(Tr::tr("Exported from Restore Designer"));
        QPainter painter(&svg);
        widget->render(&painter);
    } // the generator writes the closing tags when the painter ends
    return file.commit() || fail(error, path, file.errorString());
}

bool save(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0
        ? saveSvg(widget, path, title, error)
        : savePng(widget, path, error);
}

} // namespace rd::WidgetImage
