// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The source scanners' own tests (tst_layering, tst_portability): a file planted in a fresh
// temporary folder and scanned there the way the real tree is.

#include "tests/testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>

namespace rd::test {

/// Writes `content` to `relativePath` (its folders created) in a new temporary folder and returns
/// what `scan` finds under that folder; the one finding "cannot plant …" when it cannot be written.
inline QStringList scanPlanted(const QString &relativePath, const QByteArray &content,
                               const std::function<QStringList(const QString &root)> &scan)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(relativePath);
    if (!dir.isValid() || !QDir().mkpath(QFileInfo(path).path()) || !writeBytes(path, content))
        return {QStringLiteral("cannot plant %1").arg(path)};
    return scan(dir.path());
}

} // namespace rd::test
