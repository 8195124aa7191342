// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/prioritylist.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

PriorityList::PriorityList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_up(new QPushButton(tr("Move &Up"))), m_down(new QPushButton(tr("Move &Down")))
{
    m_list->setObjectName(QStringLiteral("priorityList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove); // reorder by drag, nothing else
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Drag to reorder (or Ctrl+Up / Ctrl+Down); unchecked filegroups come online last, together"));
    m_list->installEventFilter(this);
    m_up->setObjectName(QStringLiteral("priorityUpButton"));
    m_down->setObjectName(QStringLiteral("priorityDownButton"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_up->setToolTip(tr("Bring the selected filegroup online earlier (Ctrl+Up)"));
    m_down->setToolTip(tr("Bring the selected filegroup online later (Ctrl+Down)"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PriorityList::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &PriorityList::updateButtons);
    updateButtons();
}

void PriorityList::setNames(const QStringList &names)
{
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Checked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QStringList PriorityList::names() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QStringList PriorityList::checkedNames() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    return out;
}

void PriorityList::setChecked(const QString &name, bool checked)
{
    for (QListWidgetItem *item : m_list->findItems(name, Qt::MatchExactly))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void PriorityList::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = qBound(0, row + delta, m_list->count() - 1);
    if (row < 0 || to == row)
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateButtons();
}

bool PriorityList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PriorityList::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace rd
