// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/savedviewstate.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace rd {

class ProjectDocument;
class TimelineView;
class ViewState;

/// Carries the designer's view between the window and a project file: capture() reads the
/// current plan and step, the selected backup and filegroup, the timeline's axis, and each
/// axis's zoom and left edge (SavedViewState's keys) for Save; restore() applies what an opened file kept. Neither
/// touches the document: the view is not an edit, so saving it neither pushes an undo step nor
/// marks the project modified.
class ViewStateKeeper : public QObject
{
    Q_OBJECT
public:
    ViewStateKeeper(ProjectDocument *document, ViewState *viewState, TimelineView *timeline, QObject *parent = nullptr);

    /// What Save writes into Project::viewState.
    QJsonObject capture() const;
    /// Applies the document's Project::viewState (call after an open has reset the selection);
    /// the timeline's zoom and scroll once the timeline is shown, since they depend on its width.
    /// Returns the problems of a malformed view state, whose values are then ignored.
    QStringList restore();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTimeline();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    TimelineView *m_timeline;
    std::optional<SavedViewState> m_pendingTimeline; ///< restored before the timeline was shown
};

} // namespace rd
