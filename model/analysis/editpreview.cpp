// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/editpreview.h"

#include <QSet>

#include <algorithm>

namespace rd {
namespace {

QString keyOf(const Diagnostic &d)
{
    return QStringList{d.rule, toString(d.severity), QString::number(d.step), d.backup, d.filegroup, d.message}.join(u'\x1f');
}

} // namespace

EditPreview EditPreview::of(const ProjectAnalysis &current, int plan, const ProjectEdit &edit)
{
    Project would = current.project();
    edit.applyTo(would, plan);
    EditPreview p;
    p.analysis = ProjectAnalysis::build(would, &current);
    const int shown = plan >= 0 ? plan : 0; // an edit of no plan: judged on the first plan
    QSet<QString> before;
    for (const Diagnostic &d : current.plan(shown).diagnostics)
        before.insert(keyOf(d));
    for (const Diagnostic &d : p.analysis->plan(shown).diagnostics)
        if (!before.contains(keyOf(d)))
            p.added << d;
    return p;
}

int EditPreview::addedErrors() const
{
    return int(std::count_if(added.begin(), added.end(), [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

QList<Diagnostic> EditPreview::addedAbout(const QString &id) const
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : added)
        if (id.isEmpty() || d.backup == id)
            out << d;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return out;
}

} // namespace rd
