// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"

#include <QList>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <type_traits>

namespace rd {

/// The backups of a history, in order: QList<Backup>'s interface, stored in chunks of about
/// ChunkSize backups that are each implicitly shared. Copying a list costs O(n / ChunkSize), and a
/// change to one backup, or an insertion or removal, copies only the chunk it lands in: an edit of
/// one of 100,000 imported backups, which must keep the history before it for undo and for the
/// analysis still on screen, no longer copies all of them (issue 7, item 9).
///
/// Indexing is O(1) while every chunk but the last is full (a list built by appending, as every
/// reader does) and O(log(n / ChunkSize)) after an insertion or removal in the middle. Iterators
/// are random access; a non-const begin() detaches every chunk, as QList's does.
class BackupList
{
public:
    static constexpr qsizetype ChunkSize = 1024;

    template <bool Const>
    class Iterator;
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;
    using value_type = Backup;
    using size_type = qsizetype;
    using difference_type = qsizetype;
    using reference = Backup &;
    using const_reference = const Backup &;

    BackupList() = default;
    BackupList(std::initializer_list<Backup> backups);
    /// Implicit, so that code and tests that build a QList<Backup> can assign it.
    BackupList(const QList<Backup> &backups);

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool empty() const { return m_size == 0; }

    /// `i` in [0, size()); anything else is undefined, as for QList.
    const Backup &operator[](qsizetype i) const { return at(i); }
    const Backup &at(qsizetype i) const
    {
        if (m_uniform) // the usual case, and the analysis's hot path: no offset to look up
            return m_chunks[qsizetype(size_t(i) / ChunkSize)].constData()[size_t(i) % ChunkSize];
        const qsizetype k = chunkOf(i);
        return m_chunks[k].constData()[i - m_starts[k]];
    }
    /// Detaches the chunk holding `i` (and the list of chunks), no more.
    Backup &operator[](qsizetype i);

    const Backup &first() const { return at(0); }
    const Backup &last() const { return at(m_size - 1); }
    const Backup &constFirst() const { return at(0); }
    const Backup &constLast() const { return at(m_size - 1); }
    Backup &first() { return (*this)[0]; }
    Backup &last() { return (*this)[m_size - 1]; }

    void append(const Backup &b);
    void append(const BackupList &other);
    void push_back(const Backup &b) { append(b); }
    void prepend(const Backup &b) { insert(0, b); }
    /// Inserts before position `i` (0 ≤ i ≤ size()).
    void insert(qsizetype i, const Backup &b);
    /// Removes the backup at `i` (0 ≤ i < size()).
    void removeAt(qsizetype i);
    void removeFirst() { removeAt(0); }
    void removeLast() { removeAt(m_size - 1); }
    void clear() { *this = BackupList(); }
    /// For QList compatibility; chunks grow as needed.
    void reserve(qsizetype) {}

    BackupList &operator<<(const Backup &b) { append(b); return *this; }
    BackupList &operator<<(const BackupList &other) { append(other); return *this; }
    BackupList &operator+=(const Backup &b) { append(b); return *this; }
    BackupList &operator+=(const BackupList &other) { append(other); return *this; }

    const_iterator begin() const;
    const_iterator end() const;
    const_iterator cbegin() const;
    const_iterator cend() const;
    const_iterator constBegin() const;
    const_iterator constEnd() const;
    iterator begin();
    iterator end();

    /// Equal backups in the same order (chunks shared by both are not read).
    bool operator==(const BackupList &other) const;

    QList<Backup> toList() const;

    // The chunks, for analyses that find what an edit changed by comparing two versions of a
    // history: a chunk both versions share (same constData()) holds the same backups.
    qsizetype chunkCount() const { return m_chunks.size(); }
    const QList<Backup> &chunk(qsizetype k) const { return m_chunks[k]; }
    /// The position of chunk `k`'s first backup.
    qsizetype chunkStart(qsizetype k) const { return m_starts[k]; }
    /// Whether both lists are the same data: a copy not changed since, by either.
    bool isSharedWith(const BackupList &other) const
    {
        return m_size == other.m_size && m_chunks.constData() == other.m_chunks.constData();
    }
    /// The position of `b` if it is one of this list's elements (not a copy), else -1. O(chunks).
    qsizetype positionOf(const Backup *b) const;

private:
    qsizetype chunkOf(qsizetype i) const
    {
        if (m_uniform)
            return qsizetype(size_t(i) / ChunkSize);
        return qsizetype(std::upper_bound(m_starts.cbegin(), m_starts.cend(), i) - m_starts.cbegin()) - 1;
    }
    void shiftStarts(qsizetype fromChunk, qsizetype by);
    void updateUniform();

    QList<QList<Backup>> m_chunks;
    QList<qsizetype> m_starts; ///< m_starts[k]: position of chunk k's first backup
    qsizetype m_size = 0;
    bool m_uniform = true; ///< every chunk but the last holds ChunkSize backups: m_starts[k] = k × ChunkSize
};

/// A position in a BackupList that walks its chunks directly (no lookup per step).
template <bool Const>
class BackupList::Iterator
{
    using List = std::conditional_t<Const, const BackupList, BackupList>;

public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Backup;
    using difference_type = qsizetype;
    using pointer = std::conditional_t<Const, const Backup *, Backup *>;
    using reference = std::conditional_t<Const, const Backup &, Backup &>;

    Iterator() = default;
    Iterator(List *list, qsizetype i) : m_list(list), m_i(i) { load(); }
    /// A non-const iterator converts to a const one.
    template <bool C = Const, typename = std::enable_if_t<C>>
    Iterator(const Iterator<false> &other) : Iterator(other.m_list, other.m_i)
    {
    }

    reference operator*() const { return *m_cur; }
    pointer operator->() const { return m_cur; }
    reference operator[](difference_type n) const { return *(*this + n); }

    Iterator &operator++()
    {
        ++m_i;
        if (++m_cur == m_end)
            load();
        return *this;
    }
    Iterator operator++(int) { Iterator old = *this; ++*this; return old; }
    Iterator &operator--()
    {
        --m_i;
        if (m_cur && m_cur != m_begin)
            --m_cur;
        else
            load();
        return *this;
    }
    Iterator operator--(int) { Iterator old = *this; --*this; return old; }
    Iterator &operator+=(difference_type n)
    {
        m_i += n;
        if (m_cur && n >= m_begin - m_cur && n < m_end - m_cur)
            m_cur += n;
        else
            load();
        return *this;
    }
    Iterator &operator-=(difference_type n) { return *this += -n; }
    friend Iterator operator+(Iterator it, difference_type n) { return it += n; }
    friend Iterator operator+(difference_type n, Iterator it) { return it += n; }
    friend Iterator operator-(Iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const Iterator &a, const Iterator &b) { return a.m_i - b.m_i; }
    friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_i == b.m_i; }
    friend auto operator<=>(const Iterator &a, const Iterator &b) { return a.m_i <=> b.m_i; }

private:
    friend class BackupList;
    friend class Iterator<!Const>;

    void load()
    {
        if (!m_list || m_i < 0 || m_i >= m_list->m_size) {
            m_begin = m_cur = m_end = nullptr;
            return;
        }
        const qsizetype k = m_list->chunkOf(m_i);
        pointer base;
        if constexpr (Const)
            base = m_list->m_chunks[k].constData();
        else
            base = m_list->m_chunks[k].data(); // detached by BackupList::begin(): no copy here
        m_begin = base;
        m_cur = base + (m_i - m_list->m_starts[k]);
        m_end = base + m_list->m_chunks[k].size();
    }

    List *m_list = nullptr;
    qsizetype m_i = 0;
    pointer m_begin = nullptr;
    pointer m_cur = nullptr;
    pointer m_end = nullptr;
};

inline BackupList::const_iterator BackupList::begin() const { return const_iterator(this, 0); }
inline BackupList::const_iterator BackupList::end() const { return const_iterator(this, m_size); }
inline BackupList::const_iterator BackupList::cbegin() const { return begin(); }
inline BackupList::const_iterator BackupList::cend() const { return end(); }
inline BackupList::const_iterator BackupList::constBegin() const { return begin(); }
inline BackupList::const_iterator BackupList::constEnd() const { return end(); }

} // namespace rd
