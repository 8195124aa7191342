// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/ruleswindow.h"

#include "ui/designerstyle.h"
#include "ui/help/rulecatalogmodel.h"
#include "ui/help/rulesearchmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rd {
namespace {

/// A title, message or note of the catalog in the user's language, as HTML.
QString html(const char *text)
{
    return RuleCatalog::translated(text).toHtmlEscaped();
}

/// The source as HTML, the documents it names as links: a path in MicrosoftDocs/sql-docs
/// ("docs/….md") to that file on GitHub, an archived page on learn.microsoft.com to the page.
QString sourceHtml(const QString &source)
{
    static const QRegularExpression document(
        QStringLiteral(R"((docs/[^\s()]+\.md)|(learn\.microsoft\.com/[^\s()]+(?:\([^\s()]*\))?))"));
    QString out;
    qsizetype done = 0;
    for (auto it = document.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += source.mid(done, m.capturedStart() - done).toHtmlEscaped();
        const QString url = m.capturedLength(1) ? QStringLiteral("https://github.com/MicrosoftDocs/sql-docs/blob/live/") + m.captured(1)
                                                : QStringLiteral("https://") + m.captured(2);
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), m.captured().toHtmlEscaped());
        done = m.capturedEnd();
    }
    return out + source.mid(done).toHtmlEscaped();
}

QString statusText(RuleStatus status)
{
    switch (status) {
    case RuleStatus::Checked: return RulesWindow::tr("Checked: the designer reports it in the Diagnostics dock and in `check`.");
    case RuleStatus::Simulated: return RulesWindow::tr("Simulated: the simulation applies it; there is nothing to report.");
    case RuleStatus::ByConstruction: return RulesWindow::tr("By construction: the designer and its T-SQL cannot break it.");
    case RuleStatus::NotApplicable: return RulesWindow::tr("Not applicable: it cannot be checked from what a plan describes.");
    case RuleStatus::Pending: return RulesWindow::tr("Pending: not checked in this version.");
    }
    return {};
}

QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High: return RulesWindow::tr("high");
    case Confidence::Medium: return RulesWindow::tr("medium");
    case Confidence::Low: return RulesWindow::tr("low");
    }
    return {};
}

} // namespace

RulesWindow::RulesWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(new RuleCatalogModel(this)), m_proxy(new RuleSearchModel(this)),
      m_search(new QLineEdit), m_count(new QLabel), m_view(new QTableView), m_detail(new QTextBrowser)
{
    setObjectName(QStringLiteral("rulesWindow"));
    setWindowTitle(tr("Rules — Restore Designer"));
    resize(1100, 640);

    m_search->setObjectName(QStringLiteral("rulesSearch"));
    m_search->setPlaceholderText(tr("Search rules by ID, title or text (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the rules whose ID, title, message, note or source holds every word typed (any case)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("rulesCount"));

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("rulesView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RuleCatalogModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RuleCatalogModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    m_detail->setObjectName(QStringLiteral("ruleDetail"));
    m_detail->setOpenExternalLinks(true);
    m_detail->setPlaceholderText(tr("Select a rule to read it."));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 480});
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *find = new QAction(tr("Search Rules"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString kept = currentRule();
        m_proxy->setSearchText(text);
        // Keep the rule being read when it still matches; otherwise read the first that does.
        const QModelIndex again = m_proxy->mapFromSource(m_model->index(m_model->rowOf(kept), 0));
        m_view->setCurrentIndex(again.isValid() ? again : m_proxy->index(0, 0));
        updateCount();
        showCurrent();
    });
    // Down from the search field goes to the list, as in a browser's find bar.
    connect(m_search, &QLineEdit::returnPressed, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RulesWindow::showCurrent);
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
    showCurrent();
}

bool RulesWindow::showRule(const QString &id)
{
    show();
    raise();
    activateWindow();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_count->setText(tr("No rule %1 in the catalog").arg(id));
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the search hid it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

QString RulesWindow::currentRule() const
{
    return m_view->currentIndex().data(RuleCatalogModel::RuleIdRole).toString();
}

void RulesWindow::showCurrent()
{
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    if (row < 0)
        m_detail->clear();
    else
        m_detail->setHtml(detailHtml(m_model->rule(row)));
}

void RulesWindow::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n rule(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %2 rules").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QString RulesWindow::detailHtml(const RuleInfo &r)
{
    QString out = QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(html(r.title), QString::fromUtf16(r.id).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Severity: <b>%1</b> · Confidence: <b>%2</b>").arg(DesignerStyle::severityText(r.severity), confidenceText(r.confidence)));
    out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("What it checks"), statusText(r.status).toHtmlEscaped());
    if (*r.note)
        out += QStringLiteral("<p>%1</p>").arg(html(r.note));
    if (*r.message) // some rules of the catalog give no message of their own
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("What the designer says, and the fix"), html(r.message));
    out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Source"), sourceHtml(QString::fromUtf16(r.source)));
    return out;
}

} // namespace rd
