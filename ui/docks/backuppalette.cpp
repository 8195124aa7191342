#include "ui/docks/backuppalette.h"

#include "model/commands/backupkind.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"

#include <QMimeData>

namespace rd {

BackupPalette::BackupPalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("backupPalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Drag a backup onto the timeline: where you drop it sets when it starts, and the lane "
                  "(for file backups) what it holds"));
    for (const BackupKind &kind : BackupKind::all()) {
        auto *item = new QListWidgetItem(DesignerStyle::swatchIcon(DesignerStyle::backupColor(kind.type)), kind.name(), this);
        item->setData(Qt::UserRole, kind.key());
        item->setToolTip(kind.tailLog ? tr("BACKUP LOG … WITH NORECOVERY: the tail of the log, before a restore")
                         : kind.copyOnly ? tr("COPY_ONLY: outside the backup sequence (no new differential base, no log truncation)")
                                         : tr("BACKUP %1").arg(toString(kind.type)));
    }
}

QStringList BackupPalette::mimeTypes() const
{
    return {DesignerMime::backupKind()};
}

QMimeData *BackupPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(DesignerMime::backupKind(), items.first()->data(Qt::UserRole).toString().toUtf8());
    mime->setText(items.first()->text());
    return mime;
}

} // namespace rd
