// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rd::AtomicWrite {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
};

} // namespace

bool writeFile(const QString &path, const QByteArray &content, QString *error, LineEndings lineEndings)
{
    QByteArray bytes = content;
#ifdef Q_OS_WIN
    if (lineEndings == LineEndings::Native)
        bytes.replace("\n", "\r\n");
#else
    Q_UNUSED(lineEndings);
#endif
    QSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, reason);
        return false; // QSaveFile's destructor removes the temporary file; `path` was never touched
    };
    // Unbuffered, so that each write reaches the file system now and its error is seen here.
    // Through Qt's 16 KiB buffer a small file is written only inside commit(), and Qt 6.4's
    // commit() renames the temporary file over `path` even when that last write failed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    for (qint64 done = 0; done < bytes.size();) {
        // A disk that fills up first takes part of a write without an error; the next write gives it.
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written < 0)
            return failed(file.errorString());
        if (written == 0)
            return failed(Tr::tr("the file system took only %1 of %2 bytes").arg(done).arg(bytes.size()));
        done += written;
    }
    if (!file.flush() || !file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace rd::AtomicWrite
