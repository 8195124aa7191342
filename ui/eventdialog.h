// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rd {

class ProjectDocument;

/// Edit ▸ Add Event: an event on the timeline — a failure (of the whole database, of filegroups,
/// of single files, with or without the log), a filegroup switched READ_ONLY or READ_WRITE, a
/// change of recovery model, or a marked transaction — at a server time. OK stays disabled, with
/// the reason shown, while the event is incomplete.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const Project &project, const QDateTime &at, QWidget *parent = nullptr);

    /// Shows `event` (kind, time and what it names) for a change: Edit Event.
    void setEvent(const TimelineEvent &event);
    /// The event as the dialog shows it (not QWidget::event, which this name would otherwise hide).
    TimelineEvent timelineEvent() const;
    /// Why the event cannot be added as it stands (empty: it can): it is incomplete, or SQL Server
    /// refuses it (EditRefusal: a READ_ONLY memory-optimized filegroup).
    QString problem() const;

    /// Asks for an event (at `at`, or after the history's last backup when invalid) and adds it to
    /// `document` as one undoable edit. False when cancelled.
    static bool addTo(ProjectDocument *document, const QDateTime &at, QWidget *parent);
    /// Whether the dialog shows events of `kind` (not ADD_FILE, REMOVE_FILE, OPEN_TRANSACTION).
    static bool edits(EventKind kind);
    /// Asks for a change of `document`'s event `index` (prefilled), and replaces it on OK as one
    /// undoable edit (its LSN kept while its time is). False when cancelled, unchanged, or not
    /// an event the dialog shows.
    static bool editIn(ProjectDocument *document, int index, QWidget *parent);

    QComboBox *kindCombo() const { return m_kind; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QCheckBox *wholeDatabaseBox() const { return m_whole; }
    QListWidget *partsList() const { return m_parts; }
    QCheckBox *logDamagedBox() const { return m_logDamaged; }
    QComboBox *filegroupCombo() const { return m_filegroup; }
    QComboBox *recoveryModelCombo() const { return m_model; }
    QLineEdit *markEdit() const { return m_mark; }

private:
    void update();

    QComboBox *m_kind;
    QDateTimeEdit *m_time;
    QCheckBox *m_whole;
    QListWidget *m_parts; ///< FAILURE: filegroups and files damaged (checkable)
    QCheckBox *m_logDamaged;
    QComboBox *m_filegroup;
    QComboBox *m_model;
    QLineEdit *m_mark;
    Project m_project; ///< what the event is judged against (implicitly shared)
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
