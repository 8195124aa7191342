// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace rd {

/// Writes the JSON plan format, version 1. Optional fields are written only when they differ
/// from their default, so files stay small and diff well; PlanJsonReader reads back an equal
/// Project (view state excepted: it lives in project files only).
class PlanJsonWriter
{
public:
    static QJsonObject toJson(const Project &project);
    static QByteArray write(const Project &project); ///< indented UTF-8
    /// AtomicWrite::writeFile: on failure *error names the path and the reason, and the previous file is intact.
    static bool writeFile(const Project &project, const QString &path, QString *error);

    static QJsonObject toJson(const PlanStep &step);
    static QJsonObject toJson(const Backup &backup);
    static QJsonObject toJson(const TimelineEvent &event);
    static QJsonObject toJson(const Plan &plan);
    static QJsonObject toJson(const Database &database);
    static QJsonObject toJson(const RestoreEnvironment &environment);
    static QJsonArray toJson(const QList<CfpSnapshot> &snapshots); ///< the `cfpSnapshots` array

};

} // namespace rd
