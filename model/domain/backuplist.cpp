// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/backuplist.h"

#include <functional>

namespace rd {

BackupList::BackupList(std::initializer_list<Backup> backups)
{
    for (const Backup &b : backups)
        append(b);
}

BackupList::BackupList(const QList<Backup> &backups)
{
    for (const Backup &b : backups)
        append(b);
}

Backup &BackupList::operator[](qsizetype i)
{
    const qsizetype k = chunkOf(i);
    return m_chunks[k][i - m_starts[k]];
}

void BackupList::append(const Backup &b)
{
    // A new chunk when the last is full: a list built by appending stays uniform.
    if (m_chunks.isEmpty() || m_chunks.constLast().size() >= ChunkSize) {
        if (!m_chunks.isEmpty() && m_chunks.constLast().size() != ChunkSize)
            m_uniform = false;
        m_chunks.append(QList<Backup>());
        m_chunks.last().reserve(ChunkSize);
        m_starts.append(m_size);
    }
    m_chunks.last().append(b);
    ++m_size;
}

void BackupList::append(const BackupList &other)
{
    const BackupList copy = other; // `other` may be this list
    for (const Backup &b : copy)
        append(b);
}

void BackupList::insert(qsizetype i, const Backup &b)
{
    if (i == m_size) {
        append(b);
        return;
    }
    const qsizetype k = chunkOf(i);
    QList<Backup> &chunk = m_chunks[k];
    chunk.insert(i - m_starts[k], b);
    ++m_size;
    shiftStarts(k + 1, 1);
    if (chunk.size() > 2 * ChunkSize) {
        // Split in two halves so that no chunk copied by a later edit grows without bound.
        QList<Backup> tail = chunk.sliced(ChunkSize);
        chunk.resize(ChunkSize);
        m_chunks.insert(k + 1, tail);
        m_starts.insert(k + 1, m_starts[k] + ChunkSize);
    }
    updateUniform();
}

void BackupList::removeAt(qsizetype i)
{
    const qsizetype k = chunkOf(i);
    m_chunks[k].removeAt(i - m_starts[k]);
    --m_size;
    shiftStarts(k + 1, -1);
    if (m_chunks[k].isEmpty()) {
        m_chunks.removeAt(k);
        m_starts.removeAt(k);
    }
    updateUniform();
}

void BackupList::shiftStarts(qsizetype fromChunk, qsizetype by)
{
    for (qsizetype k = fromChunk; k < m_starts.size(); ++k)
        m_starts[k] += by;
}

void BackupList::updateUniform()
{
    m_uniform = true;
    for (qsizetype k = 0; k + 1 < m_chunks.size(); ++k)
        if (m_chunks[k].size() != ChunkSize) {
            m_uniform = false;
            return;
        }
}

BackupList::iterator BackupList::begin()
{
    for (qsizetype k = 0; k < m_chunks.size(); ++k)
        m_chunks[k].detach();
    return iterator(this, 0);
}

BackupList::iterator BackupList::end()
{
    return iterator(this, m_size);
}

bool BackupList::operator==(const BackupList &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_chunks.constData() == other.m_chunks.constData())
        return true;
    // Walk both in step; where both sides are one shared chunk, skip it unread.
    const_iterator a = begin(), b = other.begin();
    while (a.m_i < m_size) {
        if (a.m_cur == a.m_begin && b.m_cur == b.m_begin && a.m_begin == b.m_begin && a.m_end == b.m_end) {
            const qsizetype n = a.m_end - a.m_begin;
            a += n;
            b += n;
            continue;
        }
        if (!(*a == *b))
            return false;
        ++a;
        ++b;
    }
    return true;
}

QList<Backup> BackupList::toList() const
{
    QList<Backup> out;
    out.reserve(m_size);
    for (const Backup &b : *this)
        out.append(b);
    return out;
}

qsizetype BackupList::positionOf(const Backup *b) const
{
    const std::less<const Backup *> before;
    for (qsizetype k = 0; k < m_chunks.size(); ++k) {
        const Backup *first = m_chunks[k].constData();
        if (!before(b, first) && before(b, first + m_chunks[k].size()))
            return m_starts[k] + (b - first);
    }
    return -1;
}

} // namespace rd
