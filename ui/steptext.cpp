// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/steptext.h"

#include "ui/designerstyle.h"

#include <QCoreApplication>

namespace rd::StepText {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepText)
};
} // namespace

QString statement(const PlanStep &step)
{
    return toString(step.statement);
}

QString targets(const PlanStep &step)
{
    if (!step.isRestore())
        return step.statement == StepStatement::BackupLog ? Tr::tr("(the log)") : QString();
    QStringList parts;
    if (!step.filegroups.isEmpty())
        parts << QStringLiteral("FILEGROUP = ") + step.filegroups.join(QStringLiteral(", "));
    if (!step.files.isEmpty())
        parts << QStringLiteral("FILE = ") + step.files.join(QStringLiteral(", "));
    if (step.readWriteFilegroups)
        parts << QStringLiteral("READ_WRITE_FILEGROUPS");
    if (!step.pages.isEmpty())
        parts << QStringLiteral("PAGE = ") + step.pages.join(QStringLiteral(", "));
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    if (step.backup.isEmpty())
        return Tr::tr("(recovery only)");
    return step.statement == StepStatement::RestoreLog ? QString() : Tr::tr("(whole backup)");
}

QString compactTargets(const PlanStep &step)
{
    if (!step.isRestore())
        return targets(step);
    QStringList parts;
    if (!step.filegroups.isEmpty())
        parts << step.filegroups.join(QStringLiteral(", "));
    if (!step.files.isEmpty())
        parts << Tr::tr("file %1").arg(step.files.join(QStringLiteral(", ")));
    if (step.readWriteFilegroups)
        parts << QStringLiteral("READ_WRITE_FILEGROUPS");
    if (!step.pages.isEmpty())
        parts << Tr::tr("pages %1").arg(step.pages.join(QStringLiteral(", ")));
    return parts.isEmpty() ? targets(step) : parts.join(QStringLiteral("; "));
}

QString options(const PlanStep &step)
{
    QStringList o;
    if (step.statement == StepStatement::BackupLog) {
        if (step.norecovery)
            o << QStringLiteral("NORECOVERY");
        if (step.noTruncate)
            o << QStringLiteral("NO_TRUNCATE");
        if (step.continueAfterError)
            o << QStringLiteral("CONTINUE_AFTER_ERROR");
        return o.join(QStringLiteral(", "));
    }
    if (!step.isRestore())
        return {};
    if (step.partial)
        o << QStringLiteral("PARTIAL");
    if (step.replace)
        o << QStringLiteral("REPLACE");
    if (step.recovery == RecoveryOption::Unspecified)
        o << Tr::tr("RECOVERY (default)");
    else if (step.recovery == RecoveryOption::Standby)
        o << (step.standbyFile.isEmpty() ? QStringLiteral("STANDBY") : QStringLiteral("STANDBY = ") + step.standbyFile);
    else
        o << toString(step.recovery);
    if (step.stopAt.isValid())
        o << QStringLiteral("STOPAT = ") + DesignerStyle::formatTime(step.stopAt);
    if (!step.stopAtMark.isEmpty())
        o << QStringLiteral("STOPATMARK = ") + step.stopAtMark;
    if (!step.stopBeforeMark.isEmpty())
        o << QStringLiteral("STOPBEFOREMARK = ") + step.stopBeforeMark;
    if (step.continueAfterError)
        o << QStringLiteral("CONTINUE_AFTER_ERROR");
    for (const FileMove &m : step.move)
        o << QStringLiteral("MOVE %1 TO %2").arg(m.file, m.to);
    return o.join(QStringLiteral(", "));
}

QString summary(const PlanStep &step)
{
    QString s = statement(step);
    const QString t = targets(step);
    if (!t.isEmpty() && !t.startsWith(u'('))
        s += u' ' + t;
    if (!step.backup.isEmpty())
        s += (step.statement == StepStatement::BackupLog ? QStringLiteral(" TO ") : QStringLiteral(" FROM ")) + step.backup;
    const QString o = options(step);
    if (!o.isEmpty())
        s += QStringLiteral(" WITH ") + o;
    return s;
}

} // namespace rd::StepText
