// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/designerstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

#include <cmath>
#include <initializer_list>
#include <numbers>

namespace rd::DesignerStyle {

QColor filegroupColor(FilegroupType type)
{
    switch (type) {
    case FilegroupType::Rows: return QColor(0x3b, 0x6e, 0xa8);
    case FilegroupType::Filestream: return QColor(0x20, 0x7e, 0x6e); // white text on it: 4.9:1
    case FilegroupType::MemoryOptimizedData: return QColor(0x86, 0x4a, 0xb0);
    }
    return Qt::gray;
}

QColor filegroupTint(FilegroupType type)
{
    switch (type) {
    case FilegroupType::Rows: return tintFor(filegroupColor(type), QColor(0xea, 0xf1, 0xfa));
    case FilegroupType::Filestream: return tintFor(filegroupColor(type), QColor(0xe4, 0xf4, 0xf0));
    case FilegroupType::MemoryOptimizedData: return tintFor(filegroupColor(type), QColor(0xf3, 0xeb, 0xf9));
    }
    return Qt::white;
}

QColor logColor()
{
    return QColor(0x8a, 0x6a, 0x32);
}

QColor logTint()
{
    return tintFor(logColor(), QColor(0xf7, 0xf1, 0xe4));
}

QColor backupColor(BackupType type)
{
    switch (type) {
    case BackupType::Full: return QColor(0x2a, 0x62, 0xb0);
    case BackupType::Differential: return QColor(0x5a, 0x9b, 0xdc);
    case BackupType::Partial: return QColor(0x27, 0x8f, 0x62);
    case BackupType::PartialDifferential: return QColor(0x6c, 0xbf, 0x93);
    case BackupType::File: return QColor(0xc8, 0x6f, 0x12);
    case BackupType::FileDifferential: return QColor(0xe6, 0xa6, 0x4f);
    case BackupType::Log: return QColor(0x6a, 0x5a, 0xa8);
    }
    return Qt::gray;
}

QColor fileStateColor(FileState state)
{
    switch (state) {
    case FileState::Online: return QColor(0x2a, 0x80, 0x38); // white text on it: 4.9:1
    case FileState::Restoring:
    case FileState::Recovering: return QColor(0xd9, 0x8c, 0x00);
    case FileState::RecoveryPending: return QColor(0x5f, 0x78, 0x99);
    case FileState::Offline: return QColor(0x74, 0x74, 0x74); // white text on it: 4.7:1
    case FileState::Suspect:
    case FileState::Defunct: return QColor(0xc6, 0x2f, 0x2f);
    }
    return Qt::gray;
}

QColor fileStateTint(FileState state)
{
    switch (state) {
    case FileState::Online: return tintFor(fileStateColor(state), QColor(0xdc, 0xf2, 0xdf));
    case FileState::Restoring:
    case FileState::Recovering: return tintFor(fileStateColor(state), QColor(0xfd, 0xeb, 0xc2));
    case FileState::RecoveryPending: return tintFor(fileStateColor(state), QColor(0xe0, 0xe7, 0xf1));
    case FileState::Offline: return tintFor(fileStateColor(state), QColor(0xe8, 0xe8, 0xe8));
    case FileState::Suspect:
    case FileState::Defunct: return tintFor(fileStateColor(state), QColor(0xf8, 0xd7, 0xd5));
    }
    return Qt::white;
}

QColor databaseStateColor(DatabaseState state)
{
    switch (state) {
    case DatabaseState::Online: return fileStateColor(FileState::Online);
    case DatabaseState::Standby: return QColor(0x3f, 0x8f, 0xa0);
    case DatabaseState::Restoring:
    case DatabaseState::Recovering: return fileStateColor(FileState::Restoring);
    case DatabaseState::RecoveryPending: return fileStateColor(FileState::RecoveryPending);
    case DatabaseState::Suspect:
    case DatabaseState::Emergency: return fileStateColor(FileState::Suspect);
    case DatabaseState::Offline:
    case DatabaseState::None: return fileStateColor(FileState::Offline);
    }
    return Qt::gray;
}

QColor databaseStateTint(DatabaseState state)
{
    switch (state) {
    case DatabaseState::Online: return fileStateTint(FileState::Online);
    case DatabaseState::Standby: return tintFor(databaseStateColor(state), QColor(0xdc, 0xef, 0xf2));
    case DatabaseState::Restoring:
    case DatabaseState::Recovering: return fileStateTint(FileState::Restoring);
    case DatabaseState::RecoveryPending: return fileStateTint(FileState::RecoveryPending);
    case DatabaseState::Suspect:
    case DatabaseState::Emergency: return fileStateTint(FileState::Suspect);
    case DatabaseState::Offline:
    case DatabaseState::None: return fileStateTint(FileState::Offline);
    }
    return Qt::white;
}

QColor severityColor(Severity severity)
{
    QColor base = Qt::gray;
    switch (severity) {
    case Severity::Error: base = QColor(0xc6, 0x2f, 0x2f); break;
    case Severity::Warning: base = QColor(0xe0, 0x9a, 0x00); break; // 2.4:1 on white as it is
    case Severity::Info: base = QColor(0x2f, 0x73, 0xb8); break;
    }
    return readable(base, canvasColor(), MinimumMarkContrast);
}

QColor primaryColor()
{
    return QColor(0xe8, 0xb9, 0x1c);
}

void paintFilegroupGlyph(QPainter *p, const QRectF &r, FilegroupType type, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal w = r.width(), h = r.height();
    QPen pen(color, qMax(1.0, w / 12.0));
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    switch (type) {
    case FilegroupType::Rows: {
        // A table: header row filled, two grid lines.
        const QRectF t = r.adjusted(w * 0.1, h * 0.15, -w * 0.1, -h * 0.15);
        p->drawRect(t);
        p->fillRect(QRectF(t.left(), t.top(), t.width(), t.height() / 3.0), color);
        p->drawLine(QPointF(t.left(), t.top() + t.height() * 2 / 3.0), QPointF(t.right(), t.top() + t.height() * 2 / 3.0));
        p->drawLine(QPointF(t.center().x(), t.top()), QPointF(t.center().x(), t.bottom()));
        break;
    }
    case FilegroupType::Filestream: {
        // A page with a folded corner: unstructured files kept in the file system.
        const QRectF t = r.adjusted(w * 0.2, h * 0.1, -w * 0.2, -h * 0.1);
        const qreal f = t.width() * 0.35;
        QPainterPath path(t.topLeft());
        path.lineTo(t.right() - f, t.top());
        path.lineTo(t.right(), t.top() + f);
        path.lineTo(t.bottomRight());
        path.lineTo(t.bottomLeft());
        path.closeSubpath();
        p->drawPath(path);
        p->drawLine(QPointF(t.right() - f, t.top()), QPointF(t.right() - f, t.top() + f));
        p->drawLine(QPointF(t.right() - f, t.top() + f), QPointF(t.right(), t.top() + f));
        break;
    }
    case FilegroupType::MemoryOptimizedData: {
        // A memory chip with pins: the in-memory OLTP checkpoint containers.
        const QRectF t = r.adjusted(w * 0.22, h * 0.22, -w * 0.22, -h * 0.22);
        p->setBrush(color);
        p->drawRoundedRect(t, w * 0.06, w * 0.06);
        for (int i = 0; i < 3; ++i) {
            const qreal x = t.left() + t.width() * (i + 0.5) / 3.0;
            p->drawLine(QPointF(x, r.top() + h * 0.06), QPointF(x, t.top()));
            p->drawLine(QPointF(x, t.bottom()), QPointF(x, r.bottom() - h * 0.06));
        }
        break;
    }
    }
    p->restore();
}

void paintLogGlyph(QPainter *p, const QRectF &r, const QColor &color)
{
    // Records written one after another, with an arrow: the sequential transaction log.
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal w = r.width(), h = r.height();
    QPen pen(color, qMax(1.0, w / 10.0), Qt::SolidLine, Qt::RoundCap);
    p->setPen(pen);
    for (int i = 0; i < 3; ++i) {
        const qreal y = r.top() + h * (0.25 + 0.25 * i);
        p->drawLine(QPointF(r.left() + w * 0.12, y), QPointF(r.left() + w * (0.55 + 0.1 * (i % 2)), y));
    }
    QPainterPath arrow;
    arrow.moveTo(r.left() + w * 0.72, r.top() + h * 0.3);
    arrow.lineTo(r.left() + w * 0.92, r.top() + h * 0.5);
    arrow.lineTo(r.left() + w * 0.72, r.top() + h * 0.7);
    p->drawPath(arrow);
    p->restore();
}

void paintLockGlyph(QPainter *p, const QRectF &r, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal w = r.width(), h = r.height();
    const QRectF body(r.left() + w * 0.2, r.top() + h * 0.45, w * 0.6, h * 0.45);
    QPen pen(color, qMax(1.0, w / 9.0));
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawArc(QRectF(r.left() + w * 0.32, r.top() + h * 0.1, w * 0.36, h * 0.6), 0, 180 * 16);
    p->drawLine(QPointF(r.left() + w * 0.32, r.top() + h * 0.4), QPointF(r.left() + w * 0.32, body.top()));
    p->drawLine(QPointF(r.left() + w * 0.68, r.top() + h * 0.4), QPointF(r.left() + w * 0.68, body.top()));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(body, w * 0.08, w * 0.08);
    p->restore();
}

void paintStarGlyph(QPainter *p, const QRectF &r, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath star;
    const QPointF c = r.center();
    const qreal outer = qMin(r.width(), r.height()) / 2.0, inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const qreal radius = i % 2 ? inner : outer;
        const QPointF pt(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        i ? star.lineTo(pt) : star.moveTo(pt);
    }
    star.closeSubpath();
    p->setPen(QPen(color.darker(140), qMax(0.8, outer / 8.0)));
    p->setBrush(color);
    p->drawPath(star);
    p->restore();
}

void paintSeverityGlyph(QPainter *p, const QRectF &r, Severity severity)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = severityColor(severity);
    const qreal w = r.width(), h = r.height();
    QPen white(Qt::white, qMax(1.2, w / 8.0), Qt::SolidLine, Qt::RoundCap);
    if (severity == Severity::Warning) {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top() + h * 0.06);
        tri.lineTo(r.right() - w * 0.04, r.bottom() - h * 0.08);
        tri.lineTo(r.left() + w * 0.04, r.bottom() - h * 0.08);
        tri.closeSubpath();
        p->setPen(QPen(c.darker(115), 1));
        p->setBrush(c);
        p->drawPath(tri);
        p->setPen(white);
        p->drawLine(QPointF(r.center().x(), r.top() + h * 0.38), QPointF(r.center().x(), r.top() + h * 0.62));
        p->drawPoint(QPointF(r.center().x(), r.top() + h * 0.77));
    } else {
        const QRectF circle = r.adjusted(w * 0.06, h * 0.06, -w * 0.06, -h * 0.06);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(circle);
        p->setPen(white);
        if (severity == Severity::Error) {
            const QRectF x = circle.adjusted(w * 0.3, h * 0.3, -w * 0.3, -h * 0.3);
            p->drawLine(x.topLeft(), x.bottomRight());
            p->drawLine(x.topRight(), x.bottomLeft());
        } else {
            p->drawLine(QPointF(r.center().x(), r.top() + h * 0.45), QPointF(r.center().x(), r.top() + h * 0.72));
            p->drawPoint(QPointF(r.center().x(), r.top() + h * 0.28));
        }
    }
    p->restore();
}

namespace {

/// Paints an icon at `sizes` (pixels), by default those menus, tables and toolbars ask for.
template<typename Paint>
QIcon paintedIcon(Paint paint, std::initializer_list<int> sizes = {16, 24, 32, 48})
{
    QIcon icon;
    for (const int size : sizes) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRectF(0, 0, size, size));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

QIcon appIcon()
{
    QSvgRenderer svg(QStringLiteral(":/icons/restore-designer.svg"));
    // Up to the sizes a task bar, Alt+Tab or a dock asks for.
    return paintedIcon([&svg](QPainter *p, const QRectF &r) { svg.render(p, r); }, {16, 24, 32, 48, 64, 128, 256});
}

QIcon filegroupIcon(FilegroupType type)
{
    return paintedIcon([type](QPainter *p, const QRectF &r) { paintFilegroupGlyph(p, r, type, filegroupColor(type)); });
}

QIcon logIcon()
{
    return paintedIcon([](QPainter *p, const QRectF &r) { paintLogGlyph(p, r, logColor()); });
}

QIcon lockIcon()
{
    return paintedIcon([](QPainter *p, const QRectF &r) { paintLockGlyph(p, r, QColor(0x55, 0x55, 0x55)); });
}

QIcon severityIcon(Severity severity)
{
    return paintedIcon([severity](QPainter *p, const QRectF &r) { paintSeverityGlyph(p, r, severity); });
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("DesignerStyle", "error");
    case Severity::Warning: return QCoreApplication::translate("DesignerStyle", "warning");
    case Severity::Info: return QCoreApplication::translate("DesignerStyle", "info");
    }
    return {};
}

QIcon okIcon()
{
    return paintedIcon([](QPainter *p, const QRectF &r) {
        p->setRenderHint(QPainter::Antialiasing);
        const qreal w = r.width();
        p->setPen(Qt::NoPen);
        p->setBrush(fileStateColor(FileState::Online));
        p->drawEllipse(r.adjusted(w * 0.06, w * 0.06, -w * 0.06, -w * 0.06));
        p->setPen(QPen(Qt::white, qMax(1.5, w / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath check;
        check.moveTo(r.left() + w * 0.28, r.top() + w * 0.52);
        check.lineTo(r.left() + w * 0.44, r.top() + w * 0.68);
        check.lineTo(r.left() + w * 0.72, r.top() + w * 0.36);
        p->setBrush(Qt::NoBrush);
        p->drawPath(check);
    });
}

QIcon undoIcon(bool redo)
{
    return paintedIcon([redo](QPainter *p, const QRectF &r) {
        p->setRenderHint(QPainter::Antialiasing);
        const qreal w = r.width();
        if (redo) { // mirror horizontally
            p->translate(r.right(), 0);
            p->scale(-1, 1);
        }
        const QColor c(0x3a, 0x4a, 0x5c);
        p->setPen(QPen(c, qMax(1.5, w / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath arc;
        arc.moveTo(w * 0.25, w * 0.42);
        arc.cubicTo(w * 0.45, w * 0.2, w * 0.9, w * 0.3, w * 0.82, w * 0.62);
        arc.cubicTo(w * 0.78, w * 0.78, w * 0.62, w * 0.84, w * 0.5, w * 0.84);
        p->drawPath(arc);
        QPainterPath head;
        head.moveTo(w * 0.1, w * 0.3);
        head.lineTo(w * 0.38, w * 0.22);
        head.lineTo(w * 0.3, w * 0.55);
        head.closeSubpath();
        p->setBrush(c);
        p->setPen(Qt::NoPen);
        p->drawPath(head);
    });
}

QIcon swatchIcon(const QColor &color)
{
    return paintedIcon([color](QPainter *p, const QRectF &r) {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(color.darker(130), 1));
        p->setBrush(color);
        const qreal m = r.width() * 0.18;
        p->drawRoundedRect(r.adjusted(m, m, -m, -m), r.width() * 0.15, r.width() * 0.15);
    });
}

QString formatSize(qint64 bytes)
{
    if (bytes <= 0)
        return QCoreApplication::translate("DesignerStyle", "—");
    static const char *const units[] = {QT_TRANSLATE_NOOP("DesignerStyle", "bytes"),
                                        QT_TRANSLATE_NOOP("DesignerStyle", "KB"),
                                        QT_TRANSLATE_NOOP("DesignerStyle", "MB"),
                                        QT_TRANSLATE_NOOP("DesignerStyle", "GB"),
                                        QT_TRANSLATE_NOOP("DesignerStyle", "TB")};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QStringLiteral("%1 %2")
        .arg(QLocale().toString(value, 'f', whole ? 0 : 1), QCoreApplication::translate("DesignerStyle", units[unit]));
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void showAsError(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, severityColor(Severity::Error));
    widget->setPalette(palette);
}

} // namespace rd::DesignerStyle
