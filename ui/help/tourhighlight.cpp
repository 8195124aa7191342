// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/tourhighlight.h"

#include <QPainter>

namespace rd {
namespace {
constexpr int Pen = 4; ///< the border's width in pixels, drawn inside the framed area
}

TourHighlight::TourHighlight(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("tourHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void TourHighlight::frame(const QRect &area)
{
    setGeometry(area);
    show();
    raise();
    update();
}

void TourHighlight::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor colour = palette().color(QPalette::Highlight);
    p.setPen(QPen(colour, Pen));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(Pen / 2.0, Pen / 2.0, -Pen / 2.0, -Pen / 2.0), 6, 6);
}

} // namespace rd
