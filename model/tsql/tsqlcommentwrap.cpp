// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlcommentwrap.h"

#include <QStringList>

namespace rd {

namespace {

/// `text` (a comment's words, without `--`) as lines broken at spaces, the first at most `first`
/// characters, the others at most `rest`; a word longer than its line gets a line of its own.
QStringList brokenAtSpaces(const QString &text, qsizetype first, qsizetype rest)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype width = lines.isEmpty() ? first : rest;
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QString wrapCommentLines(const QString &script, int columns)
{
    columns = qMax(columns, 20);
    QStringList out;
    for (const QString &line : script.split(u'\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        if (line.size() <= columns || !QStringView(line).mid(indent).startsWith(QLatin1String("--"))) {
            out << line;
            continue;
        }
        const QString lead = line.left(indent) + QStringLiteral("-- ");
        const QString more = line.left(indent) + QStringLiteral("--   ");
        const QStringList parts = brokenAtSpaces(line.mid(indent + 2), columns - lead.size(), columns - more.size());
        for (qsizetype i = 0; i < parts.size(); ++i)
            out << (i == 0 ? lead : more) + parts[i];
    }
    return out.join(u'\n');
}

} // namespace rd
