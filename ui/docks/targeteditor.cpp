// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/targeteditor.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace rd {

TargetEditor::TargetEditor(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QWidget(parent), m_document(document), m_viewState(viewState), m_kind(new QComboBox(this)),
      m_time(new QDateTimeEdit(this)), m_mark(new QComboBox(this)), m_before(new QCheckBox(tr("&before it"), this))
{
    setObjectName(QStringLiteral("targetEditor"));
    m_kind->setObjectName(QStringLiteral("targetKindCombo"));
    m_kind->addItem(tr("the end of the log"), int(RestoreTarget::Kind::EndOfLog));
    m_kind->addItem(tr("a point in time (STOPAT)"), int(RestoreTarget::Kind::PointInTime));
    m_kind->addItem(tr("a marked transaction (STOPATMARK)"), int(RestoreTarget::Kind::Mark));
    m_kind->setToolTip(tr("How far the plan rolls forward: all the log, up to a time, or up to a marked transaction"));
    m_time->setObjectName(QStringLiteral("targetTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setTimeSpec(Qt::UTC); // server wall-clock time, as the whole project (PlanTime)
    m_time->setCalendarPopup(true);
    m_time->setToolTip(tr("Server time to stop at; bounded by the history (no log reaches further)"));
    m_mark->setObjectName(QStringLiteral("targetMarkCombo"));
    m_mark->setToolTip(tr("The marked transactions of the history (MARK events)"));
    m_before->setObjectName(QStringLiteral("targetBeforeMarkBox"));
    m_before->setToolTip(tr("STOPBEFOREMARK: stop just before the marked transaction instead of after it"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(tr("&Recover to:"), this);
    label->setBuddy(m_kind);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_time);
    layout->addWidget(m_mark);
    layout->addWidget(m_before);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::activated, this, &TargetEditor::push);
    connect(m_time, &QDateTimeEdit::editingFinished, this, &TargetEditor::push);
    connect(m_mark, &QComboBox::activated, this, &TargetEditor::push);
    connect(m_before, &QCheckBox::toggled, this, &TargetEditor::push);
    connect(document, &ProjectDocument::changed, this, &TargetEditor::refresh);
    connect(viewState, &ViewState::currentPlanChanged, this, &TargetEditor::refresh);
    refresh();
}

void TargetEditor::refresh()
{
    const Project &p = m_document->project();
    const int plan = m_viewState->currentPlan();
    const bool hasPlan = plan >= 0 && plan < p.plans.size();
    setEnabled(hasPlan);
    const RestoreTarget target = hasPlan ? p.plans[plan].target : RestoreTarget{};
    const QSignalBlocker b1(m_kind), b2(m_time), b3(m_mark), b4(m_before);
    m_kind->setCurrentIndex(m_kind->findData(int(target.kind)));
    // The picker's bounds: what the history holds.
    const auto [first, last] = stopAtRange(p);
    if (first.isValid() && last.isValid() && first < last) {
        m_time->setDateTimeRange(first, last);
    } else {
        m_time->clearMinimumDateTime();
        m_time->clearMaximumDateTime();
    }
    m_time->setDateTime(target.pointInTime.isValid() ? target.pointInTime : (last.isValid() ? last : first));
    m_mark->clear();
    m_mark->addItems(markNames(p));
    if (!target.mark.isEmpty() && m_mark->findText(target.mark) < 0)
        m_mark->addItem(tr("%1 (missing)").arg(target.mark), target.mark);
    m_mark->setCurrentIndex(qMax(0, m_mark->findText(target.mark)));
    m_before->setChecked(target.beforeMark);
    m_time->setVisible(target.kind == RestoreTarget::Kind::PointInTime);
    m_mark->setVisible(target.kind == RestoreTarget::Kind::Mark);
    m_before->setVisible(target.kind == RestoreTarget::Kind::Mark);
}

std::pair<QDateTime, QDateTime> TargetEditor::stopAtRange(const Project &project)
{
    QDateTime first, last;
    for (const Backup &b : project.backups) {
        if (b.start.isValid() && (!first.isValid() || b.start < first))
            first = b.start;
        if (b.isLog() && b.finish.isValid() && (!last.isValid() || last < b.finish))
            last = b.finish;
    }
    return {first, last};
}

QStringList TargetEditor::markNames(const Project &project)
{
    QStringList names;
    for (const TimelineEvent &e : project.events)
        if (e.kind == EventKind::Mark && !e.name.isEmpty() && !names.contains(e.name))
            names << e.name;
    return names;
}

void TargetEditor::push()
{
    const Project &p = m_document->project();
    const int plan = m_viewState->currentPlan();
    if (plan < 0 || plan >= p.plans.size())
        return;
    RestoreTarget t;
    t.kind = RestoreTarget::Kind(m_kind->currentData().toInt());
    if (t.kind == RestoreTarget::Kind::PointInTime)
        t.pointInTime = m_time->dateTime();
    if (t.kind == RestoreTarget::Kind::Mark) {
        t.mark = m_mark->currentData().isValid() ? m_mark->currentData().toString() : m_mark->currentText();
        t.beforeMark = m_before->isChecked();
    }
    if (t == p.plans[plan].target) {
        refresh(); // show the controls of the chosen kind
        return;
    }
    const QString text = t.kind == RestoreTarget::Kind::EndOfLog ? tr("Recover to the end of the log")
                         : t.kind == RestoreTarget::Kind::PointInTime
                             ? tr("Recover to %1").arg(t.pointInTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                             : tr("Recover to mark %1").arg(t.mark);
    m_document->undoStack()->push(new EditCommand(m_document, plan, ProjectEdit::replaceTarget(t), text));
}

} // namespace rd
