// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/pagerestorechecks.h"

#include "model/simulation/pagelist.h"

#include <QCoreApplication>

namespace rd::PageRestoreChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageRestoreChecks)
};

QString fixText(const PageList::Entry &e, const CheckContext &c)
{
    const QString file = e.file >= 0 ? c.catalog.files()[e.file].name : QString();
    switch (e.problem) {
    case PageList::Problem::Malformed:
        return Tr::tr("Write each page as file_id:page_id (for example 1:57), separated by commas.");
    case PageList::Problem::UnknownFile:
        return Tr::tr("Use the file_id that msdb.dbo.suspect_pages or the error message gives for the damaged page.");
    case PageList::Problem::BeyondEnd:
        return Tr::tr("Check the page ID against msdb.dbo.suspect_pages, or correct the size of %1 in the layout.").arg(file);
    case PageList::Problem::DatabaseBootPage:
    case PageList::Problem::LogFile:
        return Tr::tr("Restore the whole database instead of this page.");
    case PageList::Problem::NoPages:
    case PageList::Problem::FileBootPage:
    case PageList::Problem::AllocationPage:
        return Tr::tr("Restore file %1 as a whole (RESTORE DATABASE … FILE = '%1') instead of this page.").arg(file);
    case PageList::Problem::None:
        break;
    }
    return {};
}

/// R-PAGE-001: one finding per entry SQL Server would refuse.
void checkPageLists(CheckContext &c)
{
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (!s.isRestore() || s.pages.isEmpty())
            continue;
        const QList<PageList::Entry> entries = PageList::read(c.project.database, c.catalog, s.pages);
        for (qsizetype k = 0; k < entries.size(); ++k) {
            const PageList::Entry &e = entries[k];
            if (e.problem == PageList::Problem::None)
                continue;
            // Dropping the entry lets the other pages be restored; the dropped one needs the fix's restore.
            ProjectEdit edit;
            if (entries.size() > 1 && e.problem != PageList::Problem::Malformed)
                edit = c.changed(i, [k](PlanStep &st) { st.pages.removeAt(k); });
            c.add(i, "R-PAGE-001", Severity::Error,
                  Tr::tr("Step %1: page \"%2\" %3, so SQL Server refuses the statement.")
                      .arg(i + 1)
                      .arg(e.text, PageList::describe(e, c.project.database, c.catalog)),
                  s.backup,
                  e.file >= 0 ? c.filegroupName(c.catalog.files()[e.file].filegroup) : QString(), fixText(e, c), edit);
        }
    }
}

/// R-FILE-004 for page restores: "An unbroken chain of log backups must be applied … to bring the filegroup
/// that contains the page forward to the current log file", which a damaged log cannot give.
void checkDamagedLog(CheckContext &c)
{
    if (!c.project.environment.databaseExists)
        return;
    bool logDamaged = false;
    for (const TimelineEvent &e : c.project.events)
        logDamaged |= e.kind == EventKind::Failure && e.logDamaged;
    if (!logDamaged)
        return;
    int first = -1;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (s.statement != StepStatement::RestoreDatabase || s.backup.isEmpty())
            continue;
        if (s.partial || s.hasTargets())
            return; // TailChecks reports the file or partial restore
        if (!s.pages.isEmpty() && first < 0)
            first = i;
    }
    if (first < 0)
        return;
    c.add(first, "R-FILE-004", Severity::Error,
          Tr::tr("The log of %1 is damaged, so the pages restored at step %2 can never be brought up to date with the "
                 "rest of the database; restore the whole database (work since the last log backup is lost).")
              .arg(c.project.database.name).arg(first + 1),
          c.plan.steps[first].backup, {},
          Tr::tr("Restore the whole database from a full backup (no PAGE list) with REPLACE, then the log backups."));
}

} // namespace

void run(CheckContext &c)
{
    checkPageLists(c);
    checkDamagedLog(c);
}

} // namespace rd::PageRestoreChecks
