// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rd {
namespace {
const QString Key = QStringLiteral("files/recent");
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent), m_menu(new QMenu(tr("Open &Recent")))
{
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    // Rebuilt when shown, never while one of its actions is being handled (that would delete it).
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

RecentFiles::~RecentFiles()
{
    delete m_menu; // QMenu::addMenu does not take it: it has no parent
}

QStringList RecentFiles::paths() const
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(list);
}

void RecentFiles::store(const QStringList &paths)
{
    QSettings().setValue(Key, paths);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list[i];
        // &1 … &8 as accelerators; the full path in the tooltip and the status bar.
        QAction *a = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentFilesAction"));
    connect(clear, &QAction::triggered, this, [this] { store({}); });
}

} // namespace rd
