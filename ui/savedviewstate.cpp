// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/savedviewstate.h"

#include "model/domain/plantime.h"
#include "model/domain/project.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace rd {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewState)
};

const QString PlanKey = QStringLiteral("plan");
const QString StepKey = QStringLiteral("step");
const QString BackupKey = QStringLiteral("backup");
const QString FilegroupKey = QStringLiteral("filegroup");
const QString TimelineKey = QStringLiteral("timeline");
const QString ZoomKey = QStringLiteral("pixelsPerSecond");
const QString LeftKey = QStringLiteral("left");
const QString AxisKey = QStringLiteral("axis");
const QString LsnZoomKey = QStringLiteral("lsnZoom");
const QString LsnLeftKey = QStringLiteral("lsnLeft");

/// A JSON number that is a whole int (JSON has only doubles), or nullopt.
std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < -1 || d > 1e9)
        return std::nullopt;
    return int(d);
}
} // namespace

QJsonObject SavedViewState::toJson() const
{
    QJsonObject json;
    if (plan >= 0) {
        json.insert(PlanKey, plan);
        json.insert(StepKey, step);
    }
    if (!backup.isEmpty())
        json.insert(BackupKey, backup);
    if (!filegroup.isEmpty())
        json.insert(FilegroupKey, filegroup);
    if (hasTimeline()) {
        QJsonObject timeline{{ZoomKey, pixelsPerSecond}, {LeftKey, PlanTime::toString(left)}};
        if (lsnAxis)
            timeline.insert(AxisKey, QStringLiteral("lsn"));
        if (hasLsnView()) {
            timeline.insert(LsnZoomKey, lsnZoom);
            timeline.insert(LsnLeftKey, lsnLeft.toString());
        }
        json.insert(TimelineKey, timeline);
    }
    return json;
}

SavedViewState SavedViewState::fromJson(const QJsonObject &json, const Project &project, QStringList *problems)
{
    auto problem = [problems](const QString &text) {
        if (problems)
            problems->append(text);
    };
    SavedViewState s;
    if (json.contains(PlanKey)) {
        const std::optional<int> plan = wholeNumber(json.value(PlanKey));
        const std::optional<int> step = json.contains(StepKey) ? wholeNumber(json.value(StepKey)) : std::optional<int>(-1);
        if (!plan || *plan < 0)
            problem(Tr::tr("the saved plan is not a plan number"));
        else if (!step)
            problem(Tr::tr("the saved step is not a step number"));
        else if (*plan < project.plans.size()) { // a plan removed since is forgotten
            s.plan = *plan;
            s.step = *step < project.plans[*plan].steps.size() ? *step : -1;
        }
    }
    if (json.contains(BackupKey)) {
        const QJsonValue v = json.value(BackupKey);
        if (!v.isString())
            problem(Tr::tr("the saved backup is not a backup id"));
        else if (project.backupIndex(v.toString()) >= 0)
            s.backup = v.toString();
    }
    if (json.contains(FilegroupKey)) {
        const QJsonValue v = json.value(FilegroupKey);
        if (!v.isString())
            problem(Tr::tr("the saved filegroup is not a filegroup name"));
        else if (project.database.filegroupIndex(v.toString()) >= 0)
            s.filegroup = v.toString();
    }
    if (json.contains(TimelineKey)) {
        const QJsonObject t = json.value(TimelineKey).toObject();
        const double zoom = t.value(ZoomKey).toDouble(-1);
        const std::optional<QDateTime> left = PlanTime::parse(t.value(LeftKey).toString());
        if (!json.value(TimelineKey).isObject() || !std::isfinite(zoom) || zoom <= 0 || !left) {
            problem(Tr::tr("the saved timeline needs a positive pixelsPerSecond and a left time"));
        } else {
            s.pixelsPerSecond = zoom;
            s.left = *left;
            const QJsonValue axis = t.value(AxisKey);
            if (axis == QJsonValue(QStringLiteral("lsn")))
                s.lsnAxis = true;
            else if (!axis.isUndefined() && axis != QJsonValue(QStringLiteral("time")))
                problem(Tr::tr("the saved timeline axis is neither \"time\" nor \"lsn\""));
            if (t.contains(LsnZoomKey) || t.contains(LsnLeftKey)) {
                const double lsnZoom = t.value(LsnZoomKey).toDouble(-1);
                const std::optional<Lsn> lsnLeft = Lsn::parse(t.value(LsnLeftKey).toString());
                if (!std::isfinite(lsnZoom) || lsnZoom <= 0 || !lsnLeft) {
                    problem(Tr::tr("the saved LSN axis needs a positive lsnZoom and an lsnLeft LSN"));
                } else {
                    s.lsnZoom = lsnZoom;
                    s.lsnLeft = *lsnLeft;
                }
            }
        }
    }
    return s;
}

} // namespace rd
