// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/jsonarraysplit.h"

namespace rd {
namespace {

/// A forward scanner over JSON text: positions only, no values.
class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_json(json) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() { skipSpace(); return m_pos >= m_json.size(); }
    char peek() { skipSpace(); return m_pos < m_json.size() ? m_json[m_pos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    /// Skips a string starting at the current '"'; false if it does not end.
    bool skipString()
    {
        if (!take('"'))
            return false;
        for (; m_pos < m_json.size(); ++m_pos) {
            const char c = m_json[m_pos];
            if (c == '\\')
                ++m_pos; // the escaped character cannot end the string
            else if (c == '"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }

    /// Skips one value (an object, array, string or literal); false if brackets do not balance.
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first != '{' && first != '[') {
            // A number or literal: up to the next delimiter; QJsonDocument checks it later.
            const qsizetype from = m_pos;
            while (m_pos < m_json.size() && !isDelimiter(m_json[m_pos]))
                ++m_pos;
            return m_pos > from;
        }
        int depth = 0;
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) { return isSpace(c) || c == ',' || c == '}' || c == ']'; }
    void skipSpace()
    {
        while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
            ++m_pos;
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

/// The elements of the array at the scanner's '[' (offsets), the scanner left after its ']'.
std::optional<QList<std::pair<qsizetype, qsizetype>>> elementsOf(Scanner &s)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (!s.take('['))
        return std::nullopt;
    if (s.take(']'))
        return out;
    do {
        s.peek(); // to the element's first character
        const qsizetype first = s.pos();
        if (!s.skipValue())
            return std::nullopt;
        out.append({first, s.pos()});
    } while (s.take(','));
    if (!s.take(']'))
        return std::nullopt;
    return out;
}

} // namespace

std::optional<JsonArraySplit> JsonArraySplit::find(QByteArrayView json, QByteArrayView key)
{
    Scanner s(json);
    if (!s.take('{'))
        return std::nullopt;
    std::optional<JsonArraySplit> found;
    if (s.take('}'))
        return std::nullopt;
    do {
        if (s.peek() != '"')
            return std::nullopt;
        const qsizetype keyStart = s.pos() + 1;
        if (!s.skipString())
            return std::nullopt;
        const QByteArrayView name = json.sliced(keyStart, s.pos() - 1 - keyStart);
        if (name.contains('\\'))
            return std::nullopt; // an escaped name may spell the key: only the whole parse knows
        if (!s.take(':'))
            return std::nullopt;
        if (name == key) {
            if (found || s.peek() != '[')
                return std::nullopt; // twice, or not an array: the whole parse says what is wrong
            JsonArraySplit split;
            split.begin = s.pos();
            auto elements = elementsOf(s);
            if (!elements)
                return std::nullopt;
            split.end = s.pos();
            split.elements = std::move(*elements);
            found = std::move(split);
        } else if (!s.skipValue()) {
            return std::nullopt;
        }
    } while (s.take(','));
    if (!s.take('}') || !s.atEnd())
        return std::nullopt;
    return found;
}

} // namespace rd
