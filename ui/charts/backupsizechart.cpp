// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/backupsizechart.h"

#include "model/document/projectdocument.h"
#include "ui/charts/planchartsstyle.h"
#include "ui/charts/planchartsunits.h"
#include "ui/designerstyle.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace rd {
namespace {
constexpr qint64 MinuteMsecs = 60 * 1000;
constexpr qint64 HourMsecs = 60 * MinuteMsecs;
constexpr qint64 DayMsecs = 24 * HourMsecs;

/// The time axis's range and tick count: ticks on whole minutes, hours or days of the wall clock
/// (03:00, not 02:49), at most `intervals` + 1 of them, with a little room either side of the points.
struct TimeTicks
{
    double min = 0, max = 0;
    int count = 2;
};

TimeTicks niceTimeRange(double minX, double maxX, int intervals)
{
    // Rounded in wall-clock time (the axis's x is the instant the local clock reads it), so that
    // the ticks fall on whole hours in any time zone, then taken back to the axis's x.
    auto wall = [](double x) { return x + 1000.0 * QDateTime::fromMSecsSinceEpoch(qint64(x)).offsetFromUtc(); };
    auto axis = [](double w) {
        return BackupSizePoints::axisMsecs(QDateTime::fromMSecsSinceEpoch(qint64(w), Qt::UTC));
    };
    static constexpr qint64 steps[] = {MinuteMsecs, 2 * MinuteMsecs, 5 * MinuteMsecs, 10 * MinuteMsecs,
                                       15 * MinuteMsecs, 30 * MinuteMsecs, HourMsecs, 2 * HourMsecs,
                                       3 * HourMsecs, 6 * HourMsecs, 12 * HourMsecs, DayMsecs,
                                       2 * DayMsecs, 7 * DayMsecs, 14 * DayMsecs, 28 * DayMsecs,
                                       56 * DayMsecs, 91 * DayMsecs, 182 * DayMsecs, 364 * DayMsecs};
    const double lo = wall(minX), hi = wall(maxX);
    const double pad = qMax((hi - lo) * 0.002, 1000.0); // a marker on the edge would be cut in half
    // Ticks of a day or more start at the midnight before the first backup, not at a multiple of
    // 91 days since 1970, which could leave most of a quarter empty.
    auto intervalsOf = [&](double step, double *first) {
        const double align = qMin(step, double(DayMsecs));
        *first = std::floor((lo - pad) / align) * align;
        return std::ceil((hi + pad - *first) / step);
    };
    double step = double(steps[std::size(steps) - 1]), first = 0;
    for (const qint64 s : steps) {
        if (intervalsOf(double(s), &first) <= intervals) {
            step = double(s);
            break;
        }
    }
    while (intervalsOf(step, &first) > intervals) // beyond years
        step *= 2;
    const double last = first + intervalsOf(step, &first) * step;
    return {axis(first), axis(last), int(std::lround((last - first) / step)) + 1};
}

} // namespace

BackupSizeChart::BackupSizeChart(ProjectDocument *document, QWidget *parent)
    : QChartView(parent), m_document(document), m_sizes(new QScatterSeries), m_memory(new QScatterSeries)
{
    setObjectName(QStringLiteral("backupSizeChart"));
    PlanChartsStyle::setUp(this);
    QChart *chart = this->chart();

    m_sizes->setName(tr("Backup size"));
    m_sizes->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_sizes->setMarkerSize(8);
    m_sizes->setColor(QColor(0x4e79a7));
    m_sizes->setBorderColor(QColor(0x4e79a7).darker(130));
    m_memory->setName(tr("Memory-optimized part (estimated from CFP snapshots)"));
    m_memory->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_memory->setMarkerSize(7);
    const QColor memory = DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData);
    m_memory->setColor(memory);
    m_memory->setBorderColor(memory.darker(130));
    chart->addSeries(m_sizes);
    chart->addSeries(m_memory);
    auto *time = new QDateTimeAxis;
    time->setTitleText(tr("Backup finished"));
    time->setTickCount(6);
    chart->addAxis(time, Qt::AlignBottom);
    auto *size = new QValueAxis;
    size->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(size, Qt::AlignLeft);
    for (QScatterSeries *series : {m_sizes, m_memory}) {
        series->attachAxis(time);
        series->attachAxis(size);
    }
    connect(m_sizes, &QXYSeries::hovered, this,
            [this](const QPointF &p, bool on) { hover(p, on, m_shownSizes, m_points.sizes()); });
    connect(m_memory, &QXYSeries::hovered, this,
            [this](const QPointF &p, bool on) { hover(p, on, m_shownMemory, m_points.memoryOptimized()); });

    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (follows(change))
            rebuild();
    });
    rebuild();
}

bool BackupSizeChart::follows(const DocumentChange &change)
{
    // Sizes are the backups'; the estimates depend on the snapshots and on which filegroup is
    // memory-optimized (the layout). Plans and events change neither.
    return change.kinds & (ChangeKind::Backups | ChangeKind::Layout | ChangeKind::CfpSnapshots);
}

void BackupSizeChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale)
        rebuild();
}

void BackupSizeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Decimated series are for a width: a wider chart shows more of the points.
    const bool decimated = qsizetype(m_points.sizes().size()) > m_shownSizes.points.size()
        || qsizetype(m_points.memoryOptimized().size()) > m_shownMemory.points.size();
    if (!m_stale && decimated && width() != m_columns)
        fillSeries();
}

void BackupSizeChart::rebuild()
{
    if (!isVisible()) { // a hidden chart (the dock closed, the other tab) waits until it is shown
        m_stale = true;
        return;
    }
    m_stale = false;
    ++m_rebuilds;
    m_points = BackupSizePoints::of(m_document->analysis());

    const PlanChartsUnits::Unit unit = PlanChartsUnits::sizeUnitFor(m_points.maxBytes());
    m_divisor = unit.divisor;
    auto *time = qobject_cast<QDateTimeAxis *>(chart()->axes(Qt::Horizontal).value(0));
    auto *size = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    // As many ticks as labels fit: a date takes about 110 pixels.
    const TimeTicks ticks = niceTimeRange(m_points.minX(), m_points.maxX(), qBound(2, width() / 120, 10));
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(ticks.min)), QDateTime::fromMSecsSinceEpoch(qint64(ticks.max)));
    time->setTickCount(ticks.count);
    time->setFormat(ticks.max - ticks.min <= 2 * DayMsecs ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    size->setTitleText(tr("Size (%1)").arg(unit.name));
    size->setRange(0, m_points.maxBytes() > 0 ? m_points.maxBytes() / m_divisor * 1.05 : 1);
    size->applyNiceNumbers();

    const qsizetype drawn = qsizetype(m_points.sizes().size());
    QString title = drawn == 1 ? tr("Backup sizes: 1 backup") : tr("Backup sizes: %1 backups").arg(QLocale().toString(drawn));
    if (m_points.withoutSize() > 0)
        title += tr(" (%1 without a size not shown)").arg(QLocale().toString(m_points.withoutSize()));
    chart()->setTitle(title);
    m_memory->setVisible(!m_points.memoryOptimized().empty());
    fillSeries();
}

void BackupSizeChart::fillSeries()
{
    // Decimated to the view's width: a column of pixels shows no more than its lowest and highest
    // point, and Qt Charts draws every scatter marker as an item of its own.
    m_columns = width();
    const int columns = qMax(200, m_columns);
    m_shownSizes = m_points.series(m_points.sizes(), m_divisor, columns);
    m_shownMemory = m_points.series(m_points.memoryOptimized(), m_divisor, columns);
    m_sizes->replace(m_shownSizes.points); // one replace each: a single repaint, no per-point signals
    m_memory->replace(m_shownMemory.points);
}

void BackupSizeChart::hover(const QPointF &point, bool on, const BackupSizeSeries &shown,
                            const std::vector<BackupSizePoint> &points)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    for (qsizetype k = 0; k < shown.points.size(); ++k) {
        if (qFuzzyCompare(shown.points[k].x(), point.x()) && qFuzzyCompare(1 + shown.points[k].y(), 1 + point.y())) {
            const qsizetype backup = points[size_t(shown.sources[k])].backup;
            QToolTip::showText(QCursor::pos(), BackupSizePoints::toolTip(m_document->analysis(), backup), this);
            return;
        }
    }
}

} // namespace rd
