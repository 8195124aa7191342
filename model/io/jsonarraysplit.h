// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>
#include <utility>

namespace rd {

/// Where a JSON object text's top-level array member lies, and where each of its elements does,
/// found without building the document. QJsonDocument holds a parsed value in several times the
/// bytes of its text, and a history of a million backups is 300 MB of text: the plan reader parses
/// the rest of the document and then each backup on its own, so no more than one backup is ever
/// held twice (issue 8, memory at scale).
///
/// A scan that follows strings (with their escapes) and nesting only; it does not validate JSON.
/// Whatever it cannot follow to the letter (not an object, any member name written with escapes,
/// the key given twice, unbalanced brackets, a truncated text) gives nullopt, and the caller parses the whole
/// text instead, which reports any error where it is.
struct JsonArraySplit
{
    qsizetype begin = 0; ///< offset of the array's '['
    qsizetype end = 0;   ///< offset just after its ']'
    QList<std::pair<qsizetype, qsizetype>> elements; ///< each element's [first, last) offsets, in order

    /// The split of `json`'s top-level member `key` if its value is an array (byte offsets into json).
    static std::optional<JsonArraySplit> find(QByteArrayView json, QByteArrayView key);
};

} // namespace rd
