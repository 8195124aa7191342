// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace rd {

class ProjectDocument;
class ViewState;

/// Trainer mode's step slider, under the timeline: 0 = before the restore, N = after step N of
/// the current plan. It moves the selected step (ViewState), so the timeline's lanes, the
/// simulation dock and the plan follow; it says what the step achieved and after which step
/// each filegroup comes online (Availability). Previous/Next also by keyboard (Alt+Left/Right,
/// Page Up/Down for a presenter's clicker).
class TrainerBar : public QWidget
{
    Q_OBJECT
public:
    TrainerBar(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    /// View ▸ Trainer Mode (Ctrl+Shift+T), checkable: shows this bar and the timeline's state tints
    /// (ViewState::setTrainerMode). The window puts it in its View menu and tool bar.
    QAction *trainerModeAction() const { return m_trainerMode; }
    QLabel *label() const { return m_text; }

private:
    void refresh();
    void step(int delta);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QToolButton *m_previous;
    QToolButton *m_next;
    QSlider *m_slider;
    QLabel *m_text;
    QAction *m_trainerMode;
};

} // namespace rd
