#pragma once

#include "model/domain/planstep.h"
#include "model/findings/diagnostic.h"

#include <QAbstractTableModel>

namespace rd {

class ProjectDocument;
class ViewState;

/// The current plan's steps as a table: #, statement, backup, targets, options. The # column
/// carries the worst finding of the step as an icon, its tooltip the findings themselves.
///
/// A snapshot refreshed from the document after every change (so the view never reads a
/// project that changed under it between Qt's model signals).
class PlanStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StatementColumn, BackupColumn, TargetsColumn, OptionsColumn, ColumnCount };

    PlanStepModel(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop (DesignerMime): a step dragged to another row moves there, a backup dropped
    // on the plan becomes a step restoring it (RESTORE … WITH NORECOVERY) at that row; each drop
    // is one undoable EditCommand, and the rows follow the document.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

private:
    void refresh();
    /// The row a drop at (row, parent) goes before: onto a step = before it, elsewhere = the end.
    int dropRow(int row, const QModelIndex &parent) const;

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<PlanStep> m_steps;
    QList<QList<Diagnostic>> m_findings; ///< per step
};

} // namespace rd
