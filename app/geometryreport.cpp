// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/geometryreport.h"

#include <QAbstractScrollArea>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSaveFile>
#include <QTabBar>
#include <QTimer>

namespace rd {
namespace {

QJsonArray globalRect(const QWidget *w, const QRect &local)
{
    const QPoint topLeft = w->mapToGlobal(local.topLeft());
    return {topLeft.x(), topLeft.y(), local.width(), local.height()};
}

QJsonArray globalRect(const QWidget *w)
{
    return globalRect(w, w->rect());
}

} // namespace

void GeometryReport::startIfAsked(QWidget *window)
{
    const QString path = qEnvironmentVariable("RD_GEOMETRY_REPORT");
    if (!path.isEmpty())
        new GeometryReport(window, path);
}

GeometryReport::GeometryReport(QWidget *window, const QString &path)
    : QObject(window), m_window(window), m_path(path), m_timer(new QTimer(this))
{
    // Polled rather than following every move and resize of every widget: the report is read by a
    // test that waits for what it needs, and 100 ms is far below a test's patience.
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &GeometryReport::writeIfChanged);
    m_timer->start();
}

QByteArray GeometryReport::report() const
{
    QJsonObject o;
    QJsonObject window{{QStringLiteral("rect"), globalRect(m_window)},
                       {QStringLiteral("winId"), QString::number(m_window->winId())},
                       {QStringLiteral("active"), m_window->isActiveWindow()},
                       {QStringLiteral("modified"), m_window->isWindowModified()}};
    o.insert(QStringLiteral("window"), window);

    QJsonObject tabs;
    for (const QTabBar *bar : m_window->findChildren<QTabBar *>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                tabs.insert(bar->tabText(i).remove(u'&'), globalRect(bar, bar->tabRect(i)));
    o.insert(QStringLiteral("tabs"), tabs);

    if (const auto *palette = m_window->findChild<QListWidget *>(QStringLiteral("backupPalette"))) {
        QJsonObject items;
        const bool visible = palette->isVisible();
        // Only items inside the window: just after its tab is raised the palette is visible before
        // its dock is laid out, at a stale place (a drag from there presses on nothing).
        const QRect onScreen(m_window->mapToGlobal(QPoint(0, 0)), m_window->size());
        if (visible)
            for (int i = 0; i < palette->count(); ++i) {
                const QRect r = palette->visualItemRect(palette->item(i));
                const QPoint centre = palette->viewport()->mapToGlobal(r.center());
                if (palette->viewport()->rect().contains(r.center()) && onScreen.contains(centre))
                    items.insert(palette->item(i)->data(Qt::UserRole).toString(), globalRect(palette->viewport(), r));
            }
        o.insert(QStringLiteral("palette"), QJsonObject{{QStringLiteral("visible"), visible}, {QStringLiteral("items"), items}});
    }
    if (const auto *timeline = m_window->findChild<QAbstractScrollArea *>(QStringLiteral("timelineView")); timeline && timeline->isVisible())
        o.insert(QStringLiteral("timeline"), globalRect(timeline->viewport()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void GeometryReport::writeIfChanged()
{
    if (!m_window->isVisible())
        return;
    const QByteArray now = report();
    if (now == m_written)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(now) == now.size() && file.commit())
        m_written = now;
}

} // namespace rd
