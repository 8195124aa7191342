// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace rd {

class RuleCatalogModel;
class RuleSearchModel;
struct RuleInfo;

/// Help ▸ Rules: the rule catalog inside the program (the content of docs/rules.md, read from the
/// model's RuleCatalog), searchable. A non-modal window of its own: a search field (Ctrl+F), the
/// rules that match it (ID, severity, title), and the selected rule in full: ID, title, severity,
/// how the designer applies it, what it reports and the fix, its source document and confidence.
/// Esc closes it. The Diagnostics dock's "Explain Rule" opens it on a finding's rule (showRule).
class RulesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RulesWindow(QWidget *parent = nullptr);

    /// Shows, raises and activates the window with rule `id` selected and in view. A search that
    /// hides the rule is cleared first. An ID the catalog does not have leaves the selection as it
    /// is and says so above the list; returns false then.
    bool showRule(const QString &id);
    /// The ID of the selected rule, or empty.
    QString currentRule() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    /// The selected rule's details (HTML).
    QTextBrowser *detail() const { return m_detail; }
    RuleSearchModel *searchModel() const { return m_proxy; }

    /// The detail view's HTML for `rule`.
    static QString detailHtml(const RuleInfo &rule);

private:
    void showCurrent();
    void updateCount();

    RuleCatalogModel *m_model;
    RuleSearchModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
};

} // namespace rd
