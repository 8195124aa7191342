// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/eventdialog.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/findings/editrefusal.h"
#include "ui/designerstyle.h"
#include "ui/editgate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace rd {
namespace {
constexpr int FileRole = Qt::UserRole + 1; ///< a file's item (its filegroup's otherwise)
} // namespace

EventDialog::EventDialog(const Project &project, const QDateTime &at, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_time(new QDateTimeEdit(this)),
      m_whole(new QCheckBox(tr("The &whole database"), this)), m_parts(new QListWidget(this)),
      m_logDamaged(new QCheckBox(tr("The &log is damaged too (no tail-log backup possible)"), this)),
      m_filegroup(new QComboBox(this)), m_model(new QComboBox(this)), m_mark(new QLineEdit(this)), m_project(project),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Add Event"));
    for (const EventKind k : {EventKind::Failure, EventKind::SetReadOnly, EventKind::SetReadWrite, EventKind::SetRecoveryModel,
                              EventKind::Mark})
        m_kind->addItem(toString(k), int(k));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setTimeSpec(Qt::UTC); // server wall-clock time (PlanTime)
    m_time->setCalendarPopup(true);
    m_time->setDateTime(at);
    m_parts->setToolTip(tr("The filegroups, or single files (one lost disk), the failure damages"));
    for (const Filegroup &fg : project.database.filegroups) {
        auto *item = new QListWidgetItem(tr("filegroup %1").arg(fg.name), m_parts);
        item->setData(Qt::UserRole, fg.name);
        item->setCheckState(Qt::Unchecked);
        for (const DataFile &f : fg.files) {
            auto *file = new QListWidgetItem(QStringLiteral("    ") + tr("file %1").arg(f.name), m_parts);
            file->setData(Qt::UserRole, f.name);
            file->setData(FileRole, true);
            file->setCheckState(Qt::Unchecked);
        }
        m_filegroup->addItem(fg.name);
    }
    for (const RecoveryModel m : {RecoveryModel::Full, RecoveryModel::BulkLogged, RecoveryModel::Simple})
        m_model->addItem(toString(m), int(m));
    m_mark->setPlaceholderText(tr("the transaction's mark name (BEGIN TRAN … WITH MARK)"));
    m_problem->setWordWrap(true);
    DesignerStyle::showAsError(m_problem);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Event:"), m_kind);
    form->addRow(tr("&At (server time):"), m_time);
    form->addRow(QString(), m_whole);
    form->addRow(tr("&Damaged:"), m_parts);
    form->addRow(QString(), m_logDamaged);
    form->addRow(tr("&Filegroup:"), m_filegroup);
    form->addRow(tr("&Recovery model:"), m_model);
    form->addRow(tr("&Mark:"), m_mark);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::update);
    connect(m_whole, &QCheckBox::toggled, this, &EventDialog::update);
    connect(m_logDamaged, &QCheckBox::toggled, this, &EventDialog::update);
    connect(m_parts, &QListWidget::itemChanged, this, &EventDialog::update);
    connect(m_mark, &QLineEdit::textChanged, this, &EventDialog::update);
    connect(m_filegroup, &QComboBox::currentIndexChanged, this, &EventDialog::update);
    update();
}

bool EventDialog::edits(EventKind kind)
{
    return kind != EventKind::AddFile && kind != EventKind::RemoveFile && kind != EventKind::OpenTransaction;
}

void EventDialog::setEvent(const TimelineEvent &e)
{
    setWindowTitle(tr("Edit Event"));
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_time->setDateTime(e.at);
    m_whole->setChecked(e.wholeDatabase);
    m_logDamaged->setChecked(e.logDamaged);
    for (int i = 0; i < m_parts->count(); ++i) {
        QListWidgetItem *item = m_parts->item(i);
        const QStringList &names = item->data(FileRole).toBool() ? e.files : e.filegroups;
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
    }
    if (const int fg = m_filegroup->findText(e.filegroup, Qt::MatchFixedString); fg >= 0)
        m_filegroup->setCurrentIndex(fg);
    m_model->setCurrentIndex(m_model->findData(int(e.recoveryModel)));
    m_mark->setText(e.name);
    update();
}

TimelineEvent EventDialog::timelineEvent() const
{
    TimelineEvent e;
    e.kind = EventKind(m_kind->currentData().toInt());
    e.at = m_time->dateTime();
    switch (e.kind) {
    case EventKind::Failure:
        e.wholeDatabase = m_whole->isChecked();
        e.logDamaged = m_logDamaged->isChecked();
        if (!e.wholeDatabase)
            for (int i = 0; i < m_parts->count(); ++i)
                if (const QListWidgetItem *item = m_parts->item(i); item->checkState() == Qt::Checked)
                    (item->data(FileRole).toBool() ? e.files : e.filegroups) << item->data(Qt::UserRole).toString();
        break;
    case EventKind::SetReadOnly:
    case EventKind::SetReadWrite:
        e.filegroup = m_filegroup->currentText();
        break;
    case EventKind::SetRecoveryModel:
        e.recoveryModel = RecoveryModel(m_model->currentData().toInt());
        break;
    case EventKind::Mark:
        e.name = m_mark->text().trimmed();
        break;
    default:
        break;
    }
    return e;
}

QString EventDialog::problem() const
{
    const TimelineEvent e = timelineEvent();
    if (e.kind == EventKind::Failure && !e.wholeDatabase && !e.logDamaged && e.filegroups.isEmpty() && e.files.isEmpty())
        return tr("Choose what the failure damages: the whole database, filegroups, files or the log.");
    if ((e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite) && e.filegroup.isEmpty())
        return tr("The layout has no filegroup to switch.");
    if (e.kind == EventKind::Mark && e.name.isEmpty())
        return tr("Name the marked transaction.");
    return EditRefusal::reason(m_project, ProjectEdit::addEvent(e));
}

void EventDialog::update()
{
    const auto kind = EventKind(m_kind->currentData().toInt());
    const bool failure = kind == EventKind::Failure;
    auto show = [](QWidget *w, bool on) {
        w->setVisible(on);
        if (auto *form = qobject_cast<QFormLayout *>(w->parentWidget()->layout()))
            if (QWidget *label = form->labelForField(w))
                label->setVisible(on);
    };
    show(m_whole, failure);
    show(m_parts, failure);
    m_parts->setEnabled(!m_whole->isChecked());
    show(m_logDamaged, failure);
    show(m_filegroup, kind == EventKind::SetReadOnly || kind == EventKind::SetReadWrite);
    show(m_model, kind == EventKind::SetRecoveryModel);
    show(m_mark, kind == EventKind::Mark);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

bool EventDialog::addTo(ProjectDocument *document, const QDateTime &at, QWidget *parent)
{
    const Project &p = document->project();
    QDateTime when = at;
    if (!when.isValid()) // after the last backup: where a failure usually goes
        for (const Backup &b : p.backups)
            if (b.finish.isValid() && (!when.isValid() || when < b.finish))
                when = b.finish.addSecs(15 * 60);
    EventDialog dialog(p, when.isValid() ? when : QDateTime::currentDateTimeUtc(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document->undoStack()->push(new EditCommand(document, -1, ProjectEdit::addEvent(dialog.timelineEvent())));
    return true;
}

bool EventDialog::editIn(ProjectDocument *document, int index, QWidget *parent)
{
    const Project &p = document->project();
    if (index < 0 || index >= p.events.size() || !edits(p.events[index].kind))
        return false;
    const TimelineEvent before = p.events[index];
    EventDialog dialog(p, before.at, parent);
    dialog.setEvent(before);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    TimelineEvent after = dialog.timelineEvent();
    if (after.at == before.at)
        after.lsn = before.lsn; // the dialog has no LSN field: where the event is in the log stays
    if (after == before)
        return false;
    // What SQL Server refuses kept OK disabled (problem()); the gate judges the edit once more.
    return EditGate::push(document, -1, ProjectEdit::replaceEvent(before, after), parent) == EditGate::Outcome::Pushed;
}

} // namespace rd
