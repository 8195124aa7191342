// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chain-health findings about single backups: failed or damaged, copy-only, written to NUL
// or to another tool's virtual device, differentials whose base is not in the history.
#include "model/analysis/chainhealthscan.h"

#include <algorithm>

namespace rd {

namespace {

/// The NUL device: `TO DISK = 'NUL'` (also written `NUL:` or `\\.\NUL`) writes nothing anywhere.
bool isNulDevice(const QString &name)
{
    const QStringView n = QStringView(name).trimmed();
    return n.compare(u"NUL", Qt::CaseInsensitive) == 0 || n.compare(u"NUL:", Qt::CaseInsensitive) == 0
        || n.endsWith(u"\\NUL", Qt::CaseInsensitive);
}

constexpr int GuidGroups[] = {8, 4, 4, 4, 12}; ///< hex digits per group of a GUID

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// A virtual device: msdb records the device of VSS and third-party backup software (device_type 7)
/// by a GUID, `{8-4-4-4-12}` with or without braces, sometimes followed by a stripe number.
bool isVirtualDevice(const QString &name)
{
    QStringView s = QStringView(name).trimmed();
    if (s.startsWith(u'{'))
        s = s.mid(1);
    qsizetype at = 0;
    for (int g = 0; g < 5; ++g) {
        for (int k = 0; k < GuidGroups[g]; ++k, ++at)
            if (at >= s.size() || !isHex(s[at]))
                return false;
        if (g < 4 && (at >= s.size() || s[at++] != u'-'))
            return false;
    }
    s = s.mid(at);
    if (s.startsWith(u'}'))
        s = s.mid(1);
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

QString typeText(const Backup &b)
{
    switch (b.type) {
    case BackupType::Full: return ChainHealthScan::tr("full backup");
    case BackupType::Differential: return ChainHealthScan::tr("differential backup");
    case BackupType::Partial: return ChainHealthScan::tr("partial backup");
    case BackupType::PartialDifferential: return ChainHealthScan::tr("differential partial backup");
    case BackupType::File: return ChainHealthScan::tr("file backup");
    case BackupType::FileDifferential: return ChainHealthScan::tr("differential file backup");
    case BackupType::Log: return ChainHealthScan::tr("log backup");
    }
    return {};
}

/// Whether the history holds the base of differential `d` at position `p` (C-3's order: by GUID,
/// by LSN, by time), through the index's lookups: O(log n), where DifferentialBase scans.
bool baseInHistory(const ChainHealthScan &scan, const Backup &d, qsizetype p)
{
    if (!d.differentialBaseGuid.isEmpty())
        return scan.index.dataBackupWithGuid(d.differentialBaseGuid) >= 0;
    if (!d.differentialBaseLsn.isNull())
        return !scan.index.dataBackupsAt(d.differentialBaseLsn).isEmpty();
    const FileCatalog::FileSet &files = scan.index.scope(p);
    if (files.isEmpty())
        return true; // a scope naming nothing known: R-REF-001 reports it, not the chain
    const int file = *std::min_element(files.cbegin(), files.cend());
    return scan.index.latestDataBackupHolding(file, d.start, true) >= 0;
}

void checkMedia(ChainHealthScan &scan, const Backup &b, qsizetype p)
{
    const bool nul = std::any_of(b.media.cbegin(), b.media.cend(), isNulDevice);
    if (nul) {
        scan.toNul[size_t(p)] = true;
        if (b.isLog() && !b.copyOnly) {
            scan.unusable[size_t(p)] = true;
            return; // reported once the restore points are known: the message names the next one
        }
        scan.add(ChainHealthKind::LogToNul, Severity::Warning, QStringLiteral("R-CHAIN-001"),
                     b.isLog() || b.copyOnly || !isDataBase(b.type)
                         ? ChainHealthScan::tr("The %1 %2 (%3) was written to NUL: it exists nowhere and cannot be restored.")
                               .arg(typeText(b), b.id, PlanTime::toString(b.start))
                         : ChainHealthScan::tr("The %1 %2 (%3) was written to NUL: it exists nowhere, yet it reset the "
                                               "differential base, so the differentials after it cannot be restored "
                                               "until the next full backup. Take backups for testing WITH COPY_ONLY.")
                               .arg(typeText(b), b.id, PlanTime::toString(b.start)),
                     {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
        return;
    }
    if (b.snapshot || std::any_of(b.media.cbegin(), b.media.cend(), isVirtualDevice)) {
        scan.add(ChainHealthKind::OtherTool, b.isLog() ? Severity::Warning : Severity::Info,
                 QStringLiteral("R-CHAIN-002"),
                 b.isLog() ? ChainHealthScan::tr("Log backup %1 (%2) was written by another tool (a virtual device%3): "
                                                 "the log chain runs through it, so every restore past it needs that "
                                                 "tool's copy. Make sure it keeps it as long as your own backups.")
                                 .arg(b.id, PlanTime::toString(b.start),
                                      b.media.isEmpty() ? QString() : QStringLiteral(" ") + b.media.constFirst())
                           : ChainHealthScan::tr("The %1 %2 (%3) was taken by another tool (a snapshot or virtual device%4): "
                                                 "RESTORE cannot read it from a file; restore it with that tool.")
                                 .arg(typeText(b), b.id, PlanTime::toString(b.start),
                                      b.media.isEmpty() ? QString() : QStringLiteral(" ") + b.media.constFirst()),
                 {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
    }
}

/// The entry of regular log backup `b`, written to NUL (after restorableByLastLsn is sorted).
void reportLogToNul(ChainHealthScan &scan, const Backup &b)
{
    scan.add(ChainHealthKind::LogToNul, Severity::Error, QStringLiteral("R-CHAIN-001"),
             ChainHealthScan::tr("Log backup %1 (%2) was written to NUL: SQL Server truncated the log as if it were "
                                 "backed up, but LSNs %3 to %4 exist nowhere. No restore can roll forward past %5; %6.")
                 .arg(b.id, PlanTime::toString(b.start), b.firstLsn.toString(), b.lastLsn.toString(),
                      PlanTime::toString(b.start), scan.bridgeText(b.lastLsn, b.recoveryForkId, b.start)),
             {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
}

void checkCondition(ChainHealthScan &scan, const Backup &b, qsizetype p)
{
    if (b.failed) {
        scan.unusable[size_t(p)] = true;
        scan.add(ChainHealthKind::DamagedOrFailed, Severity::Warning, QStringLiteral("R-CHAIN-004"),
                 ChainHealthScan::tr("The %1 %2 (%3) failed: it is no restore point. %4")
                     .arg(typeText(b), b.id, PlanTime::toString(b.start),
                          b.isLog() ? ChainHealthScan::tr("A failed log backup truncates nothing: the next log backup "
                                                          "holds its records.")
                                    : ChainHealthScan::tr("Restores fall back to the backup before it."))
                     .trimmed(),
                 {b.id}, b.start, ChainHealthScan::endOf(b));
    } else if (b.damaged) {
        scan.unusable[size_t(p)] = !b.isLog(); // a damaged log still carries the chain, with loss
        scan.add(ChainHealthKind::DamagedOrFailed, Severity::Warning, QStringLiteral("R-CHAIN-004"),
                 ChainHealthScan::tr("The %1 %2 (%3) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it "
                                     "needs CONTINUE_AFTER_ERROR too and may lose data. Check the database and take a "
                                     "new full backup.")
                     .arg(typeText(b), b.id, PlanTime::toString(b.start)),
                 {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
    }
}

void checkCopyOnly(ChainHealthScan &scan, const Backup &b)
{
    if (!b.copyOnly || b.failed)
        return;
    if (b.isLog())
        scan.add(ChainHealthKind::CopyOnly, Severity::Info, QStringLiteral("R-LOG-007"),
                 ChainHealthScan::tr("Log backup %1 (%2) is copy-only: it truncated nothing and the regular log "
                                     "backups do not depend on it. It is no link of the chain; a restore may still "
                                     "use it.")
                     .arg(b.id, PlanTime::toString(b.start)),
                 {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
    else if (b.type == BackupType::Full || b.type == BackupType::Partial)
        scan.add(ChainHealthKind::CopyOnly, Severity::Info, QStringLiteral("R-DIFF-002"),
                 ChainHealthScan::tr("The %1 %2 (%3) is copy-only: it restores on its own, but no differential is based "
                                     "on it; the differentials after it still need the previous regular full backup.")
                     .arg(typeText(b), b.id, PlanTime::toString(b.start)),
                 {b.id}, b.start, ChainHealthScan::endOf(b), b.firstLsn, b.lastLsn);
}

void checkDifferentialBase(ChainHealthScan &scan, const Backup &b, qsizetype p)
{
    if (!isDifferential(b.type) || b.failed || baseInHistory(scan, b, p))
        return;
    scan.unusable[size_t(p)] = true;
    const QString base = !b.differentialBaseGuid.isEmpty() ? ChainHealthScan::tr("the backup with GUID %1")
                                                                 .arg(b.differentialBaseGuid)
                       : !b.differentialBaseLsn.isNull() ? ChainHealthScan::tr("the backup at LSN %1")
                                                               .arg(b.differentialBaseLsn.toString())
                                                         : ChainHealthScan::tr("a regular full backup before it");
    scan.add(ChainHealthKind::MissingDifferentialBase, Severity::Warning, QStringLiteral("R-DIFF-001"),
             ChainHealthScan::tr("The %1 %2 (%3) is based on %4, which is not in this history: without its base it "
                                 "cannot be restored. If msdb's history was cleaned up, find the base's file; if the "
                                 "base was deleted, take a new full backup.")
                 .arg(typeText(b), b.id, PlanTime::toString(b.start), base),
             {b.id}, b.start, ChainHealthScan::endOf(b), b.differentialBaseLsn.isNull() ? b.firstLsn : b.differentialBaseLsn,
             b.lastLsn);
}

} // namespace

void findBackupProblems(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    qsizetype p = 0;
    for (auto it = list.cbegin(); it != list.cend(); ++it, ++p) {
        const Backup &b = *it;
        checkCondition(scan, b, p);
        checkMedia(scan, b, p);
        checkCopyOnly(scan, b);
        checkDifferentialBase(scan, b, p);
        if (scan.toNul[size_t(p)])
            scan.unusable[size_t(p)] = true;
        const bool restorable = b.type == BackupType::Full || b.type == BackupType::Partial
            || b.type == BackupType::Differential || b.type == BackupType::PartialDifferential;
        if (restorable && !scan.unusable[size_t(p)] && !b.lastLsn.isNull())
            scan.restorableByLastLsn.push_back(p);
    }
    std::stable_sort(scan.restorableByLastLsn.begin(), scan.restorableByLastLsn.end(),
                     [&list](qsizetype a, qsizetype b) { return list[a].lastLsn < list[b].lastLsn; });
    for (qsizetype q = 0; q < list.size(); ++q)
        if (scan.toNul[size_t(q)] && list[q].isLog() && !list[q].copyOnly)
            reportLogToNul(scan, list[q]);
}

} // namespace rd
