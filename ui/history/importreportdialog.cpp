// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/importreportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

ImportReportDialog::ImportReportDialog(const HistoryImport &import, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    m_text->setObjectName(QStringLiteral("importReportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(text(import, files));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("importReportCopyButton"));
    copy->setToolTip(tr("Copy the whole report to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 380);
}

QString ImportReportDialog::reportText() const
{
    return m_text->toPlainText();
}

QString ImportReportDialog::text(const HistoryImport &import, const QStringList &files)
{
    QStringList lines;
    const qsizetype backups = import.project ? import.project->backups.size() : 0;
    const QString database = import.project ? import.project->database.name : QString();
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    const QString what = backups == 1 ? tr("1 backup") : tr("%1 backups").arg(backups);
    lines << tr("Imported %1 of database %2 from %3.").arg(what, database, names.join(QStringLiteral(", ")))
          << tr("Rows read: %1 (skipped rows included).").arg(import.rowsRead);
    auto section = [&lines](const QString &title, const QStringList &entries) {
        if (entries.isEmpty())
            return;
        lines << QString() << title;
        for (const QString &e : entries)
            lines << QStringLiteral("  - ") + e;
    };
    QStringList skipped;
    int skippedRows = 0;
    for (const HistorySkippedRows &s : import.skipped) {
        skipped << s.toString();
        skippedRows += int(s.lines.size());
    }
    section(tr("Skipped rows (%1):").arg(skippedRows), skipped);
    section(tr("Notes:"), import.notes);
    QStringList warnings;
    for (const HistoryImportProblem &p : import.problems)
        if (p.severity == HistoryImportProblem::Severity::Warning)
            warnings << p.toString();
    section(tr("Warnings (%1):").arg(warnings.size()), warnings);
    if (skipped.isEmpty() && warnings.isEmpty())
        lines << QString() << tr("No row was skipped and nothing needs a second look.");
    return lines.join(u'\n');
}

} // namespace rd
