// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/delimitedbytes.h"

#include <cstring>

namespace rd {

int DelimitedBytes::characterColumn(QByteArrayView line, qsizetype offset)
{
    int column = 1;
    for (qsizetype i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) // not a continuation byte
            ++column;
    return column;
}

bool DelimitedBytes::split(QByteArrayView line, char separator, std::vector<ByteField> *fields, QByteArray *scratch,
                           qsizetype *errorOffset, QString *error)
{
    fields->clear();
    scratch->resize(0); // keeps its capacity: no allocation per line
    // Unescaped text is never longer than the line: reserving that keeps earlier views valid.
    scratch->reserve(line.size());
    const char *data = line.data();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (true) {
        ByteField field;
        field.offset = i;
        qsizetype start = i;
        while (start < n && data[start] == ' ')
            ++start;
        if (start < n && data[start] == '"') {
            field.quoted = true;
            field.offset = start;
            qsizetype j = start + 1;
            const qsizetype scratchStart = scratch->size();
            bool escaped = false;
            bool closed = false;
            qsizetype textStart = j;
            while (j < n) {
                if (data[j] == '"') {
                    if (j + 1 < n && data[j + 1] == '"') {
                        if (!escaped) {
                            scratch->append(data + textStart, j - textStart);
                            escaped = true;
                        }
                        scratch->append('"');
                        j += 2;
                        textStart = j;
                        continue;
                    }
                    if (escaped)
                        scratch->append(data + textStart, j - textStart);
                    else
                        field.text = QByteArrayView(data + start + 1, j - start - 1);
                    closed = true;
                    ++j;
                    break;
                }
                if (escaped) {
                    // Copy a run up to the next quote at once.
                    const void *q = std::memchr(data + j, '"', size_t(n - j));
                    const qsizetype next = q ? static_cast<const char *>(q) - data : n;
                    scratch->append(data + j, next - j);
                    j = next;
                    textStart = j;
                    continue;
                }
                ++j;
            }
            if (!closed) {
                *errorOffset = start;
                *error = tr("the quoted field that starts here has no closing quote on this line");
                return false;
            }
            if (escaped)
                field.text = QByteArrayView(scratch->constData() + scratchStart, scratch->size() - scratchStart);
            while (j < n && data[j] == ' ')
                ++j;
            if (j < n && data[j] != separator) {
                *errorOffset = j;
                *error = tr("text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")");
                return false;
            }
            i = j;
        } else {
            const void *s = std::memchr(data + i, separator, size_t(n - i));
            const qsizetype j = s ? static_cast<const char *>(s) - data : n;
            field.text = QByteArrayView(data + i, j - i);
            i = j;
        }
        fields->push_back(field);
        if (i >= n)
            return true;
        ++i; // the separator
    }
}

} // namespace rd
