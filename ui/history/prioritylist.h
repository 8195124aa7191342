// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace rd {

/// An ordered list of names the user ranks: by drag, by Move Up / Move Down (Alt+U, Alt+D), or
/// with Ctrl+Up / Ctrl+Down on the list; each name has a check box saying whether it is ranked at
/// all. The "Plan for…" dialog's "bring online first" filegroups.
class PriorityList : public QWidget
{
    Q_OBJECT
public:
    explicit PriorityList(QWidget *parent = nullptr);

    /// Shows `names` in this order, all checked.
    void setNames(const QStringList &names);
    /// Every name in the order shown.
    QStringList names() const;
    /// The checked names in the order shown.
    QStringList checkedNames() const;
    void setChecked(const QString &name, bool checked);
    /// Moves the current name by `delta` rows (clamped); it stays current.
    void moveCurrent(int delta);
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace rd
