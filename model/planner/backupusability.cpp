#include "model/planner/backupusability.h"

namespace rd {

QString BackupUsability::whyUnusable(const Backup &b)
{
    if (b.failed)
        return tr("the backup failed, so there is nothing to restore");
    if (b.damaged)
        return tr("the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)");
    if (b.mediaFamilyCount > b.media.size() && !b.media.isEmpty())
        return tr("%n of its stripe(s) are missing", nullptr, int(b.mediaFamilyCount - b.media.size()));
    return {};
}

} // namespace rd
