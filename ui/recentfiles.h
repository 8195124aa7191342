// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace rd {

/// File ▸ Open Recent: the last projects opened or saved, newest first, kept in QSettings
/// ("files/recent", at most MaxFiles absolute paths). Choosing one emits openRequested(); a path
/// that can no longer be opened is dropped by whoever tried (remove()).
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    /// The submenu to put in the File menu (it stays this object's); rebuilt from the settings
    /// each time it opens.
    QMenu *menu() const { return m_menu; }
    /// The paths, newest first.
    QStringList paths() const;
    /// Puts `path` (made absolute) first, dropping an older entry of the same file.
    void add(const QString &path);
    void remove(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void store(const QStringList &paths);

    QMenu *m_menu;
};

} // namespace rd
