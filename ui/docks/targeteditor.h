// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace rd {

class ProjectDocument;
struct Project;
class ViewState;

/// The current plan's recovery target, above its steps: the end of the log, a point in time
/// (STOPAT; the picker is bounded to the history: from the first backup's start to the end of the
/// last log backup, as no log reaches further), or a marked transaction (STOPATMARK, or
/// STOPBEFOREMARK) among the history's marks. Each change is one undoable edit of the plan.
class TargetEditor : public QWidget
{
    Q_OBJECT
public:
    TargetEditor(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QComboBox *markCombo() const { return m_mark; }
    QCheckBox *beforeMarkBox() const { return m_before; }

    /// The range a STOPAT time can take in `project`: from the first backup's start to the end of
    /// the last log backup (no log reaches further); either is invalid when there is no such backup.
    /// Shared with Plan for… (PlanForDialog).
    static std::pair<QDateTime, QDateTime> stopAtRange(const Project &project);
    /// The names of the history's marked transactions (MARK events), each once, in event order.
    static QStringList markNames(const Project &project);

private:
    void refresh();
    void push();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QComboBox *m_kind;
    QDateTimeEdit *m_time;
    QComboBox *m_mark;
    QCheckBox *m_before;
};

} // namespace rd
