// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/projectedit.h"

#include <QCoreApplication>
#include <optional>

namespace rd {

/// A kind of event the designer's palette offers (issue 9, item 3), dropped on a lane of the
/// timeline at a time: a failure of the whole database, a failure of what the lane holds (a
/// filegroup, or the log), a filegroup switched READ_ONLY or READ_WRITE, a change of recovery
/// model, a marked transaction. What a dropped event needs beyond its time and lane gets a default
/// the user changes afterwards in the event dialog (a unique mark name, the other recovery model).
struct PaletteEvent
{
    Q_DECLARE_TR_FUNCTIONS(rd::PaletteEvent)
public:
    enum class Kind { DatabaseFailure, LaneFailure, SetReadOnly, SetReadWrite, SetRecoveryModel, Mark };

    /// Where a drop lands: the lane's filegroup, or the log lane, or neither (off the lanes).
    struct Lane
    {
        QString filegroup; ///< empty: not a filegroup's lane
        bool log = false;  ///< the log lane
    };

    Kind kind = Kind::DatabaseFailure;

    /// Stable text for drag and drop: "database-failure", "failure", "read-only", …
    QString key() const;
    /// What the palette shows (translated): "Failure of the database", "Read-only switch", …
    QString name() const;
    /// What it does on the timeline, for the palette's tooltip (translated).
    QString description() const;
    EventKind eventKind() const;
    /// Every kind, in the palette's order.
    static QList<PaletteEvent> all();
    static std::optional<PaletteEvent> fromKey(const QString &key);
    bool operator==(const PaletteEvent &) const = default;

    /// Why this kind cannot land on `lane` of `project`, in one sentence; empty when it can. A
    /// filegroup's failure or switch needs a filegroup's lane (the log has no READ_ONLY option); a
    /// failure on the log lane is a damaged log. SQL Server refuses a READ_ONLY memory-optimized
    /// filegroup (EditRefusal). A read-only PRIMARY is not refused here: R-RO-005 reports it.
    QString refusal(const Project &project, const Lane &lane) const;
    /// The event this kind makes at `at` on `lane` (what refusal() refuses included):
    /// - a failure of the database damages every filegroup; the log survives (a tail-log backup is
    ///   possible);
    /// - a failure on a filegroup's lane damages that filegroup; on the log lane, the log only;
    /// - a switch names the lane's filegroup;
    /// - a recovery-model change goes to the other model from the one in effect at `at` (the
    ///   database's, then its SET_RECOVERY_MODEL events): FULL and BULK_LOGGED to SIMPLE, SIMPLE to FULL;
    /// - a mark is named "markN", the first N no other mark has (case-insensitively).
    TimelineEvent newEvent(const Project &project, const QDateTime &at, const Lane &lane) const;
};

} // namespace rd
