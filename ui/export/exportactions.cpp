// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/export/exportactions.h"

#include "model/document/projectdocument.h"
#include "ui/export/handout.h"
#include "ui/export/widgetimage.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace rd {

ExportActions::ExportActions(ProjectDocument *document, ViewState *viewState, QWidget *window, QWidget *timeline, QWidget *plan)
    : QObject(window), m_document(document), m_viewState(viewState), m_window(window), m_timeline(timeline)
{
    m_timelineImage = new QAction(tr("&Timeline as Image…"), this);
    m_timelineImage->setObjectName(QStringLiteral("exportTimelineImageAction"));
    m_timelineImage->setStatusTip(tr("Save the timeline as displayed (zoom and scroll) as PNG or SVG"));
    m_planImage = new QAction(tr("&Plan as Image…"), this);
    m_planImage->setObjectName(QStringLiteral("exportPlanImageAction"));
    m_planImage->setStatusTip(tr("Save the plan's table as PNG or SVG"));
    m_handout = new QAction(tr("&Handout (PDF)…"), this);
    m_handout->setObjectName(QStringLiteral("exportHandoutAction"));
    m_handout->setStatusTip(tr("A PDF for a training session: layout, timeline, plan, states after each step, findings and script"));
    connect(m_timelineImage, &QAction::triggered, this, [this] { exportImage(m_timeline, tr("Timeline"), tr("timeline")); });
    connect(m_planImage, &QAction::triggered, this, [this, plan] { exportImage(plan, tr("Restore plan"), tr("plan")); });
    connect(m_handout, &QAction::triggered, this, &ExportActions::askHandout);
}

QString ExportActions::ask(const QString &title, const QString &baseName, const QString &filters) const
{
    const QString dir = QSettings().value(QStringLiteral("files/lastDirectory"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = m_document->project().database.name + u'-' + baseName;
    return QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(name), filters);
}

void ExportActions::done(const QString &path)
{
    QSettings().setValue(QStringLiteral("files/lastDirectory"), QFileInfo(path).absolutePath());
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void ExportActions::exportImage(QWidget *widget, const QString &title, const QString &baseName)
{
    QString path = ask(tr("Export %1 as Image").arg(title), baseName + QStringLiteral(".png"),
                       tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!WidgetImage::save(widget, path, title, &error))
        QMessageBox::critical(m_window, tr("Export"), error);
    else
        done(path);
}

bool ExportActions::exportHandout(const QString &path, QString *error) const
{
    return Handout::writePdf(m_document->analysis(), m_viewState->currentPlan(), m_timeline->grab().toImage(), path, error);
}

void ExportActions::askHandout()
{
    QString path = ask(tr("Export Handout"), tr("handout") + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!exportHandout(path, &error))
        QMessageBox::critical(m_window, tr("Export Handout"), error);
    else
        done(path);
}

} // namespace rd
