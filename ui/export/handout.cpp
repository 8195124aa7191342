// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/export/handout.h"

#include "model/analysis/projectanalysis.h"
#include "model/io/atomicwrite.h"
#include "model/simulation/states.h"
#include "model/tsql/tsqlcommentwrap.h"
#include "model/tsql/tsqlwriter.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace rd::Handout {
namespace {

/// Characters of the script that fit a line of the handout (8 pt monospace, A4, 15 mm margins).
constexpr int ScriptColumns = 72;

/// Translation context for the handout (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString layoutTable(const Project &p)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(Tr::tr("Filegroup"), Tr::tr("Kind"), Tr::tr("Files"));
    for (const Filegroup &fg : p.database.filegroups) {
        QStringList files;
        for (const DataFile &f : fg.files)
            files << esc(f.name) + (f.path.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(f.path)));
        QString kind = toString(fg.type);
        if (fg.readOnly)
            kind += QStringLiteral(", READ_ONLY");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(fg.name), esc(kind), files.join(QStringLiteral("<br>")));
    }
    QStringList logs;
    for (const DataFile &f : p.database.logFiles)
        logs << esc(f.name);
    h += QStringLiteral("<tr><td>%1</td><td>LOG</td><td>%2</td></tr></table>").arg(Tr::tr("(log)"), logs.join(QStringLiteral("<br>")));
    return h;
}

QString stepsTable(const Plan &plan)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(Tr::tr("Statement"), Tr::tr("Backup"), Tr::tr("Targets"), Tr::tr("Options"));
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps[i];
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(i + 1)
                 .arg(esc(StepText::statement(s)), esc(s.backup), esc(StepText::targets(s)), esc(StepText::options(s)));
    }
    return h + QStringLiteral("</table>");
}

/// One row per step: the database's state and each filegroup's after it (refused steps say so).
QString statesTable(const SimulationResult &sim)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th><th>%2</th>")
                    .arg(Tr::tr("After step"), Tr::tr("Database"));
    for (const auto &fg : sim.initial.filegroups)
        h += QStringLiteral("<th>%1</th>").arg(esc(fg.first));
    h += QStringLiteral("</tr>");
    auto row = [&h](const QString &label, const StepState &state) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(label, toString(state.database));
        for (const auto &fg : state.filegroups) {
            const QColor c = DesignerStyle::fileStateColor(fg.second);
            h += QStringLiteral("<td><font color=\"%1\">%2</font></td>").arg(c.name(), toString(fg.second));
        }
        h += QStringLiteral("</tr>");
    };
    row(Tr::tr("(before)"), sim.initial);
    for (const StepState &s : sim.steps)
        row(s.outcome.refused() ? Tr::tr("%1 (refused: %2)").arg(s.step + 1).arg(esc(s.outcome.refusedBy)) : QString::number(s.step + 1), s);
    return h + QStringLiteral("</table>");
}

QString findingsList(const QList<Diagnostic> &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No findings: the plan passes every check."));
    QString h = QStringLiteral("<ul>");
    for (const Diagnostic &d : findings) {
        const QString where = d.step >= 0 ? Tr::tr("step %1").arg(d.step + 1) : Tr::tr("history");
        h += QStringLiteral("<li><b>%1</b> %2 (%3): %4</li>").arg(esc(DesignerStyle::severityText(d.severity)), esc(d.rule), where, esc(d.message));
    }
    return h + QStringLiteral("</ul>");
}

} // namespace

QString html(const ProjectAnalysis &analysis, qsizetype planIndex, bool withTimeline)
{
    const Project &p = analysis.project();
    if (planIndex < 0 || planIndex >= p.plans.size())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No plan."));
    const Plan &plan = p.plans[planIndex];
    const PlanAnalysis &a = analysis.plan(planIndex);
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(Tr::tr("Restore plan: %1").arg(esc(plan.name)));
    h += QStringLiteral("<p>%1</p>").arg(Tr::tr("Database <b>%1</b>, %2 recovery.").arg(esc(p.database.name), toString(p.database.recoveryModel)));
    if (!p.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(p.description));
    h += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Database layout")) + layoutTable(p);
    if (withTimeline)
        // On a page of its own with the steps and states: a heading never ends a page alone.
        h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2><p><img src=\"%2\" width=\"640\"></p>")
                 .arg(Tr::tr("Backup history"), timelineUrl());
    h += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Steps")) + stepsTable(plan);
    h += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("States after each step")) + statesTable(a.simulation);
    h += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Findings")) + findingsList(a.diagnostics);
    // Comment lines are broken into `--` lines that fit the page (ScriptColumns at 8 pt on A4), so
    // none wraps on the page: copied from the PDF, a wrapped comment's second half would be code.
    // Only a statement longer than the page (a long path) still wraps there.
    h += QStringLiteral("<h2>%1</h2><pre style=\"white-space: pre-wrap; font-size: 8pt\">%2</pre>")
             .arg(Tr::tr("Restore script (T-SQL)"),
                  esc(wrapCommentLines(TsqlWriter::restoreScript(p, plan, a.simulation), ScriptColumns)));
    return h + QStringLiteral("</body></html>");
}

bool writePdf(const ProjectAnalysis &analysis, qsizetype plan, const QImage &timeline, const QString &path, QString *error)
{
    // Made in memory, then written by AtomicWrite (QSaveFile misses a failed final flush).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Restore plan handout"));
        writer.setCreator(QStringLiteral("Restore Designer"));
        QTextDocument doc;
        if (!timeline.isNull())
            doc.addResource(QTextDocument::ImageResource, QUrl(timelineUrl()), timeline);
        doc.setHtml(html(analysis, plan, !timeline.isNull()));
        doc.print(&writer);
    } // the writer finishes the PDF when destroyed
    return AtomicWrite::writeFile(path, buffer.data(), error);
}

} // namespace rd::Handout
