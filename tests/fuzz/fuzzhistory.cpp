// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/fuzz/fuzzhistory.h"

#include "tests/fuzz/fuzzproject.h"

#include <QSet>

namespace rd::fuzz {
namespace {

void checkProject(const Project &project)
{
    QSet<QString> ids;
    for (const Backup &b : project.backups) {
        if (ids.contains(b.id))
            finding("two backups with one id", b.id);
        ids.insert(b.id);
        if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
            finding("a backup whose last LSN is before its first LSN", b.id);
        if (b.media.size() > 64 || b.mediaFamilyCount > 64 || b.position < 1)
            finding("more than 64 media families, or a position below 1", b.id);
        if (b.finish < b.start)
            finding("a backup that finishes before it starts", b.id);
    }
}

} // namespace

void checkHistoryImport(const HistoryImport &result, const QByteArray &bytes)
{
    const QStringList errors = result.errors();
    if (result.ok() != errors.isEmpty())
        finding(result.ok() ? "a project despite errors" : "no project and no error", errors.join(u'\n'));
    if (result.cancelled)
        finding("an import cancelled without being asked", QString());
    // A line ends at \n, \r\n or \r (CliXML may use any): their count bounds the lines. UTF-16
    // halves the lines' bytes, never their count.
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    for (const HistoryImportProblem &p : result.problems)
        if (p.line < 0 || p.line > lines || p.column < 0 || p.message.isEmpty())
            finding("a problem placed outside the file, or without words", p.toString());
    for (const HistorySkippedRows &s : result.skipped)
        for (int line : s.lines)
            if (line < 1 || line > lines || s.reason.isEmpty())
                finding("a skipped row outside the file, or without a reason", s.toString());
    if (result.ok()) {
        checkProject(*result.project);
        exercise(*result.project);
    }
}

} // namespace rd::fuzz
