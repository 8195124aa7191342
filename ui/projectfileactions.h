// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rd {

class ProjectDocument;
class RecentFiles;
class ViewStateKeeper;
struct Project;

/// The File actions: new, open, open recent, open the bundled sample, save, save as (project
/// files .rdproj, or JSON plans .json by extension), import and export of JSON plans, and the
/// "save unsaved changes?" question.
///
/// The model returns errors (LoadResult, ProjectFile::save); this class is where they are shown.
class ProjectFileActions : public QObject
{
    Q_OBJECT
public:
    ProjectFileActions(ProjectDocument *document, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *importJsonAction() const { return m_importJson; }
    QAction *exportJsonAction() const { return m_exportJson; }
    QAction *openSampleAction() const { return m_openSample; }
    /// File ▸ Open Recent.
    QMenu *recentMenu() const;
    RecentFiles *recentFiles() const { return m_recent; }

    /// Loads `path` (.rdproj or .json) into the document without asking about unsaved changes;
    /// shows the error and returns false when it cannot be read.
    bool openFile(const QString &path);
    /// Opens the bundled sample (Microsoft's piecemeal restore of a database with memory-optimized
    /// tables, embedded in the program) as an untitled project: Save asks where to write it, so
    /// the sample itself is never overwritten. Does not ask about unsaved changes.
    void openSample();
    /// The bundled sample as a project (what openSample() opens).
    static Project sampleProject();
    /// If the document has unsaved changes, asks whether to save them. False = the user
    /// cancelled (or saving failed): stay where you are.
    bool maybeSave();
    bool save();
    bool saveAs();

    /// Where Save takes the view state from and Open restores it to (none: not kept).
    void setViewStateKeeper(ViewStateKeeper *keeper) { m_viewKeeper = keeper; }

    /// The version of Restore Designer that wrote the open project file (LoadResult::writtenBy; ours
    /// once saved here as .rdproj); empty for an untitled project, a JSON plan, or a project file
    /// written before versions were recorded. Help ▸ About shows it.
    QString writtenBy() const;

    /// The project File ▸ New starts from: one database with PRIMARY, a log file and an empty plan.
    static Project newProject();

signals:
    /// After New, Open or Import replaced the whole project.
    void projectReplaced();
    void statusMessage(const QString &message, int timeoutMs);

private:
    void newFile();
    void open();
    void importJson();
    void exportJson();
    bool saveTo(const QString &path);
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);
    void reportWarnings(const QString &path, const QStringList &warnings);

    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_importJson;
    QAction *m_exportJson;
    QAction *m_openSample;
    RecentFiles *m_recent;
    ViewStateKeeper *m_viewKeeper = nullptr;
    /// The file m_writtenBy belongs to: once the document is another file, or untitled, it is stale.
    QString m_writtenByPath;
    QString m_writtenBy;
};

} // namespace rd
