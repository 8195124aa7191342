#include "model/findings/diagnostic.h"

#include "model/domain/project.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace rd {

QString toString(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

FixEdit FixEdit::replaceTarget(const RestoreTarget &target)
{
    FixEdit e;
    e.kind = Kind::ReplaceTarget;
    e.target = target;
    return e;
}

FixEdit FixEdit::replaceBackup(const Backup &backup)
{
    FixEdit e;
    e.kind = Kind::ReplaceBackup;
    e.backup = backup;
    return e;
}

FixEdit FixEdit::removeBackup(const QString &id)
{
    FixEdit e;
    e.kind = Kind::RemoveBackup;
    e.backup.id = id;
    return e;
}

FixEdit FixEdit::replaceFilegroup(const Filegroup &filegroup)
{
    FixEdit e;
    e.kind = Kind::ReplaceFilegroup;
    e.filegroup = filegroup;
    return e;
}

FixEdit FixEdit::removeEvent(const TimelineEvent &event)
{
    FixEdit e;
    e.kind = Kind::RemoveEvent;
    e.event = event;
    return e;
}

FixEdit FixEdit::composite(const QList<FixEdit> &parts)
{
    for (const FixEdit &p : parts)
        if (!p.isValid())
            return {};
    if (parts.size() <= 1)
        return parts.value(0);
    FixEdit e;
    e.kind = Kind::Composite;
    e.parts = FixParts(std::vector<FixEdit>(parts.begin(), parts.end()));
    return e;
}

FixEdit FixEdit::insertAll(int step, const QList<PlanStep> &values)
{
    QList<FixEdit> parts;
    for (qsizetype k = 0; k < values.size(); ++k)
        parts << insert(step + int(k), values[k]);
    return composite(parts);
}

FixParts::FixParts(std::vector<FixEdit> parts) : m_parts(std::make_shared<const std::vector<FixEdit>>(std::move(parts)))
{
}

const FixEdit *FixParts::begin() const
{
    return m_parts ? m_parts->data() : nullptr;
}

const FixEdit *FixParts::end() const
{
    return m_parts ? m_parts->data() + m_parts->size() : nullptr;
}

const FixEdit &FixParts::operator[](size_t i) const
{
    return (*m_parts)[i];
}

bool FixParts::operator==(const FixParts &other) const
{
    return m_parts == other.m_parts || std::equal(begin(), end(), other.begin(), other.end());
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QList<Diagnostic> listedUnderCauses(const QList<Diagnostic> &diagnostics)
{
    // Indexes of the roots, and of the consequences of each step, in their order: O(n).
    QList<qsizetype> roots;
    QHash<int, QList<qsizetype>> consequencesOf;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics[i];
        if (d.causedBy >= 0 && d.causedBy < d.step)
            consequencesOf[d.causedBy] << i;
        else
            roots << i;
    }
    QList<Diagnostic> out;
    out.reserve(diagnostics.size());
    // Emits `group`; after the last finding of each step, the consequences of that step. Causes
    // come before their consequences (causedBy < step), so this ends.
    std::function<void(const QList<qsizetype> &)> emitGroup = [&](const QList<qsizetype> &group) {
        for (qsizetype k = 0; k < group.size(); ++k) {
            const Diagnostic &d = diagnostics[group[k]];
            out << d;
            const bool lastOfStep = k + 1 == group.size() || diagnostics[group[k + 1]].step != d.step;
            if (lastOfStep && d.step >= 0)
                emitGroup(consequencesOf.take(d.step));
        }
    };
    emitGroup(roots);
    for (const QList<qsizetype> &left : std::as_const(consequencesOf)) // a cause without findings of its own
        for (qsizetype i : left)
            out << diagnostics[i];
    return out;
}

void FixEdit::applyTo(Project &project, int planIndex) const
{
    const FixEdit &edit = *this;
    if (planIndex < 0 || planIndex >= project.plans.size())
        return;
    // Only what the edit touches is detached: Project's lists are implicitly shared.
    auto steps = [&]() -> QList<PlanStep> & { return project.plans[planIndex].steps; };
    const int stepCount = int(project.plans[planIndex].steps.size());
    switch (edit.kind) {
    case FixEdit::Kind::None:
        break;
    case FixEdit::Kind::ReplaceStep:
        if (edit.step >= 0 && edit.step < stepCount)
            steps()[edit.step] = edit.value;
        break;
    case FixEdit::Kind::InsertStep:
        steps().insert(qBound(0, edit.step, stepCount), edit.value);
        break;
    case FixEdit::Kind::RemoveStep:
        if (edit.step >= 0 && edit.step < stepCount)
            steps().removeAt(edit.step);
        break;
    case FixEdit::Kind::ReplaceTarget:
        project.plans[planIndex].target = edit.target;
        break;
    case FixEdit::Kind::ReplaceBackup:
        if (const qsizetype i = project.backupIndex(edit.backup.id); i >= 0)
            project.backups[i] = edit.backup;
        break;
    case FixEdit::Kind::RemoveBackup:
        if (const qsizetype i = project.backupIndex(edit.backup.id); i >= 0)
            project.backups.removeAt(i);
        break;
    case FixEdit::Kind::ReplaceFilegroup:
        if (const qsizetype i = project.database.filegroupIndex(edit.filegroup.name); i >= 0)
            project.database.filegroups[i] = edit.filegroup;
        break;
    case FixEdit::Kind::RemoveEvent:
        if (const qsizetype i = project.events.indexOf(edit.event); i >= 0)
            project.events.removeAt(i);
        break;
    case FixEdit::Kind::Composite:
        for (const FixEdit &part : edit.parts)
            part.applyTo(project, planIndex);
        break;
    }
}

} // namespace rd
