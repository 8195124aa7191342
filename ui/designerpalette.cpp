// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DesignerStyle's colours that follow the palette: contrast (WCAG 2), dark palettes, text on the
// designer's own colours. Declared in designerstyle.h.
#include "ui/designerstyle.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace rd::DesignerStyle {
namespace {
/// WCAG 2's relative luminance of an sRGB colour, 0 (black) to 1 (white).
double luminance(const QColor &c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

/// `a` over `b` with a's weight `t` (0…1).
QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * t + y.redF() * (1 - t)), float(x.greenF() * t + y.greenF() * (1 - t)),
                            float(x.blueF() * t + y.blueF() * (1 - t)));
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor readable(const QColor &text, const QColor &background, double minimum)
{
    if (contrastRatio(text, background) >= minimum)
        return text;
    // Away from the background: lighter on a dark one, darker on a light one, in HSL steps.
    const bool lighten = luminance(background) < 0.18; // where black and white contrast equally
    const QColor hsl = text.toHsl();
    for (int l = hsl.lightness(); l >= 0 && l <= 255; l += lighten ? 4 : -4) {
        const QColor c = QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), l);
        if (contrastRatio(c, background) >= minimum)
            return c;
    }
    return contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background) ? QColor(Qt::white)
                                                                                         : QColor(Qt::black);
}

QColor textOn(const QColor &background)
{
    return readable(QGuiApplication::palette().color(QPalette::Text), background);
}

QColor mutedTextOn(const QColor &background)
{
    return readable(mix(QGuiApplication::palette().color(QPalette::Text), background, 0.6), background);
}

QColor accentTextOn(const QColor &accent, const QColor &background)
{
    return readable(isDark() ? accent.lighter(150) : accent.darker(170), background);
}

QColor canvasColor()
{
    return QGuiApplication::palette().color(QPalette::Base);
}

QColor paletteGrey(int lightGrey)
{
    return mix(QGuiApplication::palette().color(QPalette::Text), canvasColor(), 1 - qBound(0, lightGrey, 255) / 255.0);
}

QColor tintFor(const QColor &strong, const QColor &lightTint)
{
    return isDark() ? mix(strong, canvasColor(), 0.3) : lightTint;
}

} // namespace rd::DesignerStyle
