#pragma once

#include <QListWidget>

namespace rd {

/// The palette of backup kinds (BackupKind::all()): each is dragged onto the timeline, where the
/// drop time sets its start and the lanes it lands on its filegroups (DesignerMime::backupKind()).
class BackupPalette : public QListWidget
{
    Q_OBJECT
public:
    explicit BackupPalette(QWidget *parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace rd
