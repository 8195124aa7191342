// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/taillogbackup.h"

#include "model/domain/plansteps.h"

#include <QCoreApplication>

namespace rd::TailLogBackup {
namespace {

/// Translation context for this file's words (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TailLogBackup)
};

/// The folder (or URL prefix) of a device, with its trailing separator: "c:\data\" of
/// "c:\data\x.bak", "https://acct.blob.core.windows.net/c/" of a URL; empty for a bare file name.
QString folderOf(const QString &device)
{
    const qsizetype cut = std::max(device.lastIndexOf(u'\\'), device.lastIndexOf(u'/'));
    return device.left(cut + 1);
}

/// `lsn` + 100000 in decimal: the same virtual log file, one log block (the middle 10 digits) on.
Lsn nextBlock(const Lsn &lsn)
{
    QString digits = lsn.toString();
    int carry = 0;
    const QString add = QStringLiteral("100000");
    for (qsizetype k = 0; k < digits.size() || k < add.size() || carry; ++k) {
        if (k == digits.size())
            digits.prepend(u'0');
        const qsizetype i = digits.size() - 1 - k;
        const int a = k < add.size() ? add[add.size() - 1 - k].digitValue() : 0;
        const int sum = digits[i].digitValue() + a + carry;
        digits[i] = QChar(u'0' + sum % 10);
        carry = sum / 10;
    }
    return Lsn::fromString(digits);
}

} // namespace

std::optional<Backup> suggested(const Project &project)
{
    const Backup *latest = nullptr;    // the latest backup with a device: the tail's device goes beside it
    const Backup *latestLog = nullptr; // the latest regular log backup: the tail continues its LSNs
    QDateTime after;
    for (const Backup &b : project.backups) {
        if (!b.media.isEmpty() && (!latest || latest->finish < b.finish))
            latest = &b;
        if (b.isLog() && !b.copyOnly && !b.failed && (!latestLog || latestLog->finish < b.finish))
            latestLog = &b;
        if (b.finish.isValid() && (!after.isValid() || after < b.finish))
            after = b.finish;
    }
    if (!latest)
        return std::nullopt;
    for (const TimelineEvent &e : project.events)
        if (e.kind == EventKind::Failure && e.at.isValid() && (!after.isValid() || after < e.at))
            after = e.at;

    Backup tail;
    tail.type = BackupType::Log;
    tail.tailLog = true;
    const QString db = project.database.name.isEmpty() ? QStringLiteral("db") : project.database.name;
    tail.id = project.uniqueBackupId(db + QStringLiteral("_tail_log"));
    if (after.isValid()) { // half an hour later, on a whole minute, as the designer places a new backup
        const QDateTime t = after.addSecs(30 * 60);
        tail.start = t.addMSecs(-(t.time().second() * 1000 + t.time().msec()));
        tail.finish = tail.start.addSecs(10);
    }
    const QString folder = folderOf(latest->media.first());
    QString device = folder + tail.id + QStringLiteral(".trn");
    auto taken = [&](const QString &path) {
        for (const Backup &b : project.backups)
            if (b.media.contains(path, Qt::CaseInsensitive)) // Windows paths ignore case
                return true;
        return false;
    };
    for (int n = 2; taken(device); ++n)
        device = folder + tail.id + QStringLiteral("_%1.trn").arg(n);
    tail.media = {device};
    tail.position = 1;
    if (latestLog && !latestLog->lastLsn.isNull()) {
        tail.firstLsn = latestLog->lastLsn;
        tail.lastLsn = nextBlock(latestLog->lastLsn);
        tail.databaseBackupLsn = latestLog->databaseBackupLsn;
    }
    return tail;
}

ProjectEdit takeAt(const Project &project, int at)
{
    const std::optional<Backup> tail = suggested(project);
    if (!tail)
        return {};
    return ProjectEdit::composite({ProjectEdit::addBackup(*tail), ProjectEdit::insert(at, PlanSteps::tailLogBackup(tail->id))});
}

QString fixText(const Project &project, int at)
{
    if (const std::optional<Backup> tail = suggested(project))
        return Tr::tr("Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY, added to the history) before step "
                      "%4, and restore it last.").arg(tail->id, project.database.name, tail->media.first()).arg(at + 1);
    return Tr::tr("Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with its backup drawn on the timeline and "
                  "given a device, and restore it last.").arg(project.database.name).arg(at + 1);
}

} // namespace rd::TailLogBackup
