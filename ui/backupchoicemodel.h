// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>

#include <vector>

namespace rd {

class ProjectDocument;

/// The backups a plan step can name, for the step editor's chooser: "(none: recovery only)" first,
/// then every backup of the history in time order (by start, then list order). Its owner calls
/// rebuild() when the backups change (DocumentChange), and only then, so an edit of a step never
/// refills 100,000 rows; the chooser filters it as the user types (QCompleter, MatchContains).
class BackupChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BackupChoiceModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The row of backup `id` ("" = the recovery-only row 0), or -1 when the history has no such backup.
    int rowOf(const QString &id) const;
    /// Reads the backups again: O(n log n).
    void rebuild();

private:
    ProjectDocument *m_document;
    std::vector<qsizetype> m_order; ///< row - 1 → index in the project's backups, in time order
    std::vector<int> m_rowOfBackup; ///< index in the project's backups → row
};

} // namespace rd
