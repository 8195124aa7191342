// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonwriter.h"

#include "model/domain/plantime.h"
#include "model/io/atomicwrite.h"
#include "model/io/cfpsnapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd {
namespace {

void putString(QJsonObject &o, const QString &key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}
void putBool(QJsonObject &o, const QString &key, bool v)
{
    if (v)
        o.insert(key, true);
}
void putList(QJsonObject &o, const QString &key, const QStringList &v)
{
    if (!v.isEmpty())
        o.insert(key, QJsonArray::fromStringList(v));
}
void putLsn(QJsonObject &o, const QString &key, const Lsn &v)
{
    if (!v.isNull())
        o.insert(key, v.toString()); // always a string: LSNs exceed a double's precision
}
void putTime(QJsonObject &o, const QString &key, const QDateTime &v)
{
    if (v.isValid())
        o.insert(key, PlanTime::toString(v));
}

QJsonArray files(const QList<DataFile> &list)
{
    QJsonArray a;
    for (const DataFile &f : list) {
        QJsonObject o{{QStringLiteral("name"), f.name}};
        putString(o, QStringLiteral("path"), f.path);
        if (f.sizeBytes)
            o.insert(QStringLiteral("sizeBytes"), f.sizeBytes);
        a.append(o);
    }
    return a;
}

} // namespace

QJsonObject PlanJsonWriter::toJson(const Database &db)
{
    QJsonObject o{{QStringLiteral("name"), db.name},
                  {QStringLiteral("edition"), toString(db.edition)},
                  {QStringLiteral("recoveryModel"), toString(db.recoveryModel)}};
    QJsonArray fgs;
    for (const Filegroup &fg : db.filegroups) {
        QJsonObject f{{QStringLiteral("name"), fg.name}, {QStringLiteral("type"), toString(fg.type)}};
        putBool(f, QStringLiteral("readOnly"), fg.readOnly);
        putBool(f, QStringLiteral("abandon"), fg.abandon);
        f.insert(QStringLiteral("files"), files(fg.files));
        fgs.append(f);
    }
    o.insert(QStringLiteral("filegroups"), fgs);
    o.insert(QStringLiteral("logFiles"), files(db.logFiles));
    putBool(o, QStringLiteral("readOnly"), db.readOnly);
    return o;
}

QJsonObject PlanJsonWriter::toJson(const RestoreEnvironment &e)
{
    QJsonObject o;
    putString(o, QStringLiteral("serverVersion"), e.serverVersion);
    if (!e.databaseExists)
        o.insert(QStringLiteral("databaseExists"), false);
    putBool(o, QStringLiteral("availabilityGroup"), e.availabilityGroup);
    putBool(o, QStringLiteral("mirrored"), e.mirrored);
    putBool(o, QStringLiteral("certificatesAvailable"), e.certificatesAvailable);
    putBool(o, QStringLiteral("lightweightPooling"), e.lightweightPooling);
    if (e.memoryAvailableBytes)
        o.insert(QStringLiteral("memoryAvailableBytes"), e.memoryAvailableBytes);
    if (e.memoryOptimizedLoadBytesPerSecond)
        o.insert(QStringLiteral("memoryOptimizedLoadBytesPerSecond"), e.memoryOptimizedLoadBytesPerSecond);
    if (e.restoreBytesPerSecond)
        o.insert(QStringLiteral("restoreBytesPerSecond"), e.restoreBytesPerSecond);
    if (!e.filestreamOnNtfs)
        o.insert(QStringLiteral("filestreamOnNtfs"), false);
    return o;
}

QJsonObject PlanJsonWriter::toJson(const TimelineEvent &e)
{
    QJsonObject o{{QStringLiteral("kind"), toString(e.kind)}};
    putTime(o, QStringLiteral("at"), e.at);
    putLsn(o, QStringLiteral("lsn"), e.lsn);
    switch (e.kind) {
    case EventKind::SetReadOnly:
    case EventKind::SetReadWrite:
        o.insert(QStringLiteral("filegroup"), e.filegroup);
        break;
    case EventKind::SetRecoveryModel:
        o.insert(QStringLiteral("recoveryModel"), toString(e.recoveryModel));
        break;
    case EventKind::Mark:
        o.insert(QStringLiteral("name"), e.name);
        break;
    case EventKind::Failure:
        putList(o, QStringLiteral("filegroups"), e.filegroups);
        putList(o, QStringLiteral("files"), e.files);
        putBool(o, QStringLiteral("database"), e.wholeDatabase);
        putBool(o, QStringLiteral("logDamaged"), e.logDamaged);
        break;
    case EventKind::AddFile:
    case EventKind::RemoveFile:
        o.insert(QStringLiteral("file"), e.file);
        putString(o, QStringLiteral("filegroup"), e.filegroup);
        break;
    case EventKind::OpenTransaction:
        putList(o, QStringLiteral("filegroups"), e.filegroups);
        putTime(o, QStringLiteral("until"), e.until);
        break;
    }
    return o;
}

QJsonObject PlanJsonWriter::toJson(const Backup &b)
{
    QJsonObject o{{QStringLiteral("id"), b.id}, {QStringLiteral("type"), toString(b.type)}};
    putBool(o, QStringLiteral("tailLog"), b.tailLog);
    putBool(o, QStringLiteral("copyOnly"), b.copyOnly);
    putList(o, QStringLiteral("filegroups"), b.filegroups);
    putList(o, QStringLiteral("files"), b.files);
    if (b.readOnlyFilegroups)
        o.insert(QStringLiteral("readOnlyFilegroups"), QJsonArray::fromStringList(*b.readOnlyFilegroups));
    putTime(o, QStringLiteral("start"), b.start);
    putTime(o, QStringLiteral("finish"), b.finish);
    putLsn(o, QStringLiteral("firstLsn"), b.firstLsn);
    putLsn(o, QStringLiteral("lastLsn"), b.lastLsn);
    putLsn(o, QStringLiteral("checkpointLsn"), b.checkpointLsn);
    putLsn(o, QStringLiteral("databaseBackupLsn"), b.databaseBackupLsn);
    putLsn(o, QStringLiteral("differentialBaseLsn"), b.differentialBaseLsn);
    putString(o, QStringLiteral("recoveryForkId"), b.recoveryForkId);
    putString(o, QStringLiteral("lastRecoveryForkId"), b.lastRecoveryForkId);
    putLsn(o, QStringLiteral("forkPointLsn"), b.forkPointLsn);
    putString(o, QStringLiteral("backupSetGuid"), b.backupSetGuid);
    putString(o, QStringLiteral("differentialBaseGuid"), b.differentialBaseGuid);
    if (b.recoveryModel)
        o.insert(QStringLiteral("recoveryModel"), toString(*b.recoveryModel));
    putString(o, QStringLiteral("softwareVersion"), b.softwareVersion);
    putBool(o, QStringLiteral("hasBulkLoggedData"), b.hasBulkLoggedData);
    putBool(o, QStringLiteral("hasIncompleteMetadata"), b.hasIncompleteMetadata);
    putBool(o, QStringLiteral("damaged"), b.damaged);
    putBool(o, QStringLiteral("failed"), b.failed);
    putBool(o, QStringLiteral("encrypted"), b.encrypted);
    putBool(o, QStringLiteral("snapshot"), b.snapshot);
    putList(o, QStringLiteral("media"), b.media);
    if (b.mediaFamilyCount)
        o.insert(QStringLiteral("mediaFamilyCount"), b.mediaFamilyCount);
    if (b.position != 1)
        o.insert(QStringLiteral("position"), b.position);
    if (b.sizeBytes)
        o.insert(QStringLiteral("sizeBytes"), b.sizeBytes);
    if (b.maxTransferSize)
        o.insert(QStringLiteral("maxTransferSize"), b.maxTransferSize);
    return o;
}

QJsonObject PlanJsonWriter::toJson(const PlanStep &s)
{
    QJsonObject o{{QStringLiteral("statement"), toString(s.statement)}};
    putString(o, QStringLiteral("backup"), s.backup);
    putList(o, QStringLiteral("filegroups"), s.filegroups);
    putList(o, QStringLiteral("files"), s.files);
    putBool(o, QStringLiteral("readWriteFilegroups"), s.readWriteFilegroups);
    putList(o, QStringLiteral("pages"), s.pages);
    putBool(o, QStringLiteral("partial"), s.partial);
    putString(o, QStringLiteral("recovery"), toString(s.recovery));
    putString(o, QStringLiteral("standbyFile"), s.standbyFile);
    putTime(o, QStringLiteral("stopAt"), s.stopAt);
    const QString &mark = s.stopAtMark.isEmpty() ? s.stopBeforeMark : s.stopAtMark;
    if (!mark.isEmpty()) {
        const QString key = s.stopAtMark.isEmpty() ? QStringLiteral("stopBeforeMark") : QStringLiteral("stopAtMark");
        if (s.markAfter.isValid())
            o.insert(key, QJsonObject{{QStringLiteral("name"), mark},
                                      {QStringLiteral("after"), PlanTime::toString(s.markAfter)}});
        else
            o.insert(key, mark);
    }
    putBool(o, QStringLiteral("continueAfterError"), s.continueAfterError);
    putBool(o, QStringLiteral("replace"), s.replace);
    if (!s.move.isEmpty()) {
        QJsonArray a;
        for (const FileMove &m : s.move)
            a.append(QJsonObject{{QStringLiteral("file"), m.file}, {QStringLiteral("to"), m.to}});
        o.insert(QStringLiteral("move"), a);
    }
    putBool(o, QStringLiteral("norecovery"), s.norecovery);
    putBool(o, QStringLiteral("noTruncate"), s.noTruncate);
    putBool(o, QStringLiteral("keepReplication"), s.keepReplication);
    putBool(o, QStringLiteral("keepCdc"), s.keepCdc);
    putBool(o, QStringLiteral("restrictedUser"), s.restrictedUser);
    if (s.maxTransferSize)
        o.insert(QStringLiteral("maxTransferSize"), s.maxTransferSize);
    return o;
}

QJsonObject PlanJsonWriter::toJson(const Plan &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name}};
    switch (p.target.kind) {
    case RestoreTarget::Kind::EndOfLog:
        break;
    case RestoreTarget::Kind::PointInTime:
        o.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("pointInTime"), PlanTime::toString(p.target.pointInTime)}});
        break;
    case RestoreTarget::Kind::Mark: {
        QJsonObject t{{QStringLiteral("mark"), p.target.mark}};
        putBool(t, QStringLiteral("before"), p.target.beforeMark);
        o.insert(QStringLiteral("target"), t);
        break;
    }
    }
    QJsonArray steps;
    for (const PlanStep &s : p.steps)
        steps.append(toJson(s));
    o.insert(QStringLiteral("steps"), steps);
    return o;
}

QJsonObject PlanJsonWriter::toJson(const Project &p)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("restore-designer-plan")},
                  {QStringLiteral("version"), 1}};
    putString(o, QStringLiteral("description"), p.description);
    o.insert(QStringLiteral("database"), toJson(p.database));
    if (p.environment != RestoreEnvironment{})
        o.insert(QStringLiteral("environment"), toJson(p.environment));
    QJsonArray events, backups, plans;
    for (const TimelineEvent &e : p.events)
        events.append(toJson(e));
    for (const Backup &b : p.backups)
        backups.append(toJson(b));
    for (const Plan &pl : p.plans)
        plans.append(toJson(pl));
    o.insert(QStringLiteral("events"), events);
    o.insert(QStringLiteral("backups"), backups);
    o.insert(QStringLiteral("plans"), plans);
    if (!p.cfpSnapshots.isEmpty()) // optional: files without snapshots stay as before
        o.insert(QStringLiteral("cfpSnapshots"), toJson(p.cfpSnapshots));
    return o;
}

QJsonArray PlanJsonWriter::toJson(const QList<CfpSnapshot> &snapshots)
{
    QJsonArray a;
    for (const CfpSnapshot &s : snapshots)
        a.append(CfpSnapshotJson::toJson(s));
    return a;
}

QByteArray PlanJsonWriter::write(const Project &project)
{
    return QJsonDocument(toJson(project)).toJson(QJsonDocument::Indented);
}

bool PlanJsonWriter::writeFile(const Project &project, const QString &path, QString *error)
{
    return AtomicWrite::writeFile(path, write(project), error);
}

} // namespace rd
