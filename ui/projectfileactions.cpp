// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/projectfileactions.h"

#include "model/document/projectdocument.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectfile.h"
#include "ui/backgroundload.h"
#include "ui/recentfiles.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QWidget>

namespace rd {
namespace {
const QString ProjectSuffix = QStringLiteral("rdproj");
const QString JsonSuffix = QStringLiteral("json");
const QString SamplePath = QStringLiteral(":/samples/imoltp-piecemeal.json"); // ui/CMakeLists.txt
} // namespace

ProjectFileActions::ProjectFileActions(ProjectDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    QStyle *style = window->style();
    auto make = [this](const QIcon &icon, const QString &text, const QString &tip, const QString &name) {
        auto *a = new QAction(icon, text, this);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setObjectName(name);
        return a;
    };
    m_new = make(style->standardIcon(QStyle::SP_FileIcon), tr("&New"), tr("Start a new project"), QStringLiteral("newAction"));
    m_new->setShortcut(QKeySequence::New);
    m_open = make(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"),
                  tr("Open a project file (.rdproj) or a JSON plan (.json)"), QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_save = make(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), tr("Save the project"),
                  QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAs = make(QIcon(), tr("Save &As…"), tr("Save the project under a new name (.rdproj or .json)"),
                    QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_importJson = make(QIcon(), tr("&Import JSON…"), tr("Start an untitled project from a JSON plan file"),
                        QStringLiteral("importJsonAction"));
    m_exportJson = make(QIcon(), tr("&Export JSON…"),
                        tr("Write the project as a JSON plan file (for version control and the command line)"),
                        QStringLiteral("exportJsonAction"));

    m_openSample = make(QIcon(), tr("Open &Sample"),
                        tr("Open the bundled sample (a piecemeal restore with memory-optimized tables) as an untitled project"),
                        QStringLiteral("openSampleAction"));
    m_recent = new RecentFiles(this);

    connect(m_openSample, &QAction::triggered, this, [this] {
        if (maybeSave())
            openSample();
    });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_new, &QAction::triggered, this, &ProjectFileActions::newFile);
    connect(m_open, &QAction::triggered, this, &ProjectFileActions::open);
    connect(m_save, &QAction::triggered, this, &ProjectFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &ProjectFileActions::saveAs);
    connect(m_importJson, &QAction::triggered, this, &ProjectFileActions::importJson);
    connect(m_exportJson, &QAction::triggered, this, &ProjectFileActions::exportJson);
}

Project ProjectFileActions::newProject()
{
    Project p;
    p.database.name = QStringLiteral("NewDatabase");
    Filegroup primary;
    primary.name = QStringLiteral("PRIMARY");
    primary.files.append({QStringLiteral("NewDatabase"), QStringLiteral("c:\\data\\NewDatabase.mdf"), 8 * 1024 * 1024});
    p.database.filegroups.append(primary);
    p.database.logFiles.append({QStringLiteral("NewDatabase_log"), QStringLiteral("c:\\data\\NewDatabase_log.ldf"),
                                8 * 1024 * 1024});
    Plan plan;
    plan.name = tr("Restore plan");
    p.plans.append(plan);
    return p;
}

QMenu *ProjectFileActions::recentMenu() const
{
    return m_recent->menu();
}

Project ProjectFileActions::sampleProject()
{
    QFile file(SamplePath);
    const LoadResult result = file.open(QIODevice::ReadOnly) ? PlanJsonReader::read(file.readAll()) : LoadResult{};
    Q_ASSERT_X(result.ok(), "sampleProject", "the embedded sample must load"); // tst_projectfiles
    return result.ok() ? *result.project : newProject();
}

void ProjectFileActions::openSample()
{
    m_document->reset(sampleProject()); // untitled
    emit projectReplaced();
    emit statusMessage(tr("Opened the sample as an untitled project: Save asks where to keep your copy."), 8000);
}

bool ProjectFileActions::openFile(const QString &path)
{
    const std::optional<LoadResult> loaded = BackgroundLoad::run(
        m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()), [path] { return ProjectFile::load(path); });
    if (!loaded) {
        emit statusMessage(tr("Opening %1 was cancelled; the project shown is unchanged.").arg(QFileInfo(path).fileName()), 8000);
        return false;
    }
    const LoadResult &result = *loaded;
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Open Project"), result.error);
        if (!QFileInfo::exists(path))
            m_recent->remove(path); // a recent file moved or deleted since
        return false;
    }
    m_document->reset(*result.project, QFileInfo(path).absoluteFilePath());
    m_writtenByPath = m_document->filePath();
    m_writtenBy = result.writtenBy;
    rememberDirectory(path);
    m_recent->add(path);
    emit projectReplaced();
    QStringList warnings = result.warnings;
    if (m_viewKeeper) {
        if (const QStringList problems = m_viewKeeper->restore(); !problems.isEmpty())
            warnings << tr("the saved view is ignored in part (%1)").arg(problems.join(QStringLiteral(", ")));
    }
    reportWarnings(path, warnings);
    return true;
}

bool ProjectFileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved Changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ProjectFileActions::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool ProjectFileActions::saveAs()
{
    const QFileInfo current(m_document->filePath());
    const QString base = current.filePath().isEmpty()
                             ? QDir(lastDirectory()).filePath(m_document->project().database.name + u'.' + ProjectSuffix)
                             : current.filePath();
    QString filter = current.suffix().compare(JsonSuffix, Qt::CaseInsensitive) == 0 ? tr("JSON plans (*.json)")
                                                                                     : tr("Project files (*.rdproj)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), base,
                                                tr("Project files (*.rdproj);;JSON plans (*.json)"), &filter);
    if (path.isEmpty())
        return false;
    if (!ProjectFile::kindForPath(path))
        path += u'.' + (filter.contains(JsonSuffix) ? JsonSuffix : ProjectSuffix);
    return saveTo(path);
}

bool ProjectFileActions::saveTo(const QString &path)
{
    // The view goes into the copy written, never into the document: it is not an edit.
    Project project = m_document->project();
    if (m_viewKeeper)
        project.viewState = m_viewKeeper->capture();
    QString error;
    if (!ProjectFile::save(project, path, &error)) {
        QMessageBox::critical(m_window, tr("Save Project"), error);
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    m_writtenByPath = m_document->filePath();
    m_writtenBy = ProjectFile::kindForPath(path) == ProjectFile::Kind::Project ? QCoreApplication::applicationVersion() : QString();
    rememberDirectory(path);
    m_recent->add(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

QString ProjectFileActions::writtenBy() const
{
    return !m_document->filePath().isEmpty() && m_document->filePath() == m_writtenByPath ? m_writtenBy : QString();
}

void ProjectFileActions::newFile()
{
    if (!maybeSave())
        return;
    m_document->reset(newProject());
    emit projectReplaced();
}

void ProjectFileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Project"), lastDirectory(),
        tr("Restore Designer files (*.rdproj *.json);;Project files (*.rdproj);;JSON plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ProjectFileActions::importJson()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import JSON Plan"), lastDirectory(),
                                                      tr("JSON plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::optional<LoadResult> loaded = BackgroundLoad::run(
        m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()), [path] { return PlanJsonReader::readFile(path); });
    if (!loaded) {
        emit statusMessage(tr("Importing %1 was cancelled; the project shown is unchanged.").arg(QFileInfo(path).fileName()), 8000);
        return;
    }
    const LoadResult &result = *loaded;
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Import JSON Plan"), result.error);
        return;
    }
    m_document->reset(*result.project); // untitled: Save asks where to put the project file
    rememberDirectory(path);
    emit projectReplaced();
    reportWarnings(path, result.warnings);
}

void ProjectFileActions::exportJson()
{
    const QString db = m_document->project().database.name;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export JSON Plan"),
                                                QDir(lastDirectory()).filePath(db + u'.' + JsonSuffix),
                                                tr("JSON plans (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + JsonSuffix;
    QString error;
    if (!PlanJsonWriter::writeFile(m_document->project(), path, &error)) {
        QMessageBox::critical(m_window, tr("Export JSON Plan"), error);
        return;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

QString ProjectFileActions::lastDirectory() const
{
    return QSettings().value(QStringLiteral("files/lastDirectory"),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ProjectFileActions::rememberDirectory(const QString &path)
{
    QSettings().setValue(QStringLiteral("files/lastDirectory"), QFileInfo(path).absolutePath());
}

void ProjectFileActions::reportWarnings(const QString &path, const QStringList &warnings)
{
    const QString name = QFileInfo(path).fileName();
    if (warnings.isEmpty())
        emit statusMessage(tr("Opened %1").arg(name), 4000);
    else
        emit statusMessage(tr("Opened %1 with warnings: %2").arg(name, warnings.join(QStringLiteral("; "))),
                           15000);
}

} // namespace rd
