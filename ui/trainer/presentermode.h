// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace rd {

/// View ▸ Presenter Mode (F5) for a projector: larger fonts everywhere and the editing and detail
/// panels hidden (the plan editor, findings, script, toolbar), so the layout, the timeline with
/// the trainer bar, and the simulation fill the screen. Leaving it restores the fonts and the window's layout as they were.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    /// Font scale in presenter mode.
    static constexpr double FontScale = 1.5;

    /// `editing`: the widgets (docks, toolbars) hidden in presenter mode.
    PresenterMode(QMainWindow *window, const QList<QWidget *> &editing);

    QAction *action() const { return m_action; }
    bool isOn() const { return m_on; }
    void setOn(bool on);

private:
    QMainWindow *m_window;
    QList<QWidget *> m_editing;
    QAction *m_action;
    bool m_on = false;
    QFont m_font;           ///< the application's font before presenter mode
    QByteArray m_state;     ///< the window's layout before presenter mode
    QList<bool> m_visible;  ///< whether each editing widget was visible
};

} // namespace rd
