// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfpsimulator.h"

#include <algorithm>
#include <cmath>

namespace rd {
namespace {

using State = CheckpointFileState;
using Kind = CfpWorkloadStep::Kind;

constexpr qint64 MiB = 1024 * 1024;

// One checkpoint file pair as the simulator follows it.
struct Pair
{
    int number = 0; // creation order, which is also transaction order
    State state = State::Precreated;
    bool written = false;  // has been UNDER CONSTRUCTION or a merge target: its files have content
    bool open = false;     // the pair new rows go to
    bool logged = false;   // log was written since it opened, so a checkpoint closes it
    bool closedSinceFull = true;
    qint64 rows = 0;       // rows inserted in its data file
    qint64 deleted = 0;    // rows of it deleted (records in its delta file)
    qint64 rowBytes = 0;   // bytes of the rows in its data file
    qint64 dataAllocated = 0;
    qint64 deltaAllocated = 0;
    std::optional<qint64> lowerTsn, upperTsn;
    int target = -1;       // a merge source: the index of its merge target
    int installedAt = -1;  // a merge source: the checkpoint that installed its merge
    int requiredAt = -1;   // 2014: the checkpoint that made it REQUIRED FOR BACKUP/HA
    bool released = false; // 2016: gone after WAITING FOR LOG TRUNCATION

    qint64 live() const { return rows - deleted; }
    qint64 liveBytes() const { return rows > 0 ? qint64(std::llround(double(rowBytes) * double(live()) / double(rows))) : 0; }
};

class Run
{
public:
    explicit Run(const CfpWorkload &w)
        : m_w(w), m_dataBytes(CfpSimulator::fileSizes(w.memory).data), m_deltaBytes(CfpSimulator::fileSizes(w.memory).delta),
          m_v2014(CfpVersions::dmvVersion(w.version) == CheckpointDmvVersion::SqlServer2014)
    {
        // A new database's filegroup (the blog's example 1): the PRECREATED pool and one pair
        // UNDER CONSTRUCTION, opened by the table's creation.
        for (int i = 0; i < CfpSimulator::precreatedPairs(w.logicalProcessors); ++i)
            addPrecreated();
        openPair();
    }

    QString play()
    {
        if (m_w.steps.size() > CfpSimulator::MaxSteps)
            return CfpSimulator::tr("the workload has %1 steps, more than the %2 the simulator plays")
                .arg(m_w.steps.size()).arg(CfpSimulator::MaxSteps);
        for (qsizetype i = 0; i < m_w.steps.size(); ++i) {
            const QString why = step(m_w.steps[i]);
            if (!why.isEmpty())
                return CfpSimulator::tr("step %1 (%2): %3").arg(i + 1).arg(kindName(m_w.steps[i].kind), why);
            if (pairCount() > maxPairs())
                return CfpSimulator::tr("step %1 (%2): the workload needs more than %3 checkpoint file pairs, "
                                        "the most the simulator plays for SQL Server %4")
                    .arg(i + 1).arg(kindName(m_w.steps[i].kind)).arg(maxPairs()).arg(CfpVersions::toString(m_w.version));
        }
        return {};
    }

    CfpSimulation result() const;

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Insert: return QStringLiteral("insert");
        case Kind::Delete: return QStringLiteral("delete");
        case Kind::Update: return QStringLiteral("update");
        case Kind::Checkpoint: return QStringLiteral("checkpoint");
        case Kind::Merge: return QStringLiteral("merge");
        case Kind::LogBackup: return QStringLiteral("logBackup");
        case Kind::FullBackup: return QStringLiteral("fullBackup");
        }
        return {};
    }

private:
    int maxPairs() const { return m_v2014 ? CfpSimulator::MaxPairs2014 : CfpSimulator::MaxPairs2016; }
    qint64 pairCount() const { return m_pairs.size() - m_released; }

    void addPrecreated()
    {
        Pair p;
        p.number = int(m_pairs.size());
        p.dataAllocated = m_dataBytes;
        p.deltaAllocated = m_deltaBytes;
        m_pairs.append(p);
    }

    // The oldest PRECREATED pair becomes the one UNDER CONSTRUCTION, and the pool is refilled
    // (the blog's examples keep 8 PRECREATED throughout).
    void openPair()
    {
        const auto it = std::find_if(m_pairs.begin(), m_pairs.end(), [](const Pair &p) { return p.state == State::Precreated; });
        Pair &p = *it;
        p.state = State::UnderConstruction;
        p.written = p.open = true;
        p.logged = false;
        p.lowerTsn = m_tsn;
        m_open = p.number;
        addPrecreated();
    }

    void closeOpen()
    {
        Pair &p = m_pairs[m_open];
        p.open = false;
        p.upperTsn = m_tsn;
        p.closedSinceFull = true;
        m_open = -1;
    }

    QString step(const CfpWorkloadStep &s)
    {
        switch (s.kind) {
        case Kind::Insert:
            if (s.rows < 0)
                return CfpSimulator::tr("rows must not be negative, not %1").arg(s.rows);
            if (s.rowBytes < 1 || s.rowBytes > m_dataBytes)
                return CfpSimulator::tr("rowBytes must be from 1 to %1 (the data file size), not %2").arg(m_dataBytes).arg(s.rowBytes);
            insert(s.rows, s.rowBytes);
            m_lastRowBytes = s.rowBytes;
            return {};
        case Kind::Delete:
        case Kind::Update: {
            if (!(s.share >= 0 && s.share <= 1))
                return CfpSimulator::tr("share must be from 0 to 1, not %1").arg(s.share);
            const qint64 rowBytes = s.rowBytes > 0 ? s.rowBytes : m_lastRowBytes;
            if (s.kind == Kind::Update && (rowBytes < 1 || rowBytes > m_dataBytes))
                return CfpSimulator::tr("an update needs rowBytes from 1 to %1, or an insert before it").arg(m_dataBytes);
            const qint64 deleted = remove(s.share);
            if (s.kind == Kind::Update)
                insert(deleted, rowBytes); // an update is a delete and an insert
            return {};
        }
        case Kind::Checkpoint: checkpoint(); return {};
        case Kind::Merge: merge(s.mergeMode); return {};
        case Kind::LogBackup: logBackup(); return {};
        case Kind::FullBackup:
            for (Pair &p : m_pairs)
                p.closedSinceFull = false;
            m_pairs[m_open].logged = true; // a backup writes log records of its own
            return {};
        }
        return {};
    }

    // Each row its own transaction (one TSN); a data file takes rows up to FillFraction of its
    // size, then the pair is closed (it stays UNDER CONSTRUCTION until a checkpoint) and the next opens.
    void insert(qint64 rows, qint64 rowBytes)
    {
        const auto limit = qint64(CfpSimulator::FillFraction * double(m_dataBytes));
        while (rows > 0 && pairCount() <= maxPairs()) { // play() reports a workload over the limit
            Pair *p = &m_pairs[m_open];
            qint64 room = (limit - p->rowBytes) / rowBytes;
            if (room <= 0 && p->rows > 0) {
                closeOpen();
                openPair();
                continue;
            }
            room = std::max<qint64>(room, 1); // a row beyond the fill limit still goes somewhere
            const qint64 n = std::min(rows, room);
            p->rows += n;
            p->rowBytes += n * rowBytes;
            p->logged = true;
            m_tsn += n;
            rows -= n;
        }
    }

    // Deletes round(share × rows alive) rows, spread over the pairs holding them in proportion
    // (each pair's share rounded down, what is left one each from the oldest pair); each row
    // deleted is its own transaction, and a record in its pair's delta file.
    qint64 remove(double share)
    {
        QList<Pair *> holders;
        qint64 alive = 0;
        for (Pair &p : m_pairs)
            if ((p.state == State::UnderConstruction || p.state == State::Active) && p.live() > 0) {
                holders.append(&p);
                alive += p.live();
            }
        const auto total = qint64(std::llround(double(alive) * share));
        qint64 left = total;
        for (Pair *p : holders) {
            const auto n = qint64(std::floor(double(p->live()) * share));
            p->deleted += n;
            left -= n;
        }
        for (Pair *p : holders)
            if (left > 0 && p->live() > 0) {
                ++p->deleted;
                --left;
            }
        m_tsn += total;
        if (total > 0)
            m_pairs[m_open].logged = true;
        return total;
    }

    void checkpoint()
    {
        const int id = ++m_checkpoints;
        // A checkpoint closes the open pair if log was written since it opened, "even though it
        // may be partially filled" (checkpoint-operation-for-memory-optimized-tables.md).
        if (m_open >= 0 && m_pairs[m_open].logged)
            closeOpen();
        for (Pair &p : m_pairs) {
            if (p.state == State::UnderConstruction && !p.open)
                p.state = State::Active;
            else if (p.state == State::MergedSource && p.installedAt < id) {
                p.state = State::RequiredForBackupHa; // the merge target is in a durable checkpoint
                p.requiredAt = id;
            }
        }
        // Install the merges requested since the last checkpoint: sources first (their target
        // is still a MERGE TARGET), then the targets; one pass each.
        for (Pair &p : m_pairs)
            if (p.target >= 0 && m_pairs[p.target].state == State::MergeTarget) {
                p.state = m_v2014 ? State::MergedSource : State::WaitingForLogTruncation;
                p.installedAt = id;
            }
        for (Pair &p : m_pairs)
            if (p.state == State::MergeTarget)
                p.state = State::Active;
        if (m_open < 0)
            openPair();
    }

    void merge(CfpMergeMode mode)
    {
        QList<int> candidates; // closed ACTIVE pairs not already merging, oldest first
        for (const Pair &p : std::as_const(m_pairs))
            if (p.state == State::Active && p.target < 0)
                candidates.append(p.number);
        if (mode == CfpMergeMode::Manual) {
            QList<int> group;
            for (int n : std::as_const(candidates))
                if (m_pairs[n].rows > 0)
                    group.append(n);
            if (!group.isEmpty())
                makeTarget(group);
            return;
        }
        // The merge policy, from the left: consecutive pairs whose rows alive fit in one data
        // file of target size; a pair alone if its data file is over twice the target with more
        // than half its rows deleted.
        for (qsizetype i = 0; i < candidates.size();) {
            QList<int> group{candidates[i]};
            qint64 bytes = m_pairs[candidates[i]].liveBytes();
            qsizetype j = i + 1;
            while (j < candidates.size() && bytes + m_pairs[candidates[j]].liveBytes() <= m_dataBytes) {
                bytes += m_pairs[candidates[j]].liveBytes();
                group.append(candidates[j++]);
            }
            const Pair &first = m_pairs[candidates[i]];
            if (group.size() >= 2 || (first.rowBytes > 2 * m_dataBytes && 2 * first.deleted > first.rows))
                makeTarget(group);
            i = j;
        }
    }

    void makeTarget(const QList<int> &sources)
    {
        Pair t;
        t.number = int(m_pairs.size());
        t.state = State::MergeTarget;
        t.written = true;
        t.closedSinceFull = true; // a new data file, written now
        for (int n : sources) {
            Pair &s = m_pairs[n];
            s.target = t.number;
            t.rows += s.live();
            t.rowBytes += s.liveBytes();
            t.lowerTsn = t.lowerTsn ? std::min(*t.lowerTsn, s.lowerTsn.value_or(0)) : s.lowerTsn;
            t.upperTsn = std::max(t.upperTsn.value_or(0), s.upperTsn.value_or(0));
        }
        // A data file "can grow larger than the target size" (merge policy): then its own size,
        // in whole MiB.
        const qint64 used = CfpSimulator::DataFileFixedBytes + t.rowBytes;
        t.dataAllocated = std::max(m_dataBytes, (used + MiB - 1) / MiB * MiB);
        t.deltaAllocated = m_deltaBytes;
        m_pairs.append(t);
    }

    // FULL recovery: the log backup truncates the log up to the last checkpoint, which releases
    // the merge sources whose merge that checkpoint (or an earlier one) made durable.
    void logBackup()
    {
        for (Pair &p : m_pairs) {
            if (p.state == State::RequiredForBackupHa && p.requiredAt <= m_checkpoints)
                p.state = State::InTransitionToTombstone;
            else if (p.state == State::WaitingForLogTruncation && p.installedAt <= m_checkpoints && !p.released) {
                p.released = true;
                ++m_released;
            }
        }
        m_pairs[m_open].logged = true; // a backup writes log records of its own
    }

    const CfpWorkload &m_w;
    const qint64 m_dataBytes;
    const qint64 m_deltaBytes;
    const bool m_v2014;
    QList<Pair> m_pairs;
    int m_open = -1;
    int m_checkpoints = 0;
    qint64 m_tsn = 0;
    qint64 m_lastRowBytes = 0;
    qint64 m_released = 0;
};

QUuid fileId(const char *kind, int number)
{
    // Fixed ids: the same workload gives the same inventory.
    const QUuid space(QStringLiteral("{5b0c6f0e-9a61-4c43-8e0b-2f6c3c1d7a10}"));
    return QUuid::createUuidV5(space, QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(number));
}

CfpSimulation Run::result() const
{
    CfpSimulation out;
    out.inventory.version = CfpVersions::dmvVersion(m_w.version);
    for (const Pair &p : m_pairs) {
        if (p.released)
            continue;
        CheckpointFile data;
        data.id = fileId("data", p.number);
        data.pairId = fileId("delta", p.number);
        data.containerId = 1; // one container
        data.type = CheckpointFileType::Data;
        data.state = p.state;
        data.sizeBytes = p.dataAllocated;
        data.usedBytes = p.written ? CfpSimulator::DataFileFixedBytes + p.rowBytes : 0;
        data.rowCount = p.rows;
        if (p.written) {
            data.lowerBoundTsn = p.lowerTsn;
            data.upperBoundTsn = p.upperTsn; // none while open
        }
        CheckpointFile delta = data;
        delta.id = data.pairId;
        delta.pairId = data.id;
        delta.type = CheckpointFileType::Delta;
        delta.usedBytes = p.written ? CfpSimulator::DeltaFileFixedBytes + p.deleted * CfpSimulator::DeltaRecordBytes : 0;
        // A delta file whose records outgrow it grows, in steps of its initial size (the documents
        // give no growth rule; the DMV shows file_size_in_bytes ≥ file_size_used_in_bytes).
        const qint64 step = std::max<qint64>(p.deltaAllocated, 1);
        delta.sizeBytes = std::max(p.deltaAllocated, (*delta.usedBytes + step - 1) / step * step);
        delta.rowCount = p.deleted;
        out.inventory.files << data << delta;
        if (p.written && !p.open && p.closedSinceFull)
            out.dataFilesClosedSinceFull.insert(data.id);
    }
    return out;
}

} // namespace

CfpFileSizes CfpSimulator::fileSizes(CfpServerMemory memory)
{
    switch (memory) {
    case CfpServerMemory::UpTo16GB: return {16 * MiB, 1 * MiB};
    case CfpServerMemory::Over16GB: return {128 * MiB, 16 * MiB};
    case CfpServerMemory::LargeCheckpoint: return {1024 * MiB, 128 * MiB};
    }
    return {16 * MiB, 1 * MiB};
}

int CfpSimulator::precreatedPairs(int logicalProcessors)
{
    return std::max(8, logicalProcessors);
}

CfpSimulation CfpSimulator::simulate(const CfpWorkload &workload)
{
    CfpSimulation failed;
    if (workload.memory == CfpServerMemory::LargeCheckpoint && workload.version != CfpVersion::SqlServer2016)
        failed.error = tr("large checkpoint mode exists only in SQL Server 2016 and later, not in %1")
                           .arg(CfpVersions::toString(workload.version));
    else if (workload.logicalProcessors < 1 || workload.logicalProcessors > 1024)
        failed.error = tr("logicalProcessors must be from 1 to 1024, not %1").arg(workload.logicalProcessors);
    else if (workload.diskPages < 0 || workload.logPages < 0 || workload.differentialDiskPages.value_or(0) < 0)
        failed.error = tr("page counts must not be negative");
    if (!failed.ok())
        return failed;
    Run run(workload);
    failed.error = run.play();
    return failed.ok() ? run.result() : failed;
}

} // namespace rd
