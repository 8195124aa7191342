// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A build-time tool (packaging/CMakeLists.txt): renders the program's SVG icon to the PNG sizes of
// the freedesktop hicolor theme, with the same Qt SVG renderer that draws the icon in the program,
// so the build needs no other SVG tool (rsvg-convert, Inkscape).
//
//   svgtopng ICON.svg OUTDIR NAME SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE (1 to 1024 pixels). Exit status 1 with a
// message on stderr when the SVG cannot be read, a size is invalid, an image renders fully
// transparent or cannot be written.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "svgtopng: %s\n", qUtf8Printable(message));
    return 1;
}

/// Whether any pixel of `image` is not fully transparent: a renderer that drew nothing (an SVG
/// feature Qt SVG does not support) must not slip into the package as blank icons.
bool drewSomething(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // command-line arguments only; QPainter on a QImage needs no GUI
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5)
        return fail(QStringLiteral("usage: svgtopng ICON.svg OUTDIR NAME SIZE..."));
    const QString svg = arguments[1], outDir = arguments[2], name = arguments[3];
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(svg));
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments[i].toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("%1: not a size from 1 to 1024 pixels").arg(arguments[i]));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        if (!drewSomething(image))
            return fail(QStringLiteral("%1: renders fully transparent at %2 pixels").arg(svg).arg(size));
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(folder, name);
        if (!QDir().mkpath(folder) || !image.save(path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}
