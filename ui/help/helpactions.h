// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace rd {

class DiagnosticsDock;
class ProjectDocument;
class ProjectFileActions;
class QuickTour;
class RulesWindow;

/// The Help menu's own actions (docs/help.md): Help ▸ Rules (F1) opens the rule catalog
/// (RulesWindow), on the selected finding's rule when the focus is in the Diagnostics dock, whose
/// "Explain Rule" ("?") opens it too; Help ▸ Quick Tour walks through the window in five steps
/// (QuickTour), shown by itself once, at the first start.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    /// The parts of the window the tour's five steps show.
    struct TourTargets
    {
        QWidget *layout;   ///< the filegroup layout
        QWidget *timeline; ///< the backup timeline
        QDockWidget *plan;
        QDockWidget *diagnostics;
        QDockWidget *simulation; ///< with the T-SQL dock tabbed beside it
    };

    /// The QSettings key set once the tour has been shown (started), by itself or from the menu.
    static QString tourShownKey() { return QStringLiteral("help/quickTourShown"); }

    HelpActions(QMainWindow *window, ProjectDocument *document, ProjectFileActions *files, DiagnosticsDock *diagnostics,
                const TourTargets &targets);

    /// Help ▸ Rules (F1).
    QAction *rulesAction() const { return m_rules; }
    /// Help ▸ Quick Tour.
    QAction *quickTourAction() const { return m_tour; }

    /// Opens Help ▸ Rules with rule `id` selected (a finding's rule); false for an unknown ID.
    bool explainRule(const QString &id);
    /// The Rules window, created on first use.
    RulesWindow *rulesWindow();
    /// The tour, created on first use.
    QuickTour *quickTour();

    /// Starts the tour. An untitled window (File ▸ New, the sample) is given the sample first, after
    /// asking about unsaved changes as File ▸ Open Sample does; false if the user cancelled then.
    /// Records that the tour was shown (tourShownKey).
    bool startTour();
    /// At start-up: starts the tour when it was never shown, unless a file was given on the command
    /// line or the platform is "offscreen" (tests, scripts) and RD_QUICK_TOUR=1 is not set.
    /// Returns whether it started.
    bool showTourOnFirstStart(bool fileGiven);

private:
    void showRules();

    QMainWindow *m_window;
    ProjectDocument *m_document;
    ProjectFileActions *m_files;
    DiagnosticsDock *m_diagnostics;
    TourTargets m_targets;
    QAction *m_rules;
    QAction *m_tour;
    QPointer<RulesWindow> m_rulesWindow;
    QuickTour *m_quickTour = nullptr;
};

} // namespace rd
