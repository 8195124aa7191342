// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/backuptooltip.h"

#include "ui/designerstyle.h"
#include "ui/timeline/cfpbadge.h"

#include <QCoreApplication>

namespace rd::BackupToolTip {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupToolTip)
};
} // namespace

QString text(const ProjectAnalysis &analysis, const QString &id, const QList<int> &steps)
{
    const Backup *given = analysis.backup(id);
    if (!given)
        return {};
    // LSNs the file leaves out are derived from time order (by the analysis); say which ones.
    const Backup &b = *analysis.effectiveBackup(id);
    auto lsn = [](const Lsn &shown, const Lsn &original) {
        if (shown.isNull())
            return Tr::tr("—");
        return original.isNull() ? Tr::tr("%1 (derived)").arg(shown.toString()) : shown.toString();
    };
    QString tip = Tr::tr("<b>%1</b> — %2 backup%3%4<table cellspacing=0 cellpadding=1>")
                      .arg(b.id.toHtmlEscaped(), toString(b.type), b.copyOnly ? Tr::tr(", COPY_ONLY") : QString(),
                           b.tailLog ? Tr::tr(", tail-log") : QString());
    auto row = [&tip](const QString &k, const QString &v) {
        tip += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(k, v);
    };
    row(Tr::tr("Start"), DesignerStyle::formatTime(b.start));
    row(Tr::tr("Finish"), DesignerStyle::formatTime(b.finish));
    row(Tr::tr("First LSN"), lsn(b.firstLsn, given->firstLsn));
    row(Tr::tr("Last LSN"), lsn(b.lastLsn, given->lastLsn));
    row(Tr::tr("Checkpoint LSN"), lsn(b.checkpointLsn, given->checkpointLsn));
    if (!b.databaseBackupLsn.isNull())
        row(Tr::tr("Database backup LSN"), lsn(b.databaseBackupLsn, given->databaseBackupLsn));
    if (!b.differentialBaseLsn.isNull())
        row(Tr::tr("Differential base LSN"), lsn(b.differentialBaseLsn, given->differentialBaseLsn));
    if (!b.filegroups.isEmpty() || !b.files.isEmpty())
        row(Tr::tr("Contains"), QStringList(b.filegroups + b.files).join(QStringLiteral(", ")).toHtmlEscaped());
    if (!b.media.isEmpty())
        row(Tr::tr("Media"), b.media.join(QStringLiteral("<br>")).toHtmlEscaped());
    if (b.sizeBytes > 0)
        row(Tr::tr("Size"), DesignerStyle::formatSize(b.sizeBytes));
    tip += QStringLiteral("</table>");
    if (b.damaged)
        tip += Tr::tr("<font color=#c62f2f>Damaged or lost media.</font><br>");
    if (const BackupCfpEstimate *estimate = analysis.cfpEstimate(id)) // issue 10: from the newest CFP snapshot before it
        tip += CfpBadge::toolTip(analysis, *estimate);
    if (!steps.isEmpty()) {
        QStringList numbers;
        for (const int n : steps)
            numbers << QString::number(n);
        tip += Tr::tr("Restored by step %1 of the current plan.<br>").arg(numbers.join(QStringLiteral(", ")));
    }
    tip += Tr::tr("<i>Drag to move it in time; double-click, or Ctrl+drag onto the Plan, to restore it in the "
                  "current plan; right-click for more.</i>");
    return tip;
}

} // namespace rd::BackupToolTip
