// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// A page in RESTORING after RESTORE DATABASE … PAGE, until a recovering step brings it online.
/// "During an online page restore, only the page is offline" (docs/relational-databases/backup-restore/
/// online-restore-sql-server.md): its file and filegroup keep their own state.
struct RestoringPage
{
    QString filegroup;
    QString file;    ///< logical name of the data file
    int fileId = 0;  ///< sys.database_files.file_id, as PageList numbers it
    qint64 page = 0; ///< page ID within the file

    /// "file:page", as RESTORE … PAGE writes it.
    QString toString() const { return QStringLiteral("%1:%2").arg(fileId).arg(page); }
    bool operator==(const RestoringPage &) const = default;
};

} // namespace rd
