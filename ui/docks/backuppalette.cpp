// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/backuppalette.h"

#include "model/commands/backupkind.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"

namespace rd {

BackupPalette::BackupPalette(QWidget *parent) : KindPalette(DesignerMime::backupKind(), parent)
{
    setObjectName(QStringLiteral("backupPalette"));
    setToolTip(tr("Drag a backup onto the timeline: where you drop it sets when it starts, and the lane "
                  "(for file backups) what it holds"));
    for (const BackupKind &kind : BackupKind::all())
        addKind(DesignerStyle::swatchIcon(DesignerStyle::backupColor(kind.type)), kind.name(), kind.key(),
                kind.tailLog    ? tr("BACKUP LOG … WITH NORECOVERY: the tail of the log, before a restore")
                : kind.copyOnly ? tr("COPY_ONLY: outside the backup sequence (no new differential base, no log truncation)")
                                : tr("BACKUP %1").arg(toString(kind.type)));
}

} // namespace rd
