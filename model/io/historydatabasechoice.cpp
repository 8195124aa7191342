// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/historydatabasechoice.h"

#include <QSet>

namespace rd {

QString HistoryDatabaseChoice::refusal(const std::deque<MsdbBackupSet> &sets, const QString &database, const QStringList &found)
{
    QStringList kept;
    QSet<QString> keptKeys;
    const QChar *last = nullptr; // consecutive sets share their name's data: fold each name once
    for (const MsdbBackupSet &s : sets) {
        if (s.database.constData() == last)
            continue;
        last = s.database.constData();
        if (const QString k = s.database.toCaseFolded(); !keptKeys.contains(k)) {
            keptKeys.insert(k);
            kept << s.database;
        }
    }
    if (kept.isEmpty()) {
        if (!database.isEmpty() && !found.isEmpty())
            return tr("no backup of database %1; the export holds backups of: %2").arg(database, found.join(QStringLiteral(", ")));
        return tr("the export holds no backup set");
    }
    if (kept.size() > 1)
        return tr("the export holds backups of %1 databases: %2; choose one with --database NAME")
            .arg(kept.size())
            .arg(kept.join(QStringLiteral(", ")));
    return {};
}

} // namespace rd
