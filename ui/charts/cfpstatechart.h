// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/charts/cfpstatechartdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace rd {

/// The CFP state chart (issue 10): one category per checkpoint file state, a stacked bar of the
/// data and delta files' used and allocated-but-unused bytes, and beside it hatched bars of what a
/// full and a differential backup copy of them under the chosen version's rules; a table under the
/// chart says, per state, which rule that is. A combo box switches the rules (2014 CTP2, 2014,
/// 2016+); hovering a bar shows its numbers; the chart and its table export to PNG or SVG.
///
/// Holds nothing of the project: whoever shows it sets the inventory again when it changes, and
/// every bar comes from CfpStateChartData.
class CfpStateChart : public QWidget
{
    Q_OBJECT
public:
    explicit CfpStateChart(QWidget *parent = nullptr);

    /// Shows `inventory` (an empty one shows an empty chart); `closedSinceFull` as CfpStateChartData::build.
    void setInventory(const CheckpointInventory &inventory,
                      const std::optional<QSet<QUuid>> &closedSinceFull = std::nullopt);
    void setVersion(CfpVersion version);
    CfpVersion version() const;

    const CfpStateChartData &data() const { return m_data; }
    QChart *chart() const { return m_chart; }
    /// What an export shows: the chart, its table and any warning, without the controls.
    QWidget *exportedWidget() const { return m_page; }
    /// Writes the chart as PNG or SVG by `path`'s suffix (WidgetImage); false with *error on failure.
    bool exportTo(const QString &path, QString *error);
    /// Asks for a file name and exports there; errors are shown in a message box.
    void exportInteractively();
    /// The three versions' rules as items of `combo` (data: the CfpVersion), 2016+ chosen.
    static void addVersions(QComboBox *combo);

signals:
    void versionChanged(rd::CfpVersion version);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void fillChart();
    void fillTable();

    CheckpointInventory m_inventory;
    std::optional<QSet<QUuid>> m_closedSinceFull;
    CfpStateChartData m_data;
    QComboBox *m_versionCombo;
    QWidget *m_page;
    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_table;
    QLabel *m_warning;
};

} // namespace rd
