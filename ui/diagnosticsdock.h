// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rd {

class DiagnosticModel;
class ProjectDocument;
class ViewState;

/// The "Diagnostics" dock: the current plan's findings, live. Selecting one locates it: the
/// step is selected in the Plan dock and the backup and filegroup it concerns are highlighted
/// on the timeline and in the layout. A real history can give hundreds of findings: the table
/// sorts by any column (a click on its header; a third click gives back the checks' order) and a
/// filter field (Ctrl+F) keeps the findings whose severity, rule, step, backup, filegroup or
/// message contains the text typed.
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT
public:
    DiagnosticsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// The filter field above the table.
    QLineEdit *filterEdit() const { return m_filter; }
    DiagnosticModel *model() const { return m_model; }
    /// Applies the selected finding's fix as one undoable edit (enabled when it has one).
    QAction *applyFixAction() const { return m_applyFix; }
    /// "Explain Rule R-…": asks (explainRuleRequested) for the selected finding's rule in Help ▸
    /// Rules; the "?" button beside the filter, the context menu, and F1 (Help ▸ Rules) on a finding.
    QAction *explainRuleAction() const { return m_explainRule; }
    /// The rule ID of the selected finding, or empty when none is selected.
    QString currentRule() const;

signals:
    /// The user asked to read rule `rule` (a finding's Diagnostic::rule).
    void explainRuleRequested(const QString &rule);

private:
    /// The DiagnosticModel row shown at `viewRow` of the (sorted, filtered) table, or -1.
    int sourceRow(int viewRow) const;
    void locate(int viewRow);
    void updateSummary();
    void updateFixAction();
    void applyFix();
    void updateExplainAction();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    DiagnosticModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_icon;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_placeholder;
    QStackedWidget *m_stack;
    QAction *m_applyFix;
    QAction *m_explainRule;
};

} // namespace rd
