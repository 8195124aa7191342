// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/helpactions.h"

#include "model/document/projectdocument.h"
#include "ui/diagnosticsdock.h"
#include "ui/help/quicktour.h"
#include "ui/help/ruleswindow.h"
#include "ui/projectfileactions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>

namespace rd {
namespace {

/// Shows `dock` and brings its tab to the front.
std::function<void()> raising(QDockWidget *dock)
{
    return [dock] {
        dock->show();
        dock->raise();
    };
}

} // namespace

HelpActions::HelpActions(QMainWindow *window, ProjectDocument *document, ProjectFileActions *files,
                         DiagnosticsDock *diagnostics, const TourTargets &targets)
    : QObject(window), m_window(window), m_document(document), m_files(files), m_diagnostics(diagnostics),
      m_targets(targets), m_rules(new QAction(tr("&Rules"), this)), m_tour(new QAction(tr("Quick &Tour"), this))
{
    m_rules->setObjectName(QStringLiteral("rulesAction"));
    m_rules->setShortcut(QKeySequence::HelpContents);
    m_rules->setStatusTip(tr("Read the rules the designer checks, searchable; on a selected finding, its rule (F1)"));
    connect(m_rules, &QAction::triggered, this, &HelpActions::showRules);
    m_tour->setObjectName(QStringLiteral("quickTourAction"));
    m_tour->setStatusTip(tr("A five-step walk through the window on the bundled sample"));
    connect(m_tour, &QAction::triggered, this, &HelpActions::startTour);
    connect(diagnostics, &DiagnosticsDock::explainRuleRequested, this, &HelpActions::explainRule);
}

void HelpActions::showRules()
{
    // F1 on a finding explains its rule; anywhere else it opens the catalog as it was left.
    const QWidget *focus = QApplication::focusWidget();
    const QString rule = focus && m_diagnostics->isAncestorOf(focus) ? m_diagnostics->currentRule() : QString();
    if (!rule.isEmpty() && explainRule(rule))
        return;
    RulesWindow *rules = rulesWindow();
    rules->show();
    rules->raise();
    rules->activateWindow();
}

RulesWindow *HelpActions::rulesWindow()
{
    if (!m_rulesWindow)
        m_rulesWindow = new RulesWindow(m_window); // a window of its own, closed with the designer
    return m_rulesWindow;
}

bool HelpActions::explainRule(const QString &id)
{
    return rulesWindow()->showRule(id);
}

QuickTour *HelpActions::quickTour()
{
    if (m_quickTour)
        return m_quickTour;
    const TourTargets &t = m_targets;
    QList<QuickTour::Step> steps{
        {t.layout, tr("The filegroup layout"),
         tr("Each box is a filegroup of the database: PRIMARY, read/write and read-only ones, and the "
            "memory-optimized filegroup. Click one to see its files in the Inspector."),
         {}},
        {t.timeline, tr("The backup timeline"),
         tr("The backup history, left to right in time: full, differential, file and log backups, and events "
            "such as the failure. Drag a backup kind from the Backups palette to add one."),
         {}},
        {t.plan, tr("The restore plan"),
         tr("The plan's RESTORE steps, in order. Select a step to choose what it restores and how it recovers; "
            "Ctrl+Shift+Up and Down move it."),
         raising(t.plan)},
        {t.diagnostics, tr("Findings and their rules"),
         tr("Every rule of SQL Server the plan breaks is listed here as you edit. Select a finding to locate it; "
            "press ? or F1 to read its rule, Ctrl+. to apply its fix."),
         raising(t.diagnostics)},
        {t.simulation, tr("Simulation and T-SQL"),
         tr("The state of the database and of each filegroup after every step. The T-SQL tab beside it holds "
            "the restore script; File ▸ Export T-SQL saves it."),
         raising(t.simulation)},
    };
    m_quickTour = new QuickTour(m_window, steps);
    return m_quickTour;
}

bool HelpActions::startTour()
{
    if (m_document->filePath().isEmpty()) {
        if (!m_files->maybeSave())
            return false;
        m_files->openSample();
    }
    QSettings().setValue(tourShownKey(), true);
    quickTour()->start();
    return true;
}

bool HelpActions::showTourOnFirstStart(bool fileGiven)
{
    if (fileGiven || QSettings().value(tourShownKey(), false).toBool())
        return false;
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && qgetenv("RD_QUICK_TOUR") != "1")
        return false;
    return startTour();
}

} // namespace rd
