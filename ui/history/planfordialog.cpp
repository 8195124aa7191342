// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/planfordialog.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/planner/restoreplanner.h"
#include "ui/docks/targeteditor.h"
#include "ui/history/prioritylist.h"
#include "ui/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace rd {
namespace {
/// The prefix PlanRequest gives an LSN target's mark (STOPATMARK = 'lsn:…').
const QString LsnMarkPrefix = QStringLiteral("lsn:");

/// `name`, or `name (2)`, `name (3)`, … : the first no plan of `project` has (case-insensitive).
QString freeName(const Project &project, const QString &name)
{
    auto taken = [&project](const QString &n) {
        return std::any_of(project.plans.cbegin(), project.plans.cend(),
                           [&n](const Plan &p) { return p.name.compare(n, Qt::CaseInsensitive) == 0; });
    };
    QString out = name;
    for (int i = 2; taken(out); ++i)
        out = QStringLiteral("%1 (%2)").arg(name).arg(i);
    return out;
}
} // namespace

PlanForDialog::PlanForDialog(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDialog(parent), m_document(document), m_viewState(viewState), m_kind(new QComboBox), m_time(new QDateTimeEdit),
      m_mark(new QComboBox), m_beforeMark(new QCheckBox(tr("&before it (STOPBEFOREMARK)"))), m_lsn(new QLineEdit),
      m_name(new QLineEdit), m_piecemeal(new QCheckBox(tr("&Piecemeal restore: PRIMARY first, then these filegroups in this order"))),
      m_priority(new PriorityList), m_error(new QLabel)
{
    setObjectName(QStringLiteral("planForDialog"));
    setWindowTitle(tr("Plan for…"));
    const Project &project = document->project();

    m_kind->setObjectName(QStringLiteral("planForTargetCombo"));
    m_kind->addItem(tr("the latest point: the end of the log"), int(TargetKind::Latest));
    m_kind->addItem(tr("a point in time (STOPAT)"), int(TargetKind::PointInTime));
    m_kind->addItem(tr("a marked transaction (STOPATMARK)"), int(TargetKind::Mark));
    m_kind->addItem(tr("an LSN (STOPATMARK = 'lsn:…')"), int(TargetKind::Lsn));
    m_kind->setToolTip(tr("How far the restore rolls forward"));

    m_time->setObjectName(QStringLiteral("planForTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setTimeSpec(Qt::UTC); // server wall-clock time, as the whole project (PlanTime)
    m_time->setCalendarPopup(true);
    m_time->setToolTip(tr("Server time to stop at, to the second; bounded by the history"));
    // Bounded as the plan's own target editor is: no log reaches past the last log backup.
    const auto [first, last] = TargetEditor::stopAtRange(project);
    if (first.isValid() && last.isValid() && first < last)
        m_time->setDateTimeRange(first, last);
    m_time->setDateTime(last.isValid() ? last : first.isValid() ? first : QDateTime::currentDateTimeUtc());

    m_mark->setObjectName(QStringLiteral("planForMarkCombo"));
    m_mark->setToolTip(tr("The marked transactions on the timeline (MARK events)"));
    m_mark->addItems(TargetEditor::markNames(project));
    m_beforeMark->setObjectName(QStringLiteral("planForBeforeMarkBox"));
    m_lsn->setObjectName(QStringLiteral("planForLsnEdit"));
    m_lsn->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,25}")), m_lsn));
    m_lsn->setPlaceholderText(tr("decimal digits, as msdb shows them: 41000000034400001"));
    m_lsn->setToolTip(tr("The LSN to stop at, in decimal digits as backupset.last_lsn shows it"));

    m_name->setObjectName(QStringLiteral("planForNameEdit"));
    m_name->setPlaceholderText(tr("named after the target"));
    m_name->setToolTip(tr("The new plan's name; empty: the planner names it after the target"));

    m_piecemeal->setObjectName(QStringLiteral("planForPiecemealBox"));
    m_piecemeal->setToolTip(tr("Restore in stages: the first checked filegroup with PRIMARY (and the memory-optimized "
                               "filegroup), each next checked one in a stage of its own, then the unchecked ones "
                               "together; otherwise the whole database at once"));
    // PRIMARY and the memory-optimized filegroup always come online in the first stage (R-MOD-002):
    // only the others are the user's to order.
    QStringList filegroups;
    for (const Filegroup &fg : project.database.filegroups)
        if (!fg.isPrimary() && fg.type != FilegroupType::MemoryOptimizedData)
            filegroups << fg.name;
    m_priority->setNames(filegroups);
    m_priority->setEnabled(false);

    m_error->setObjectName(QStringLiteral("planForError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e"));
    m_error->hide();

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_kind);
    targetRow->addWidget(m_time);
    targetRow->addWidget(m_mark);
    targetRow->addWidget(m_beforeMark);
    targetRow->addWidget(m_lsn, 1);
    targetRow->addStretch(0);
    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("Recover &to:"));
    targetLabel->setBuddy(m_kind);
    form->addRow(targetLabel, targetRow);
    auto *nameLabel = new QLabel(tr("Plan &name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan")); // Enter; Alt+P is Piecemeal
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("planForOkButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_piecemeal);
    layout->addWidget(m_priority, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 400);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanForDialog::showTargetFields);
    connect(m_piecemeal, &QCheckBox::toggled, m_priority, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanForDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTargetFields();
}

void PlanForDialog::setTargetKind(TargetKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PlanForDialog::showTargetFields()
{
    const auto kind = TargetKind(m_kind->currentData().toInt());
    m_time->setVisible(kind == TargetKind::PointInTime);
    m_mark->setVisible(kind == TargetKind::Mark);
    m_beforeMark->setVisible(kind == TargetKind::Mark);
    m_lsn->setVisible(kind == TargetKind::Lsn);
}

std::optional<PlanRequest> PlanForDialog::request(QString *error) const
{
    PlanRequest r;
    switch (TargetKind(m_kind->currentData().toInt())) {
    case TargetKind::Latest:
        r.target.kind = RestoreTarget::Kind::EndOfLog;
        break;
    case TargetKind::PointInTime:
        r.target.kind = RestoreTarget::Kind::PointInTime;
        r.target.pointInTime = m_time->dateTime();
        break;
    case TargetKind::Mark:
        if (m_mark->currentText().isEmpty()) {
            if (error)
                *error = tr("The timeline has no marked transaction: add a MARK event first, or choose another target.");
            return std::nullopt;
        }
        r.target.kind = RestoreTarget::Kind::Mark;
        r.target.mark = m_mark->currentText();
        r.target.beforeMark = m_beforeMark->isChecked();
        break;
    case TargetKind::Lsn: {
        QString why;
        const std::optional<Lsn> lsn = Lsn::parse(m_lsn->text().trimmed(), &why);
        if (!lsn) {
            if (error)
                *error = tr("Target LSN: %1").arg(why);
            return std::nullopt;
        }
        r.target.kind = RestoreTarget::Kind::Mark;
        r.target.mark = LsnMarkPrefix + lsn->toString();
        break;
    }
    }
    if (m_piecemeal->isChecked())
        r.onlineFirst = m_priority->checkedNames();
    r.name = m_name->text().trimmed();
    return r;
}

QString PlanForDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PlanForDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PlanForDialog::accept()
{
    QString why;
    const std::optional<PlanRequest> r = request(&why);
    if (!r) {
        showError(why);
        return;
    }
    if (!r->name.isEmpty() && freeName(m_document->project(), r->name) != r->name) {
        showError(tr("A plan named %1 exists already: choose another name.").arg(r->name));
        m_name->setFocus();
        return;
    }
    m_planned = RestorePlanner::plan(m_document->analysis(), *r);
    if (!m_planned.ok()) {
        showError(tr("No plan: %1").arg(m_planned.error.isEmpty() ? tr("the planner gave no reason") : m_planned.error));
        return;
    }
    Plan plan = *m_planned.plan;
    plan.name = freeName(m_document->project(), plan.name.isEmpty() ? tr("Planned restore") : plan.name);
    // A tail-log backup the plan takes but the history lacks joins the history in the same edit,
    // so that Undo never leaves a plan naming a backup that is not there.
    ProjectEdit edit = ProjectEdit::addPlan(plan);
    if (m_planned.tailLog) {
        Backup tail = *m_planned.tailLog;
        const QString id = m_document->project().uniqueBackupId(tail.id);
        for (PlanStep &step : plan.steps)
            if (step.backup == tail.id)
                step.backup = id;
        tail.id = id;
        edit = ProjectEdit::composite({ProjectEdit::addBackup(tail), ProjectEdit::addPlan(plan)});
    }
    m_document->undoStack()->push(new EditCommand(m_document, -1, edit, tr("Plan for… %1").arg(plan.name)));
    m_viewState->setCurrentPlan(int(m_document->project().plans.size()) - 1);
    showError(QString());
    QDialog::accept();
}

} // namespace rd
