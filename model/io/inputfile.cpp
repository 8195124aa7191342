// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <filesystem>

namespace rd {
namespace {

constexpr qint64 ChunkBytes = qint64(1) << 20;

/// "1 GiB", "3 MiB", "10 bytes": a limit as people read it.
QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

/// Which kind of special file `info` is, when the standard library can tell (QFileInfo cannot).
QString specialKind(const QFileInfo &info)
{
    namespace fs = std::filesystem;
    std::error_code ignored; // no type then: the message stays general
    switch (fs::status(info.filesystemFilePath(), ignored).type()) {
    case fs::file_type::fifo: return InputFile::tr("a FIFO (named pipe)");
    case fs::file_type::character: return InputFile::tr("a character device");
    case fs::file_type::block: return InputFile::tr("a block device");
    case fs::file_type::socket: return InputFile::tr("a socket");
    default: return {};
    }
}

InputFile::Kind kindOf(const QFileInfo &info)
{
    if (info.isFile())
        return InputFile::Kind::Regular;
    if (info.isDir())
        return InputFile::Kind::Directory;
    return info.exists() ? InputFile::Kind::Special : InputFile::Kind::Missing;
}

} // namespace

InputFile::Kind InputFile::kind(const QString &path)
{
    return kindOf(QFileInfo(path));
}

QString InputFile::refusal(const QString &path)
{
    const QFileInfo info(path);
    switch (kindOf(info)) {
    case Kind::Missing: return tr("the file does not exist");
    case Kind::Directory: return tr("this is a directory, not a file");
    case Kind::Special: {
        const QString what = specialKind(info);
        return what.isEmpty() ? tr("this is not a regular file") : tr("this is not a regular file but %1").arg(what);
    }
    case Kind::Regular: break;
    }
    if (info.size() > MaxBytes)
        return tr("the file is %1 bytes, more than the limit of %2").arg(info.size()).arg(sizeText(MaxBytes));
    return {};
}

std::optional<QByteArray> InputFile::readAll(QIODevice &device, QString *error, qint64 limit)
{
    QByteArray bytes;
    if (!device.isSequential())
        bytes.reserve(qsizetype(std::min(device.size(), limit) + 1));
    // In chunks, one byte past the limit at most: QIODevice::read(n) would allocate all n at once,
    // and readAll() has no bound.
    for (;;) {
        const qsizetype before = bytes.size();
        const qint64 wanted = std::min(ChunkBytes, limit + 1 - before);
        bytes.resize(before + qsizetype(wanted));
        const qint64 got = device.read(bytes.data() + before, wanted);
        if (got < 0) {
            *error = tr("cannot read it: %1").arg(device.errorString());
            return std::nullopt;
        }
        bytes.resize(before + qsizetype(got));
        if (bytes.size() > limit) {
            *error = tr("it holds more than %1, the limit").arg(sizeText(limit));
            return std::nullopt;
        }
        if (got == 0) // a file or standard input: no byte means the end
            return bytes;
    }
}

std::optional<QByteArray> InputFile::read(const QString &path, QString *error)
{
    const auto failed = [&](const QString &why) -> std::optional<QByteArray> {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    };
    if (const QString why = refusal(path); !why.isEmpty())
        return failed(why);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("cannot open the file: %1").arg(file.errorString()));
    QString why;
    std::optional<QByteArray> bytes = readAll(file, &why);
    if (!bytes)
        return failed(why);
    return bytes;
}

} // namespace rd
