// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/cfpstatechart.h"

#include <memory>

#include "ui/export/widgetimage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace rd {
namespace {

struct SegmentLook
{
    CfpChartSegment segment;
    QColor color;
    Qt::BrushStyle style;
};

// Data blue, delta orange; the unused part of each the same hue, pale. The backup bars are hatched
// over a white ground so that they read as "what is taken of the bar beside".
const SegmentLook StackedLooks[] = {
    {CfpChartSegment::DataUsed, QColor(0x2f, 0x6d, 0xb5), Qt::SolidPattern},
    {CfpChartSegment::DataUnused, QColor(0xb9, 0xd0, 0xee), Qt::SolidPattern},
    {CfpChartSegment::DeltaUsed, QColor(0xd9, 0x82, 0x2b), Qt::SolidPattern},
    {CfpChartSegment::DeltaUnused, QColor(0xf3, 0xd1, 0xad), Qt::SolidPattern},
};
const SegmentLook BackupLooks[] = {
    {CfpChartSegment::FullBackup, QColor(0x2b, 0x2b, 0x2b), Qt::BDiagPattern},
    {CfpChartSegment::DifferentialBackup, QColor(0x8e, 0x24, 0x8e), Qt::FDiagPattern},
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A state's name on the category axis, a word a line (the axis shows rich text), so that nine
/// states fit under their bars without being cut short.
QString categoryLabel(const QString &name)
{
    return name.toHtmlEscaped().replace(u' ', QStringLiteral("<br>"));
}

} // namespace

CfpStateChart::CfpStateChart(QWidget *parent)
    : QWidget(parent), m_versionCombo(new QComboBox), m_page(new QWidget), m_view(new QChartView),
      m_chart(new QChart), m_table(new QLabel), m_warning(new QLabel)
{
    setObjectName(QStringLiteral("cfpStateChart"));
    m_versionCombo->setObjectName(QStringLiteral("cfpVersionCombo"));
    addVersions(m_versionCombo);
    m_versionCombo->setToolTip(tr("The backup rules the bars follow: what a full and a differential backup copy of "
                                  "each state (docs/cfp.md)"));
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("cfpChartExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the chart and its table as a PNG or SVG image"));
    connect(exportButton, &QToolButton::clicked, this, &CfpStateChart::exportInteractively);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto *rulesLabel = new QLabel(tr("&Backup rules:"));
    rulesLabel->setBuddy(m_versionCombo);
    controls->addWidget(rulesLabel);
    controls->addWidget(m_versionCombo);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    m_chart->setObjectName(QStringLiteral("cfpChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // setChart() releases the chart the view made for itself without deleting it (Qt 6.4).
    const std::unique_ptr<QChart> made(m_view->chart());
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_view->setObjectName(QStringLiteral("cfpChartView"));
    m_table->setObjectName(QStringLiteral("cfpStateTable"));
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setContentsMargins(8, 4, 8, 4);
    m_warning->setObjectName(QStringLiteral("cfpChartWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_warning->hide();

    m_page->setAutoFillBackground(true);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_warning);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_page, 1);

    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        emit versionChanged(version());
    });
    rebuild();
}

void CfpStateChart::addVersions(QComboBox *combo)
{
    combo->addItem(tr("SQL Server 2014 CTP2"), int(CfpVersion::SqlServer2014Ctp2));
    combo->addItem(tr("SQL Server 2014"), int(CfpVersion::SqlServer2014));
    combo->addItem(tr("SQL Server 2016 and later"), int(CfpVersion::SqlServer2016));
    combo->setCurrentIndex(2);
}

void CfpStateChart::setInventory(const CheckpointInventory &inventory, const std::optional<QSet<QUuid>> &closedSinceFull)
{
    m_inventory = inventory;
    m_closedSinceFull = closedSinceFull;
    rebuild();
}

void CfpStateChart::setVersion(CfpVersion version)
{
    m_versionCombo->setCurrentIndex(m_versionCombo->findData(int(version))); // rebuilds when it changes
}

CfpVersion CfpStateChart::version() const
{
    return CfpVersion(m_versionCombo->currentData().toInt());
}

void CfpStateChart::rebuild()
{
    m_data = CfpStateChartData::build(m_inventory, version(), m_closedSinceFull);
    m_warning->setText(m_data.mismatch.isEmpty() ? QString()
                                                 : tr("Not an inventory of this version: %1. Its backup bars are empty.")
                                                       .arg(m_data.mismatch));
    m_warning->setVisible(!m_data.mismatch.isEmpty());
    fillChart();
    fillTable();
}

void CfpStateChart::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
    const double unit = double(m_data.axisUnitBytes());

    QStringList categories;
    for (const CfpStateBar &bar : std::as_const(m_data.bars))
        categories << categoryLabel(bar.contribution == CfpContribution::NotInVersion
                                        ? tr("%1 (not in %2)").arg(bar.name, CfpVersions::toString(m_data.version))
                                        : bar.name);
    auto *files = new QStackedBarSeries;
    files->setObjectName(QStringLiteral("cfpFilesSeries"));
    files->setBarWidth(0.7);
    auto *backups = new QBarSeries;
    backups->setObjectName(QStringLiteral("cfpBackupSeries"));
    backups->setBarWidth(0.36); // two narrow bars inside the wide one: what the backups take of it
    const auto addSets = [&](QAbstractBarSeries *series, const auto &looks) {
        for (const SegmentLook &look : looks) {
            auto *set = new QBarSet(CfpStateChartData::segmentName(look.segment));
            QBrush brush(look.color, look.style);
            set->setBrush(brush);
            set->setPen(look.style == Qt::SolidPattern ? QPen(look.color.darker(115)) : QPen(look.color, 1.2));
            for (const CfpStateBar &bar : std::as_const(m_data.bars))
                set->append(double(CfpStateChartData::value(bar, look.segment)) / unit);
            const CfpChartSegment segment = look.segment;
            connect(set, &QBarSet::hovered, this, [this, segment](bool on, int index) {
                if (on)
                    QToolTip::showText(QCursor::pos(), m_data.toolTip(index, segment), m_view);
                else
                    QToolTip::hideText();
            });
            series->append(set);
        }
    };
    addSets(files, StackedLooks);
    addSets(backups, BackupLooks);
    m_chart->addSeries(files);
    m_chart->addSeries(backups);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(m_data.axisUnitName());
    const double top = std::max(1.0, double(m_data.maxBytes()) / unit);
    valueAxis->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")); // a few MiB: 0.5, 1.0 …
    valueAxis->setRange(0, top);
    valueAxis->applyNiceNumbers();
    m_chart->addAxis(categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(files), static_cast<QAbstractSeries *>(backups)}) {
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    m_chart->setTitle(m_data.bars.isEmpty()
                          ? tr("No checkpoint file pairs")
                          : tr("Checkpoint file pairs per state, under SQL Server %1's backup rules")
                                .arg(CfpVersions::toString(m_data.version)));
}

void CfpStateChart::fillTable()
{
    if (m_data.bars.isEmpty()) {
        m_table->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' style='margin-left: 8px'><tr><th align='left'>%1</th><th align='right'>%2</th>"
                                  "<th align='left'>%3</th><th align='right'>%4</th><th align='right'>%5</th></tr>")
                       .arg(escaped(tr("State")), escaped(tr("Pairs")), escaped(tr("A backup copies of each file")),
                            escaped(tr("Full backup")),
                            escaped(m_data.differentialIsUpperBound ? tr("Differential (at most)") : tr("Differential")));
    for (const CfpStateBar &bar : std::as_const(m_data.bars)) {
        QString rule = CfpStateChartData::contributionText(bar.contribution);
        if (bar.unsizedFiles > 0)
            rule = tr("%1 (%n file(s) of NULL size: 0 bytes)", nullptr, bar.unsizedFiles).arg(rule);
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td></tr>")
                    .arg(escaped(bar.name))
                    .arg(bar.pairs)
                    .arg(escaped(rule), escaped(CfpStateChartData::bytesText(bar.fullBackupBytes)),
                         escaped(CfpStateChartData::bytesText(bar.differentialBytes)));
    }
    html += QStringLiteral("</table>");
    m_table->setText(html);
}

bool CfpStateChart::exportTo(const QString &path, QString *error)
{
    layout()->setGeometry(rect()); // a chart never shown (the command line's) is laid out at its size first
    return WidgetImage::save(m_page, path, m_chart->title(), error);
}

void CfpStateChart::exportInteractively()
{
    const QString png = tr("PNG image (*.png)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the CFP Chart"), QStringLiteral("cfp-chart.png"),
                                                png + QStringLiteral(";;") + tr("SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen filter's, which is what chooses the format.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png") : QStringLiteral(".svg");
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the CFP Chart"), error);
}

void CfpStateChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart as PNG or SVG…"), this, &CfpStateChart::exportInteractively);
    menu.exec(event->globalPos());
}

} // namespace rd
