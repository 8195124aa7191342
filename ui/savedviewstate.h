// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rd {

struct Project;

/// The designer's view as a project file keeps it (Project::viewState, the `view_state` table:
/// one row per top-level key). Keys, all optional:
///   "plan"      : integer, the current plan (0-based index into the project's plans)
///   "step"      : integer, the selected step of that plan (0-based), -1 for none
///   "backup"    : string, the id of the selected backup
///   "filegroup" : string, the name of the selected filegroup
///   "timeline"  : {"pixelsPerSecond": number > 0, the zoom of the time axis;
///                  "left": "YYYY-MM-DDTHH:MM:SS[.fff]", the time at the left edge of the lanes;
///                  "axis": "time" (the default) or "lsn", the axis shown (docs/lsn-axis.md);
///                  "lsnZoom": number > 0 and "lsnLeft": LSN digits, the LSN axis's zoom (in the
///                  scene's pixels per second, LsnAxis::Step axis units to an interval) and the
///                  LSN at the left edge, when it was shown}
/// e.g. {"plan": 0, "step": 2, "timeline": {"pixelsPerSecond": 0.06, "left": "2017-03-06T01:00:00"}}.
///
/// Saving the view is never an edit: it is written beside the project, not on the undo stack.
/// Reading never fails: a value of the wrong type is skipped with a problem to report (the view
/// then starts as for a new file); a reference the project no longer has (a plan index past the
/// end, a backup or filegroup that is gone) is dropped silently, as an edit made elsewhere would.
class SavedViewState
{
public:
    int plan = -1; ///< -1 = not saved
    int step = -1; ///< -1 = none
    QString backup;
    QString filegroup;
    double pixelsPerSecond = 0; ///< 0 = no timeline saved (then `left` is invalid too)
    QDateTime left;
    bool lsnAxis = false; ///< the timeline shows the LSN axis
    double lsnZoom = 0;   ///< 0 = no LSN axis view saved (then `lsnLeft` is null too)
    Lsn lsnLeft;

    bool hasTimeline() const { return pixelsPerSecond > 0 && left.isValid(); }
    bool hasLsnView() const { return lsnZoom > 0 && !lsnLeft.isNull(); }

    QJsonObject toJson() const;
    /// Reads `json` against `project`; `*problems` (when given) gets one sentence per malformed value.
    static SavedViewState fromJson(const QJsonObject &json, const Project &project, QStringList *problems = nullptr);

    bool operator==(const SavedViewState &) const = default;
};

} // namespace rd
