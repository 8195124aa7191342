// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The property tests' random numbers (tst_editproperties, randomedits.h).

#include "model/domain/backuplist.h"

#include <QList>
#include <QString>

#include <random>

namespace rd::test {

/// Pseudo-random numbers that replay everywhere: std::mt19937_64 is specified to the bit, the
/// standard distributions are not (libstdc++ and MSVC differ), so none is used.
class Random
{
public:
    /// The numbers of `seed` for `name` (a scenario): each scenario gets other edits from the same
    /// seed (FNV-1a of its name, mixed with the seed).
    Random(quint64 seed, const QString &name) : m_engine(mix(seed, name)) {}
    /// 0 ≤ result < n; 0 when n ≤ 0.
    int below(qsizetype n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    /// A random element of a non-empty list.
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(list.size())]; }
    const Backup &pick(const BackupList &list) { return list[below(list.size())]; }

private:
    static quint64 mix(quint64 seed, const QString &name)
    {
        quint64 h = 14695981039346656037ULL;
        for (const char c : name.toUtf8()) {
            h ^= quint8(c);
            h *= 1099511628211ULL;
        }
        return h ^ (seed * 0x9E3779B97F4A7C15ULL);
    }

    std::mt19937_64 m_engine;
};

} // namespace rd::test
