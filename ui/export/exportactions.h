// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace rd {

class ProjectDocument;
class ViewState;

/// File ▸ Export: the timeline and the plan as PNG or SVG (as they show), and the current plan's
/// training handout as PDF (Handout). Asks for the file, reports errors in a message box.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    /// `timeline` and `plan`: the widgets exported as images (the timeline view, the plan's table).
    ExportActions(ProjectDocument *document, ViewState *viewState, QWidget *window, QWidget *timeline, QWidget *plan);

    QAction *timelineImageAction() const { return m_timelineImage; }
    QAction *planImageAction() const { return m_planImage; }
    QAction *handoutAction() const { return m_handout; }

    /// The export itself, without a dialog (tests): false with *error when the file cannot be written.
    bool exportHandout(const QString &path, QString *error) const;

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void exportImage(QWidget *widget, const QString &title, const QString &baseName);
    void askHandout();
    QString ask(const QString &title, const QString &baseName, const QString &filters) const;
    void done(const QString &path);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QWidget *m_window;
    QWidget *m_timeline;
    QAction *m_timelineImage;
    QAction *m_planImage;
    QAction *m_handout;
};

} // namespace rd
