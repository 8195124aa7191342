// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/filetable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace rd {
namespace {
constexpr double Megabyte = 1024.0 * 1024.0;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / Megabyte, 'f', bytes % (1024 * 1024) == 0 ? 0 : 2);
}
} // namespace

FileTable::FileTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Logical name"), tr("Path"), tr("Size (MB)")});
    horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setToolTip(tr("Double-click a cell, or select it and type, to change a logical name, path or size (ALTER DATABASE … MODIFY FILE)."));
    connect(this, &QTableWidget::itemChanged, this, &FileTable::cellEdited);
}

void FileTable::setFiles(const QList<DataFile> &files, bool folders, const QString &firstFileTip)
{
    m_shown = files;
    m_folders = folders;
    m_firstFileTip = firstFileTip;
    showFiles();
}

void FileTable::showFiles()
{
    const QString selected = selectedFile();
    const QSignalBlocker block(this);
    setRowCount(int(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const DataFile &f = m_shown[r];
        // Items are updated in place, never replaced: a refresh may run inside the table's own
        // itemChanged (an edit of a cell pushes at once), whose item must outlive it.
        QTableWidgetItem *name = cell(r, NameColumn), *path = cell(r, PathColumn), *size = cell(r, SizeColumn);
        name->setText(f.name);
        name->setData(Qt::UserRole, f.name);
        name->setToolTip(r == 0 ? m_firstFileTip : QString());
        path->setText(f.path);
        size->setText(m_folders && f.sizeBytes == 0 ? QString() : megabytes(f.sizeBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        size->setToolTip(tr("%1 bytes").arg(f.sizeBytes));
        if (f.name.compare(selected, Qt::CaseInsensitive) == 0)
            selectRow(r);
    }
}

QTableWidgetItem *FileTable::cell(int row, int column)
{
    QTableWidgetItem *i = item(row, column);
    if (!i) {
        i = new QTableWidgetItem;
        setItem(row, column, i);
    }
    return i;
}

QString FileTable::selectedFile() const
{
    const QList<QTableWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *name = item(items.first()->row(), NameColumn);
    return name ? name->data(Qt::UserRole).toString() : QString();
}

void FileTable::selectFile(const QString &name)
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, NameColumn) && item(r, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0)
            selectRow(r);
}

void FileTable::cellEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    if (row < 0 || row >= m_shown.size())
        return;
    // The cells show the files given last again after the form has answered: the new value when
    // it was pushed (the form gave it in the meantime), the old one when not. Never inside this
    // itemChanged signal, whose item must outlive it.
    QMetaObject::invokeMethod(this, &FileTable::showFiles, Qt::QueuedConnection);
    const DataFile before = m_shown[row];
    DataFile after = before;
    QString text;
    switch (item->column()) {
    case NameColumn:
        after.name = item->text().trimmed();
        text = tr("Rename file %1 to %2").arg(before.name, after.name);
        break;
    case PathColumn:
        after.path = item->text().trimmed();
        text = tr("Change the path of file %1").arg(before.name);
        break;
    case SizeColumn: {
        const QString entered = item->text().trimmed();
        bool ok = entered.isEmpty();
        const double mb = entered.isEmpty() ? 0.0 : QLocale().toDouble(entered, &ok);
        if (!ok || mb < 0 || mb > 1e12) {
            emit refused(tr("The size of a file is a number of megabytes, 0 or more: %1 is not.").arg(item->text()));
            return;
        }
        after.sizeBytes = qint64(mb * Megabyte + 0.5);
        text = tr("Resize file %1 to %2 MB").arg(before.name, megabytes(after.sizeBytes));
        break;
    }
    default:
        return;
    }
    if (!(after == before))
        emit fileChanged(before.name, after, text);
}

bool FileTable::event(QEvent *event)
{
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) { // a cell's editor has its own focus
        event->accept();
        if (event->type() == QEvent::KeyPress)
            emit removeRequested();
        return true;
    }
    return QTableWidget::event(event);
}

} // namespace rd
