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

private:
    void refresh();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<PlanStep> m_steps;
    QList<QList<Diagnostic>> m_findings; ///< per step
};

} // namespace rd
