// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/tsqldock.h"

#include "model/analysis/projectanalysis.h"
#include "model/document/projectdocument.h"
#include "model/io/atomicwrite.h"
#include "model/tsql/tsqlwriter.h"
#include "ui/tsqlhighlighter.h"
#include "ui/viewstate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

TsqlDock::TsqlDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("T-SQL"), parent), m_document(document), m_viewState(viewState), m_scriptCombo(new QComboBox),
      m_edit(new QPlainTextEdit), m_status(new QLabel)
{
    setObjectName(QStringLiteral("tsqlDock"));
    setToolTip(tr("The script to run in SSMS or sqlcmd, regenerated after every change"));

    m_scriptCombo->setObjectName(QStringLiteral("scriptCombo"));
    m_scriptCombo->addItem(tr("Restore script"), RestoreScript);
    m_scriptCombo->addItem(tr("Backup script (the designed history)"), BackupScript);
    m_scriptCombo->setToolTip(tr("The RESTORE statements of the current plan, or the BACKUP statements that "
                                 "produce the backup history on the timeline"));

    auto *copy = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyTsqlButton"));
    copy->setToolTip(tr("Copy the whole script to the clipboard"));
    auto *save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save…"));
    save->setObjectName(QStringLiteral("saveTsqlButton"));
    save->setToolTip(tr("Save the script as a .sql file"));

    m_edit->setObjectName(QStringLiteral("tsqlEdit"));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth); // the step comments are long sentences
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    m_edit->setFont(mono);
    m_edit->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    new TsqlHighlighter(m_edit->document());
    m_status->setObjectName(QStringLiteral("tsqlStatus"));
    m_status->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 2);
    bar->addWidget(m_scriptCombo, 1);
    bar->addWidget(m_status);
    bar->addWidget(copy);
    bar->addWidget(save);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    setWidget(content);

    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });
    connect(save, &QPushButton::clicked, this, &TsqlDock::saveAs);
    connect(m_scriptCombo, &QComboBox::currentIndexChanged, this, &TsqlDock::regenerate);
    // Only what shows the current plan's analysis: another plan's edit leaves it as it is.
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touchesHistory() || change.touchesPlan(m_viewState->currentPlan()))
            regenerate();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, &TsqlDock::regenerate);
    regenerate();
}

TsqlDock::Script TsqlDock::currentScript() const
{
    return Script(m_scriptCombo->currentData().toInt());
}

QString TsqlDock::script() const
{
    const Project &project = m_document->project();
    if (currentScript() == BackupScript)
        return TsqlWriter::backupScript(project);
    const int plan = m_viewState->currentPlan();
    // The comments say what the document's analysis simulated: the script never disagrees with the Simulation dock.
    return plan >= 0 && plan < project.plans.size()
        ? TsqlWriter::restoreScript(project, project.plans[plan], m_document->analysis().plan(plan).simulation)
        : QString();
}

void TsqlDock::regenerate()
{
    updatePlanName();
    const QString text = script();
    if (text == m_edit->toPlainText())
        return;
    // Keep the reader's place while the script follows the edits.
    const int scroll = m_edit->verticalScrollBar()->value();
    m_edit->setPlainText(text);
    m_edit->verticalScrollBar()->setValue(scroll);
    const int statements = int(text.count(QRegularExpression(QStringLiteral("^GO$"), QRegularExpression::MultilineOption)));
    m_status->setText(statements == 1 ? tr("1 batch") : tr("%1 batches").arg(statements));
}

void TsqlDock::updatePlanName()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    const QString name = plan >= 0 && plan < project.plans.size() ? project.plans[plan].name : tr("(no plan)");
    m_scriptCombo->setItemText(0, tr("Restore script — %1").arg(name));
}

bool TsqlDock::saveAs()
{
    const Project &project = m_document->project();
    const QString db = project.database.name.isEmpty() ? QStringLiteral("database") : project.database.name;
    const QString proposed = db + (currentScript() == BackupScript ? QStringLiteral("-backup.sql") : QStringLiteral("-restore.sql"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save T-SQL Script"), proposed, tr("T-SQL scripts (*.sql)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!AtomicWrite::writeFile(path, script().toUtf8(), &error, AtomicWrite::LineEndings::Native)) {
        QMessageBox::critical(this, tr("Save T-SQL Script"), error);
        return false;
    }
    return true;
}

} // namespace rd
