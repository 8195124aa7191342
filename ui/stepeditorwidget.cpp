// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/stepeditorwidget.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "ui/backupchoicemodel.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace rd {
namespace {
constexpr int FilegroupColumns = 3;

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}
} // namespace

StepEditorWidget::StepEditorWidget(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QWidget(parent), m_document(document), m_viewState(viewState), m_title(new QLabel(this)),
      m_statement(new QComboBox(this)), m_backup(new QComboBox(this)),
      m_backupChoices(new BackupChoiceModel(document, this)), m_recovery(new QComboBox(this)),
      m_standbyFile(new QLineEdit(this)), m_filegroupBox(new QWidget(this)), m_filegroupLayout(new QGridLayout(m_filegroupBox)),
      m_files(new QLabel(this)), m_pages(new QLineEdit(this)), m_partial(new QCheckBox(QStringLiteral("PARTIAL"), this)),
      m_replace(new QCheckBox(QStringLiteral("REPLACE"), this)),
      m_continueAfterError(new QCheckBox(QStringLiteral("CONTINUE_AFTER_ERROR"), this)),
      m_stopAtCheck(new QCheckBox(QStringLiteral("STOPAT"), this)), m_stopAt(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("stepEditor"));
    m_statement->setObjectName(QStringLiteral("statementCombo"));
    m_backup->setObjectName(QStringLiteral("backupCombo"));
    m_recovery->setObjectName(QStringLiteral("recoveryCombo"));
    m_partial->setObjectName(QStringLiteral("partialCheck"));
    m_pages->setObjectName(QStringLiteral("pagesEdit"));
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_continueAfterError->setObjectName(QStringLiteral("continueAfterErrorCheck"));
    m_stopAtCheck->setObjectName(QStringLiteral("stopAtCheck"));
    m_stopAt->setObjectName(QStringLiteral("stopAtEdit"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    for (const StepStatement s : {StepStatement::RestoreDatabase, StepStatement::RestoreLog, StepStatement::BackupLog,
                                  StepStatement::SetOffline, StepStatement::SetOnline, StepStatement::SetFileOffline,
                                  StepStatement::RemoveFilegroup})
        m_statement->addItem(toString(s), int(s));
    m_statement->setToolTip(tr("The statement of this step: RESTORE DATABASE (full, partial, file or differential "
                               "backups), RESTORE LOG, BACKUP LOG (tail-log) or ALTER DATABASE … SET OFFLINE"));
    m_backup->setToolTip(tr("The backup this step restores (or BACKUP LOG writes); none = recovery only "
                            "(RESTORE DATABASE … WITH RECOVERY). Backups are listed in time order: type part "
                            "of a backup's name to find it."));
    // Type-to-search over the whole history without filling the combo item by item.
    m_backup->setModel(m_backupChoices);
    m_backup->setEditable(true);
    m_backup->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(m_backupChoices, m_backup);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_backup->setCompleter(completer);
    m_recovery->addItem(tr("Default (RECOVERY)"), int(RecoveryOption::Unspecified));
    m_recovery->addItem(QStringLiteral("RECOVERY"), int(RecoveryOption::Recovery));
    m_recovery->addItem(QStringLiteral("NORECOVERY"), int(RecoveryOption::NoRecovery));
    m_recovery->addItem(QStringLiteral("STANDBY"), int(RecoveryOption::Standby));
    m_recovery->setToolTip(tr("RECOVERY brings the restored data online and ends roll-forward; NORECOVERY leaves it "
                              "RESTORING for more backups; STANDBY allows read-only access between log restores"));
    m_standbyFile->setPlaceholderText(tr("undo file, e.g. c:\\data\\undo.ldf"));
    m_standbyFile->setToolTip(tr("STANDBY = undo file: where uncommitted transactions are kept between log restores"));
    m_filegroupLayout->setContentsMargins(0, 0, 0, 0);
    m_filegroupLayout->setHorizontalSpacing(12);
    m_filegroupLayout->setVerticalSpacing(2);
    m_files->setToolTip(tr("FILE = targets of this step (edit them in the plan file); a file target restores one "
                           "file of a filegroup"));
    m_pages->setPlaceholderText(tr("none; e.g. 1:57, 1:202"));
    m_pages->setToolTip(tr("PAGE = pages to restore, as file_id:page_id separated by commas (from "
                           "msdb.dbo.suspect_pages); empty = restore whole filegroups or files"));
    m_partial->setToolTip(tr("PARTIAL starts a piecemeal restore: PRIMARY plus the named filegroups; the others stay "
                             "RECOVERY_PENDING until restored later"));
    m_replace->setToolTip(tr("REPLACE overwrites an existing database of the same name, skipping the safety checks"));
    m_continueAfterError->setToolTip(tr("CONTINUE_AFTER_ERROR restores past damaged pages or checksum errors; the "
                                        "database may then be inconsistent"));
    m_stopAtCheck->setToolTip(tr("STOPAT: roll forward only up to this point in time (point-in-time restore)"));
    m_stopAt->setTimeSpec(Qt::UTC); // plan times are wall-clock values held as UTC (plantime.h)
    m_stopAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_stopAt->setCalendarPopup(true);
    m_stopAt->setToolTip(m_stopAtCheck->toolTip());

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_title, 0, 0, 1, 4);
    grid->addWidget(formLabel(tr("S&tatement:"), m_statement, this), 1, 0);
    grid->addWidget(m_statement, 1, 1);
    grid->addWidget(formLabel(tr("&Backup:"), m_backup, this), 1, 2);
    grid->addWidget(m_backup, 1, 3);
    grid->addWidget(formLabel(tr("&Recovery:"), m_recovery, this), 2, 0);
    grid->addWidget(m_recovery, 2, 1);
    grid->addWidget(formLabel(tr("Standby &file:"), m_standbyFile, this), 2, 2);
    grid->addWidget(m_standbyFile, 2, 3);
    auto *fgLabel = formLabel(tr("Filegroups:"), nullptr, this);
    fgLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(fgLabel, 3, 0);
    grid->addWidget(m_filegroupBox, 3, 1, 1, 3);
    grid->addWidget(formLabel(tr("Files:"), nullptr, this), 4, 0);
    grid->addWidget(m_files, 4, 1);
    grid->addWidget(formLabel(tr("P&ages:"), m_pages, this), 4, 2);
    grid->addWidget(m_pages, 4, 3);
    auto *options = new QHBoxLayout;
    options->addWidget(m_partial);
    options->addWidget(m_replace);
    options->addWidget(m_continueAfterError);
    options->addStretch();
    grid->addWidget(formLabel(tr("Options:"), nullptr, this), 5, 0);
    grid->addLayout(options, 5, 1, 1, 3);
    auto *stop = new QHBoxLayout;
    stop->addWidget(m_stopAtCheck);
    stop->addWidget(m_stopAt);
    stop->addStretch();
    grid->addWidget(formLabel(tr("Stop at:"), nullptr, this), 6, 0);
    grid->addLayout(stop, 6, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(7, 1);

    connect(m_statement, &QComboBox::activated, this, &StepEditorWidget::setStatement);
    connect(m_backup, &QComboBox::activated, this, &StepEditorWidget::setBackup);
    connect(m_recovery, &QComboBox::activated, this, &StepEditorWidget::setRecovery);
    connect(m_standbyFile, &QLineEdit::editingFinished, this, [this] {
        const PlanStep *s = currentStep();
        if (!s || s->standbyFile == m_standbyFile->text())
            return;
        PlanStep step = *s;
        step.standbyFile = m_standbyFile->text();
        push(step, tr("Set the standby file of step %1").arg(m_viewState->currentStep() + 1));
    });
    connect(m_pages, &QLineEdit::editingFinished, this, &StepEditorWidget::setPages);
    connect(m_partial, &QCheckBox::clicked, this, [this](bool on) { setFlag(&PlanStep::partial, QStringLiteral("PARTIAL"), on); });
    connect(m_replace, &QCheckBox::clicked, this, [this](bool on) { setFlag(&PlanStep::replace, QStringLiteral("REPLACE"), on); });
    connect(m_continueAfterError, &QCheckBox::clicked, this, [this](bool on) {
        setFlag(&PlanStep::continueAfterError, QStringLiteral("CONTINUE_AFTER_ERROR"), on);
    });
    connect(m_stopAtCheck, &QCheckBox::clicked, this, &StepEditorWidget::setStopAt);
    connect(m_stopAt, &QDateTimeEdit::dateTimeChanged, this, &StepEditorWidget::setStopAt);

    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(ChangeKind::Backups))
            m_backupChoices->rebuild(); // only then: a step edit never refills 100,000 rows
        if (change.touches(ChangeKind::Layout))
            rebuildFilegroupChecks();
        refresh();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &StepEditorWidget::refresh);
    connect(viewState, &ViewState::currentStepChanged, this, &StepEditorWidget::refresh);
    rebuildFilegroupChecks();
    refresh();
}

const PlanStep *StepEditorWidget::currentStep() const
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan(), step = m_viewState->currentStep();
    if (plan < 0 || plan >= project.plans.size() || step < 0 || step >= project.plans[plan].steps.size())
        return nullptr;
    return &project.plans[plan].steps[step];
}

void StepEditorWidget::push(const PlanStep &step, const QString &text)
{
    m_document->undoStack()->push(new EditCommand(m_document, m_viewState->currentPlan(),
                                                  ProjectEdit::replace(m_viewState->currentStep(), step), text,
                                                  EditCommand::Merge::Consecutive));
}

void StepEditorWidget::rebuildFilegroupChecks()
{
    QStringList names;
    for (const Filegroup &fg : m_document->project().database.filegroups)
        names << fg.name;
    QStringList current;
    for (const QCheckBox *box : std::as_const(m_filegroupChecks))
        current << box->text();
    if (names == current)
        return;
    qDeleteAll(m_filegroupChecks);
    m_filegroupChecks.clear();
    const auto &filegroups = m_document->project().database.filegroups;
    for (int i = 0; i < filegroups.size(); ++i) {
        const Filegroup &fg = filegroups[i];
        auto *box = new QCheckBox(fg.name, m_filegroupBox);
        box->setObjectName(QStringLiteral("filegroupCheck_") + fg.name);
        box->setIcon(DesignerStyle::filegroupIcon(fg.type));
        box->setToolTip(tr("Restore filegroup %1 in this step (FILEGROUP = N'%1')").arg(fg.name));
        const QString name = fg.name;
        connect(box, &QCheckBox::clicked, this, [this, name](bool on) { setFilegroup(name, on); });
        m_filegroupLayout->addWidget(box, i / FilegroupColumns, i % FilegroupColumns);
        m_filegroupChecks << box;
    }
}

void StepEditorWidget::refresh()
{
    const PlanStep *step = currentStep();
    const QList<QWidget *> editors{m_statement, m_backup, m_recovery, m_standbyFile, m_filegroupBox, m_pages, m_partial,
                                   m_replace, m_continueAfterError, m_stopAtCheck, m_stopAt};
    for (QWidget *w : editors)
        w->setEnabled(step);
    if (!step) {
        m_title->setText(m_viewState->currentPlan() < 0 ? tr("No plan: add one with Edit ▸ Add Plan…")
                                                        : tr("No step selected"));
        m_files->clear();
        m_pages->clear();
        return;
    }
    m_title->setText(tr("Step %1:  %2").arg(m_viewState->currentStep() + 1).arg(StepText::summary(*step)));
    m_title->setToolTip(m_title->text());

    const QSignalBlocker b1(m_statement), b2(m_backup), b3(m_recovery), b4(m_stopAt);
    m_statement->setCurrentIndex(m_statement->findData(int(step->statement)));

    if (const int row = m_backupChoices->rowOf(step->backup); row >= 0) {
        m_backup->setCurrentIndex(row);
    } else { // a dangling reference stays visible (R-REF-001 reports it)
        m_backup->setCurrentIndex(-1);
        m_backup->setEditText(tr("%1 (missing)").arg(step->backup));
    }

    m_recovery->setCurrentIndex(m_recovery->findData(int(step->recovery)));
    m_standbyFile->setText(step->standbyFile);
    m_standbyFile->setEnabled(step->recovery == RecoveryOption::Standby);
    const bool restore = step->isRestore();
    m_recovery->setEnabled(restore);
    m_filegroupBox->setEnabled(restore);
    m_partial->setEnabled(step->statement == StepStatement::RestoreDatabase);
    m_replace->setEnabled(step->statement == StepStatement::RestoreDatabase);
    m_stopAtCheck->setEnabled(restore);

    for (QCheckBox *box : std::as_const(m_filegroupChecks))
        box->setChecked(step->filegroups.contains(box->text(), Qt::CaseInsensitive));
    m_files->setText(step->files.isEmpty() ? tr("—") : step->files.join(QStringLiteral(", ")));
    if (!m_pages->hasFocus() || !m_pages->isModified()) // never overwrite what is being typed
        m_pages->setText(step->pages.join(QStringLiteral(", ")));
    m_pages->setEnabled(step->statement == StepStatement::RestoreDatabase);
    m_partial->setChecked(step->partial);
    m_replace->setChecked(step->replace);
    m_continueAfterError->setChecked(step->continueAfterError);
    m_stopAtCheck->setChecked(step->stopAt.isValid());
    m_stopAt->setEnabled(restore && step->stopAt.isValid());
    if (step->stopAt.isValid()) {
        m_stopAt->setDateTime(step->stopAt);
    } else if (const Backup *b = m_document->analysis().backup(step->backup); b && b->finish.isValid()) {
        m_stopAt->setDateTime(b->finish); // a sensible start when STOPAT gets ticked
    }
}

void StepEditorWidget::setStatement(int comboIndex)
{
    const PlanStep *s = currentStep();
    const auto statement = StepStatement(m_statement->itemData(comboIndex).toInt());
    if (!s || s->statement == statement)
        return;
    PlanStep step = *s;
    step.statement = statement;
    push(step, tr("Change step %1 to %2").arg(m_viewState->currentStep() + 1).arg(toString(statement)));
}

void StepEditorWidget::setBackup(int comboIndex)
{
    const PlanStep *s = currentStep();
    if (comboIndex < 0)
        return;
    const QString id = m_backup->itemData(comboIndex, BackupChoiceModel::IdRole).toString();
    if (!s || s->backup == id)
        return;
    PlanStep step = *s;
    step.backup = id;
    const int n = m_viewState->currentStep() + 1;
    push(step, id.isEmpty() ? tr("Make step %1 recovery only").arg(n) : tr("Use backup %1 in step %2").arg(id).arg(n));
}

void StepEditorWidget::setRecovery(int comboIndex)
{
    const PlanStep *s = currentStep();
    const auto recovery = RecoveryOption(m_recovery->itemData(comboIndex).toInt());
    if (!s || s->recovery == recovery)
        return;
    PlanStep step = *s;
    step.recovery = recovery;
    const int n = m_viewState->currentStep() + 1;
    push(step, recovery == RecoveryOption::Unspecified ? tr("Use the default recovery on step %1").arg(n)
                                                       : tr("Set %1 on step %2").arg(toString(recovery)).arg(n));
}

void StepEditorWidget::setFilegroup(const QString &name, bool on)
{
    const PlanStep *s = currentStep();
    if (!s || s->filegroups.contains(name, Qt::CaseInsensitive) == on)
        return;
    const PlanStep step = PlanSteps::withFilegroupToggled(*s, name, on, m_document->project().database.filegroups);
    const int n = m_viewState->currentStep() + 1;
    push(step, on ? tr("Add filegroup %1 to step %2").arg(name).arg(n) : tr("Remove filegroup %1 from step %2").arg(name).arg(n));
}

void StepEditorWidget::setFlag(bool PlanStep::*flag, const QString &keyword, bool on)
{
    const PlanStep *s = currentStep();
    if (!s || s->*flag == on)
        return;
    PlanStep step = *s;
    step.*flag = on;
    const int n = m_viewState->currentStep() + 1;
    push(step, on ? tr("Set %1 on step %2").arg(keyword).arg(n) : tr("Clear %1 on step %2").arg(keyword).arg(n));
}

void StepEditorWidget::setStopAt()
{
    const PlanStep *s = currentStep();
    if (!s)
        return;
    const QDateTime at = m_stopAtCheck->isChecked() ? m_stopAt->dateTime() : QDateTime();
    if (at == s->stopAt)
        return;
    PlanStep step = *s;
    step.stopAt = at;
    const int n = m_viewState->currentStep() + 1;
    // One text for every change of the time, so typing a time merges into one undo step.
    push(step, at.isValid() ? tr("Set STOPAT on step %1").arg(n) : tr("Clear STOPAT on step %1").arg(n));
}

void StepEditorWidget::setPages()
{
    const PlanStep *s = currentStep();
    if (!s)
        return;
    // Entries are kept as typed (trimmed): the validator names any it cannot read (R-PAGE-001).
    QStringList pages;
    for (const QString &entry : m_pages->text().split(u',', Qt::SkipEmptyParts))
        if (const QString t = entry.trimmed(); !t.isEmpty())
            pages << t;
    m_pages->setModified(false);
    if (pages == s->pages)
        return;
    PlanStep step = *s;
    step.pages = pages;
    push(step, pages.isEmpty() ? tr("Remove the pages of step %1").arg(m_viewState->currentStep() + 1)
                               : tr("Set the pages of step %1").arg(m_viewState->currentStep() + 1));
}

} // namespace rd
