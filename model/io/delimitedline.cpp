// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/delimitedline.h"

namespace rd {

bool DelimitedLine::split(QStringView line, QChar separator, QList<DelimitedField> *fields, int *errorColumn,
                          QString *error)
{
    fields->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        DelimitedField field;
        field.column = int(i) + 1;
        // Spaces before an opening quote are padding (sqlcmd pads every field).
        qsizetype start = i;
        while (start < n && line[start] == u' ')
            ++start;
        if (start < n && line[start] == u'"') {
            field.quoted = true;
            field.column = int(start) + 1;
            qsizetype j = start + 1;
            bool closed = false;
            while (j < n) {
                if (line[j] == u'"') {
                    if (j + 1 < n && line[j + 1] == u'"') {
                        field.text += u'"';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                field.text += line[j++];
            }
            if (!closed) {
                *errorColumn = int(start) + 1;
                *error = tr("the quoted field that starts here has no closing quote on this line");
                return false;
            }
            while (j < n && line[j] == u' ')
                ++j;
            if (j < n && line[j] != separator) {
                *errorColumn = int(j) + 1;
                *error = tr("text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")");
                return false;
            }
            i = j;
        } else {
            qsizetype j = i;
            while (j < n && line[j] != separator)
                ++j;
            field.text = line.sliced(i, j - i).toString();
            i = j;
        }
        fields->append(field);
        if (i >= n)
            return true;
        ++i; // the separator
    }
}

} // namespace rd
