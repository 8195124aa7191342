// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFlags>
#include <QMetaType>
#include <QStringList>

namespace rd {

/// Which part of the project an edit touched.
enum class ChangeKind {
    Layout = 0x1,
    Events = 0x2,
    Backups = 0x4,
    Plans = 0x8,
    Description = 0x10,
    CfpSnapshots = 0x20, ///< Project::cfpSnapshots
    All = 0x3f
};
Q_DECLARE_FLAGS(Changes, ChangeKind)

} // namespace rd

Q_DECLARE_OPERATORS_FOR_FLAGS(rd::Changes)

namespace rd {

/// What one edit changed, so that each view updates only what the change touches (ProjectDocument
/// emits it after rebuilding the analysis). The detail is a hint that may be wider than the edit,
/// never narrower: `plan` -1 means "any plan may have changed", an empty `backups` list with
/// ChangeKind::Backups means "any backup".
struct DocumentChange
{
    Changes kinds;
    int plan = -1;       ///< the one plan changed (index after the edit), or -1
    int step = -1;       ///< the one step of `plan` changed, or -1 (several, or steps added/removed)
    QStringList backups; ///< ids of the backups added, removed or changed, when known

    /// Everything (a new project, an undo of an edit whose detail is unknown).
    static DocumentChange everything() { return {ChangeKind::All, -1, -1, {}}; }
    bool touches(ChangeKind kind) const { return kinds.testFlag(kind); }
    /// Whether plan `index`'s steps or target (or every plan) may have changed.
    bool touchesPlan(int index) const { return kinds.testFlag(ChangeKind::Plans) && (plan < 0 || plan == index); }
    /// Whether the history (layout, events, backups) changed: every plan's analysis may differ.
    bool touchesHistory() const { return kinds & (ChangeKind::Layout | ChangeKind::Events | ChangeKind::Backups); }
};

} // namespace rd

Q_DECLARE_METATYPE(rd::DocumentChange)
