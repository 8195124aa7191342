// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlscriptparts.h"

#include "model/domain/plantime.h"
#include "model/tsql/tsqlbatch.h"
#include "model/tsql/tsqlquoting.h"

#include <QCoreApplication>

namespace rd::TsqlScriptParts {

QString commentLine(const QString &text)
{
    return QStringLiteral("-- ") + scriptSafeComment(text) + u'\n';
}

QString joinAnd(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    const QStringList head = items.first(items.size() - 1);
    return Tr::tr("%1 and %2").arg(head.join(QStringLiteral(", ")), items.last());
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? PlanTime::toString(t) : Tr::tr("an unknown time");
}

QString canonicalFilegroup(const Database &db, const QString &name)
{
    const Filegroup *fg = db.filegroup(name);
    return fg ? fg->name : name;
}

QString canonicalFile(const Database &db, const QString &name)
{
    for (const Filegroup &fg : db.filegroups)
        for (const DataFile &f : fg.files)
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                return f.name;
    for (const DataFile &f : db.logFiles)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.name;
    return name;
}

QString filegroupPhrase(const Database &db, const QString &name)
{
    const Filegroup *fg = db.filegroup(name);
    if (!fg)
        return Tr::tr("filegroup %1").arg(name);
    if (fg->isPrimary())
        return fg->name;
    switch (fg->type) {
    case FilegroupType::MemoryOptimizedData:
        return Tr::tr("the memory-optimized filegroup %1").arg(fg->name);
    case FilegroupType::Filestream:
        return Tr::tr("the FILESTREAM filegroup %1").arg(fg->name);
    case FilegroupType::Rows:
        break;
    }
    return Tr::tr("filegroup %1").arg(fg->name);
}

QString backupPhrase(const Backup &backup)
{
    QString kind;
    switch (backup.type) {
    case BackupType::Full: kind = Tr::tr("full backup %1"); break;
    case BackupType::Differential: kind = Tr::tr("differential backup %1"); break;
    case BackupType::Partial: kind = Tr::tr("partial backup %1"); break;
    case BackupType::PartialDifferential: kind = Tr::tr("partial differential backup %1"); break;
    case BackupType::File: kind = Tr::tr("file backup %1"); break;
    case BackupType::FileDifferential: kind = Tr::tr("file differential backup %1"); break;
    case BackupType::Log: kind = backup.tailLog ? Tr::tr("tail-log backup %1") : Tr::tr("log backup %1"); break;
    }
    kind = kind.arg(backup.id);
    return backup.copyOnly ? Tr::tr("copy-only %1").arg(kind) : kind;
}

bool holdsPrimaryAndMod(const Database &db, const QStringList &filegroups)
{
    const Filegroup *mod = db.memoryOptimizedFilegroup();
    if (!mod)
        return false;
    return filegroups.contains(QStringLiteral("PRIMARY"), Qt::CaseInsensitive)
        && filegroups.contains(mod->name, Qt::CaseInsensitive);
}

QStringList devices(TsqlBatch &batch, const QStringList &media, const QString &backupId)
{
    if (media.isEmpty())
        return {QStringLiteral("DISK = ") + batch.string(QStringLiteral("<media of backup %1>").arg(backupId))};
    QStringList out;
    for (const QString &path : media) {
        const bool url = path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        out += (url ? QStringLiteral("URL = ") : QStringLiteral("DISK = ")) + batch.string(path);
    }
    return out;
}

QString initOption(int position)
{
    return position <= 1 ? QStringLiteral("INIT") : QStringLiteral("NOINIT");
}

QString formatStatement(const QString &head, const QStringList &targets, const QString &fromOrTo,
                        const QStringList &options)
{
    QStringList lines{head};
    for (qsizetype i = 0; i < targets.size(); ++i)
        lines += QStringLiteral("    ") + targets[i] + (i + 1 < targets.size() ? QStringLiteral(",") : QString());
    if (!fromOrTo.isEmpty())
        lines += QStringLiteral("    ") + fromOrTo;
    if (!options.isEmpty()) {
        lines += QStringLiteral("    WITH");
        for (qsizetype i = 0; i < options.size(); ++i)
            lines += QStringLiteral("        ") + options[i] + (i + 1 < options.size() ? QStringLiteral(",") : QString());
    }
    lines.last() += u';';
    return lines.join(u'\n');
}

QString batchText(const QStringList &comments, const QString &statement)
{
    QString out;
    for (const QString &c : comments)
        out += commentLine(c);
    return out + statement + QStringLiteral("\nGO\n");
}

} // namespace rd::TsqlScriptParts
