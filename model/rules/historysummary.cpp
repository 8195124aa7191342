// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/historysummary.h"

namespace rd {
namespace {

bool isRegularWhole(const Backup &b)
{
    return !b.copyOnly && !b.failed;
}

bool recordedSimple(const Backup &b)
{
    return b.type != BackupType::Log && b.recoveryModel && *b.recoveryModel == RecoveryModel::Simple;
}

} // namespace

void HistorySummary::readSettings(const Project &project)
{
    auto note = [this](RecoveryModel m) {
        m_simpleSetting |= m == RecoveryModel::Simple;
        anyBulkLogged |= m == RecoveryModel::BulkLogged;
    };
    note(project.database.recoveryModel);
    for (const TimelineEvent &e : project.events) {
        if (e.kind == EventKind::SetRecoveryModel)
            note(e.recoveryModel);
        if (e.kind == EventKind::Failure && e.at.isValid() && (!m_failure.isValid() || e.at < m_failure))
            m_failure = e.at;
        m_logDamaged |= e.kind == EventKind::Failure && e.logDamaged;
    }
}

template <typename F>
void HistorySummary::classify(const Backup &b, F &&into)
{
    // Most of a long history is log backups: for them only the type is read (one cache line of a
    // large struct), unless a damaged log makes their times matter (R-BAK-004).
    if (b.type == BackupType::Log) {
        if (m_logDamaged && m_failure < b.start)
            into(afterFailure);
        return;
    }
    if (m_failure.isValid() && m_failure < b.start)
        into(afterFailure);
    switch (b.type) {
    case BackupType::Full:
        into(fulls);
        break;
    case BackupType::Partial:
        into(partials);
        break;
    case BackupType::File:
        into(files);
        break;
    case BackupType::Differential:
    case BackupType::PartialDifferential:
    case BackupType::FileDifferential:
        into(differentials);
        break;
    case BackupType::Log:
        break;
    }
}

void HistorySummary::setLists(const BackupList &list)
{
    for (Backups *l : {&fulls, &partials, &files, &differentials, &afterFailure})
        l->m_list = &list;
    anySimple = m_simpleSetting || m_simpleRecords > 0;
}

void HistorySummary::findFirstRegular()
{
    // A few backups a day: reading them all is cheap, where patching the minimum is error-prone.
    auto first = [](const Backups &wholes) {
        QDateTime t;
        for (const Backup *b : wholes)
            if (isRegularWhole(*b) && (!t.isValid() || b->start < t))
                t = b->start;
        return t;
    };
    firstRegularFull = first(fulls);
    firstRegularPartial = first(partials);
}

HistorySummary::HistorySummary(const Project &project)
{
    readSettings(project);
    const BackupList &list = project.backups;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Backup &b = list[i];
        classify(b, [i](Backups &l) { l.m_positions.push_back(i); });
        m_simpleRecords += recordedSimple(b);
    }
    setLists(list);
    findFirstRegular();
}

HistorySummary::HistorySummary(const Project &project, const Project &before, const HistorySummary &previous,
                               const BackupListDelta &d)
{
    readSettings(project);
    if (d.isEverything() || m_failure != previous.m_failure || m_logDamaged != previous.m_logDamaged) {
        *this = HistorySummary(project);
        return;
    }
    // Each list: the positions before the window, the window's own, the rest moved.
    const BackupList &list = project.backups;
    std::vector<qsizetype> *lists[] = {&fulls.m_positions, &partials.m_positions, &files.m_positions,
                                       &differentials.m_positions, &afterFailure.m_positions};
    const Backups *old[] = {&previous.fulls, &previous.partials, &previous.files, &previous.differentials,
                            &previous.afterFailure};
    for (int k = 0; k < 5; ++k) {
        const std::vector<qsizetype> &was = old[k]->m_positions;
        const auto windowStart = std::lower_bound(was.begin(), was.end(), d.at);
        lists[k]->reserve(was.size() + size_t(d.added));
        lists[k]->assign(was.begin(), windowStart);
    }
    for (qsizetype q = d.at; q < d.at + d.added; ++q)
        classify(list[q], [q](Backups &l) { l.m_positions.push_back(q); });
    for (int k = 0; k < 5; ++k) {
        const std::vector<qsizetype> &was = old[k]->m_positions;
        for (auto it = std::lower_bound(was.begin(), was.end(), d.at + d.removed); it != was.end(); ++it)
            lists[k]->push_back(*it + d.shift());
    }
    m_simpleRecords = previous.m_simpleRecords;
    for (qsizetype j = 0; j < d.removed; ++j)
        m_simpleRecords -= recordedSimple(before.backups[d.at + j]);
    for (qsizetype j = 0; j < d.added; ++j)
        m_simpleRecords += recordedSimple(list[d.at + j]);
    setLists(list);
    findFirstRegular();
}

} // namespace rd
