#pragma once

#include "model/domain/backup.h"
#include "model/domain/filegroup.h"
#include "model/domain/plan.h"
#include "model/domain/timelineevent.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rd {

struct Project;

struct FixEdit;

/// The parts of a composite fix, in order: immutable and shared, so copying a finding whose fix
/// restores hundreds of log backups copies a pointer (findings are copied as they are collected).
class FixParts
{
public:
    FixParts() = default;
    explicit FixParts(std::vector<FixEdit> parts);
    const FixEdit *begin() const;
    const FixEdit *end() const;
    size_t size() const { return m_parts ? m_parts->size() : 0; }
    bool empty() const { return size() == 0; }
    const FixEdit &operator[](size_t i) const;
    bool operator==(const FixParts &other) const; ///< equal parts, not the same storage
private:
    std::shared_ptr<const std::vector<FixEdit>> m_parts;
};

/// A fix the designer can apply as one undoable edit (ApplyFixCommand). Most fixes change the plan's
/// steps; some correct the design of the history (a backup, a filegroup of the layout, an event) or
/// the plan's target; a composite applies several of these in order. Facts about the target server
/// (RestoreEnvironment) are never a fix: the user must make them true on the server, then state them.
struct FixEdit
{
    enum class Kind {
        None,
        ReplaceStep,      ///< steps[step] = value
        InsertStep,       ///< value inserted at `step`
        RemoveStep,       ///< steps[step] removed
        ReplaceTarget,    ///< the plan's recovery target = target
        ReplaceBackup,    ///< the history's backup with backup.id = backup
        RemoveBackup,     ///< the history's backup with backup.id removed
        ReplaceFilegroup, ///< the layout's filegroup named filegroup.name = filegroup
        RemoveEvent,      ///< the first event equal to `event` removed
        Composite,        ///< `parts` in order, as one edit
    };
    Kind kind = Kind::None;
    int step = -1;  ///< 0-based: the step replaced or removed, or where the new step is inserted
    PlanStep value; ///< the new step (ReplaceStep, InsertStep)
    RestoreTarget target; ///< ReplaceTarget
    Backup backup;        ///< ReplaceBackup (the new value, found by its id); RemoveBackup (only the id)
    Filegroup filegroup;  ///< ReplaceFilegroup (the new value, found by its name)
    TimelineEvent event;  ///< RemoveEvent
    FixParts parts;       ///< Composite

    bool isValid() const { return kind != Kind::None; }
    static FixEdit replace(int step, const PlanStep &value) { return {Kind::ReplaceStep, step, value}; }
    static FixEdit insert(int step, const PlanStep &value) { return {Kind::InsertStep, step, value}; }
    static FixEdit remove(int step) { return {Kind::RemoveStep, step, {}}; }
    static FixEdit replaceTarget(const RestoreTarget &target);
    static FixEdit replaceBackup(const Backup &backup);
    static FixEdit removeBackup(const QString &id);
    static FixEdit replaceFilegroup(const Filegroup &filegroup);
    static FixEdit removeEvent(const TimelineEvent &event);
    /// `parts` as one edit: the edit itself when there is one; invalid when there is none or any part
    /// is invalid (a fix applied only in part would not be the fix its words describe).
    static FixEdit composite(const QList<FixEdit> &parts);
    /// Consecutive steps inserted at `step`, in order (e.g. the missing log restores).
    static FixEdit insertAll(int step, const QList<PlanStep> &values);
    /// Applies the edit to plan `planIndex` of `project` (and to its history); an edit that no
    /// longer fits (a step, backup, filegroup or event that is gone) changes nothing.
    void applyTo(Project &project, int planIndex) const;
    bool operator==(const FixEdit &) const = default;
};

enum class Severity { Error, Warning, Info };
QString toString(Severity s); ///< "error", "warning", "info" (plan-format.md, check --format json)

/// One finding of the validator. `rule` is a stable ID from docs/rules.md.
struct Diagnostic
{
    QString rule;                 ///< e.g. "R-MOD-002"
    Severity severity = Severity::Error;
    int step = -1;                ///< 0-based index in the plan's steps; -1 = plan-wide / history
    QString backup;               ///< backup id concerned, if any
    QString filegroup;            ///< filegroup concerned, if any
    QString message;              ///< what is wrong, in the DBA's terms
    QString fix;                  ///< the smallest fix, when one is known (may be empty)
    FixEdit edit;                 ///< the same fix as a plan edit, when it is one (the designer offers it)
    /// The earlier step whose statement SQL Server refuses and which this finding follows from:
    /// it was judged against the state that refusal left unchanged, so fixing that step first may
    /// clear it. -1 when it follows no refusal (RestoreSimulator sets it).
    int causedBy = -1;

    bool operator==(const Diagnostic &) const = default;
};

/// True if any diagnostic is an error (exit status 1 of `check`).
bool hasErrors(const QList<Diagnostic> &diagnostics);

/// The same findings, each consequence listed right under the findings of the step it follows
/// from (Diagnostic::causedBy), in their order, nested as deep as causes go; the others keep
/// their order. For people (the Diagnostics dock, check's text): the root error comes first.
QList<Diagnostic> listedUnderCauses(const QList<Diagnostic> &diagnostics);

} // namespace rd
