// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/storage/sqliteheader.h"

#include <QFile>
#include <QtEndian>

namespace rd {
namespace {

constexpr char Magic[] = "SQLite format 3"; // plus its terminating NUL: 16 bytes
constexpr qsizetype MagicSize = sizeof(Magic);
static_assert(MagicSize == 16);

} // namespace

bool SqliteHeader::hasMagic(const QByteArray &bytes)
{
    return bytes.size() >= MagicSize && QByteArrayView(bytes).first(MagicSize) == QByteArrayView(Magic, MagicSize);
}

bool SqliteHeader::fileHasMagic(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && hasMagic(f.read(MagicSize));
}

SqliteHeader::SqliteHeader(const QByteArray &bytes)
    : m_bytes(bytes.left(Size))
{
    Q_ASSERT(m_bytes.size() == Size && hasMagic(m_bytes));
}

quint32 SqliteHeader::u32(qsizetype offset) const
{
    return qFromBigEndian<quint32>(m_bytes.constData() + offset);
}

quint32 SqliteHeader::pageSize() const
{
    const quint32 raw = qFromBigEndian<quint16>(m_bytes.constData() + 16);
    const quint32 size = raw == 1 ? 65536 : raw; // 65536 does not fit in 16 bits, so it is stored as 1
    const bool powerOfTwo = size != 0 && (size & (size - 1)) == 0;
    return powerOfTwo && size >= 512 ? size : 0;
}

std::optional<quint32> SqliteHeader::pageCount() const
{
    const quint32 changeCounter = u32(24);
    const quint32 count = u32(28);
    const quint32 versionValidFor = u32(92);
    if (count == 0 || changeCounter != versionValidFor)
        return std::nullopt;
    return count;
}

qint32 SqliteHeader::userVersion() const
{
    return static_cast<qint32>(u32(60));
}

qint32 SqliteHeader::applicationId() const
{
    return static_cast<qint32>(u32(68));
}

} // namespace rd
