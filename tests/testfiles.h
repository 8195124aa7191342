// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reading, writing and listing files the way the file tests check them: whole files as bytes, and
// a folder's every entry (hidden ones included), so that a leftover temporary file shows.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace rd::test {

/// The file's bytes; empty when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Creates or truncates the file and writes `bytes` to disk (flushed before it returns).
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

/// Every entry of `dir` but "." and "..", hidden and system ones included, sorted by name.
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace rd::test
