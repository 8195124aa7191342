// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/backgroundload.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

std::optional<LoadResult> BackgroundLoad::run(QWidget *parent, const QString &what, std::function<LoadResult()> read)
{
    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<LoadResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(read)));

    // A quick read shows no dialog; meanwhile no click or key may start something else.
    QTimer::singleShot(ShowAfterMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (watcher.isFinished())
        return watcher.result();

    QProgressDialog progress(what, tr("Cancel"), 0, 0, parent); // 0, 0: busy
    progress.setWindowTitle(tr("Opening"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit); // the button, closing
    QObject::connect(&progress, &QDialog::rejected, &loop, &QEventLoop::quit);         // Escape
    progress.show();
    loop.exec();
    if (!watcher.isFinished())
        return std::nullopt; // cancelled: the pool finishes the read; nobody looks at it
    return watcher.result();
}

} // namespace rd
