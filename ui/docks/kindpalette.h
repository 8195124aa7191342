// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QListWidget>

namespace rd {

/// A list of kinds to drag onto the timeline (BackupPalette, EventPalette): each item's
/// Qt::UserRole holds its key, which a drag carries as UTF-8 under the palette's MIME type.
class KindPalette : public QListWidget
{
    Q_OBJECT
public:
    KindPalette(const QString &mimeType, QWidget *parent = nullptr);

protected:
    /// Appends an item showing `name` with `icon` and `toolTip`, dragged as `key`.
    void addKind(const QIcon &icon, const QString &name, const QString &key, const QString &toolTip);
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;

private:
    QString m_mimeType;
};

} // namespace rd
