// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/trainer/presentermode.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

namespace rd {

PresenterMode::PresenterMode(QMainWindow *window, const QList<QWidget *> &editing)
    : QObject(window), m_window(window), m_editing(editing), m_action(new QAction(tr("&Presenter Mode"), this))
{
    m_action->setObjectName(QStringLiteral("presenterModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setStatusTip(tr("Large fonts and no editing panels, for a projector (F5 to leave)"));
    connect(m_action, &QAction::toggled, this, &PresenterMode::setOn);
}

void PresenterMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_action->setChecked(on);
    if (on) {
        m_font = QApplication::font();
        m_state = m_window->saveState();
        m_visible.clear();
        for (QWidget *w : std::as_const(m_editing)) {
            m_visible << w->isVisible();
            w->hide();
        }
        QFont large = m_font;
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * FontScale);
        else
            large.setPixelSize(int(large.pixelSize() * FontScale));
        QApplication::setFont(large);
        return;
    }
    QApplication::setFont(m_font);
    for (qsizetype i = 0; i < m_editing.size(); ++i)
        m_editing[i]->setVisible(m_visible.value(i, true));
    m_window->restoreState(m_state);
}

} // namespace rd
