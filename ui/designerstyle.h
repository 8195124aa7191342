#pragma once

#include "model/domain/enums.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/states.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>

class QWidget;

class QPainter;
class QRectF;

/// The designer's visual vocabulary in one place, so the layout, the timeline, the tables and
/// the icons agree: one colour per filegroup kind, backup type, state and severity, and the small
/// glyphs painted with QPainter (no image plugin needed, crisp at any device pixel ratio).
namespace rd::DesignerStyle {

QColor filegroupColor(FilegroupType type); ///< strong colour: header band, glyph
QColor filegroupTint(FilegroupType type);  ///< light fill of the box and its lane
QColor logColor();
QColor logTint();
QColor backupColor(BackupType type);
QColor fileStateColor(FileState state);    ///< ONLINE green, RESTORING amber, RECOVERY_PENDING grey-blue, …
QColor fileStateTint(FileState state);     ///< light background for table cells
QColor databaseStateColor(DatabaseState state);
QColor databaseStateTint(DatabaseState state);
QColor severityColor(Severity severity);
QColor primaryColor();                     ///< the PRIMARY marker (gold)

void paintFilegroupGlyph(QPainter *painter, const QRectF &rect, FilegroupType type, const QColor &color);
void paintLogGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintLockGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintStarGlyph(QPainter *painter, const QRectF &rect, const QColor &color);
void paintSeverityGlyph(QPainter *painter, const QRectF &rect, Severity severity);

QIcon filegroupIcon(FilegroupType type);
QIcon logIcon();
QIcon lockIcon();
QIcon severityIcon(Severity severity);
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
