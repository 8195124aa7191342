// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/states.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>

class QPalette;
class QPainter;
class QRectF;
class QWidget;

/// The designer's visual vocabulary in one place, so the layout, the timeline, the tables and
/// the icons agree: one colour per filegroup kind, backup type, state and severity, and the small
/// glyphs painted with QPainter (no image plugin needed, crisp at any device pixel ratio).
///
/// The strong colours are the same on any palette. Under a dark palette (isDark()) the tints are
/// the strong colour over the palette's Base rather than pastels, and text drawn on the designer's
/// own colours comes from textOn(), mutedTextOn() and accentTextOn(), which keep the WCAG 2 contrast
/// of 4.5:1 for text (https://www.w3.org/TR/WCAG21/#contrast-minimum).
namespace rd::DesignerStyle {

QColor filegroupColor(FilegroupType type); ///< strong colour: header band, glyph
QColor filegroupTint(FilegroupType type);  ///< fill of the box and its lane (light, or dark on a dark palette)
QColor logColor();
QColor logTint();
QColor backupColor(BackupType type);
QColor fileStateColor(FileState state);    ///< ONLINE green, RESTORING amber, RECOVERY_PENDING grey-blue, …
QColor fileStateTint(FileState state);     ///< background for table cells (dark on a dark palette)
QColor databaseStateColor(DatabaseState state);
QColor databaseStateTint(DatabaseState state);
/// Red for errors, amber for warnings, blue for information: as marks (icons, outlines, badges)
/// at least MinimumMarkContrast on the canvas of the palette set now (a darker amber on white, a
/// lighter red and blue on a dark palette).
QColor severityColor(Severity severity);
QColor primaryColor();                     ///< the PRIMARY marker (gold)

/// The minimum contrast ratio of text (WCAG 2, success criterion 1.4.3, level AA).
constexpr double MinimumTextContrast = 4.5;
/// The minimum contrast ratio of marks that carry meaning: icons, outlines, bars (WCAG 2.1, success
/// criterion 1.4.11, non-text contrast).
constexpr double MinimumMarkContrast = 3.0;
/// WCAG 2's contrast ratio of two opaque colours, (L1 + 0.05) / (L2 + 0.05) of their relative
/// luminances, lighter first: 1 (the same) to 21 (black on white); symmetric.
double contrastRatio(const QColor &a, const QColor &b);
/// Whether `palette` is dark: its Window colour's lightness is under 128 (of 255).
bool isDark(const QPalette &palette);
/// Whether the application's palette is dark.
bool isDark();
/// `text`, or the nearest colour of its hue (lighter or darker, away from `background`) with at
/// least `minimum` contrast on `background`; black or white, whichever contrasts more, when no
/// shade of the hue reaches it.
QColor readable(const QColor &text, const QColor &background, double minimum = MinimumTextContrast);
/// The palette's text colour made readable on `background` (a tint, a chip, a card).
QColor textOn(const QColor &background);
/// Secondary text (sizes, captions) on `background`: softer than textOn(), still readable.
QColor mutedTextOn(const QColor &background);
/// Text in the hue of `accent` (a kind, a state) on `background`, e.g. a state's name on its tint.
QColor accentTextOn(const QColor &accent, const QColor &background);
/// The palette's Base: the canvas of the layout and the timeline.
QColor canvasColor();
/// A neutral grey of the light design (0 black … 255 white) carried onto the palette: as far from
/// Base towards Text as `lightGrey` is from white towards black, so axis bands, grid lines and
/// panes keep their weight on a dark palette (and are `lightGrey` itself on black-on-white).
QColor paletteGrey(int lightGrey);
/// The fill of `strong` under text: `lightTint` (its pastel) on a light palette, `strong` faint
/// over canvasColor() on a dark one.
QColor tintFor(const QColor &strong, const QColor &lightTint);

void paintFilegroupGlyph(QPainter *painter, const QRectF &rect, FilegroupType type, const QColor &color);
void paintLogGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintLockGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintStarGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintSeverityGlyph(QPainter *painter, const QRectF &rect, Severity severity);

/// The program's icon (resources/icons/restore-designer.svg, the desktop file's icon), rendered at
/// 16 to 256 pixels with QSvgRenderer, so no SVG icon-engine plugin is needed.
QIcon appIcon();
QIcon filegroupIcon(FilegroupType type);
QIcon logIcon();
QIcon lockIcon();
QIcon severityIcon(Severity severity);
/// "error", "warning", "info" in the user's language (toString() gives the JSON words).
QString severityText(Severity severity);
QIcon okIcon(); ///< a green check: no findings
QIcon undoIcon(bool redo = false); ///< a curved arrow, mirrored for redo
QIcon swatchIcon(const QColor &color); ///< a rounded colour square (backup types, states)

/// "8 MB", "1.5 GB" (binary units, as SSMS shows file sizes).
QString formatSize(qint64 bytes);
/// "2017-03-06 03:00:00": plan times are server wall-clock values (model/domain/plantime.h).
QString formatTime(const QDateTime &time);

/// Gives `widget`'s text the colour of errors (a refusal shown inline, as the Diagnostics dock
/// colours an error).
void showAsError(QWidget *widget);

} // namespace rd::DesignerStyle
