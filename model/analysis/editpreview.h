// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/findings/projectedit.h"

#include <memory>

namespace rd {

/// What an edit would do to the verdict, without touching the document: the analysis of the
/// would-be project, built from the current one (it lends what the edit leaves, so a preview per
/// mouse move costs what an edit costs), and the findings it would add. The timeline's ghost of a
/// backup being dragged is coloured by it (issue 9, item 3).
struct EditPreview
{
    std::shared_ptr<const ProjectAnalysis> analysis; ///< of the project with the edit applied
    /// Findings of plan `plan` (history findings included) that the edit would add: those not in
    /// the current analysis (compared by rule, severity, step, backup, filegroup and message).
    QList<Diagnostic> added;

    int addedErrors() const;
    /// The added findings about backup `id` (empty id: all), errors first.
    QList<Diagnostic> addedAbout(const QString &id) const;

    /// `edit` applied to plan `plan` (-1: an edit of no plan) of `current`'s project.
    static EditPreview of(const ProjectAnalysis &current, int plan, const ProjectEdit &edit);
};

} // namespace rd
