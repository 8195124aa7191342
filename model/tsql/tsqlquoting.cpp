// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlquoting.h"

#include "model/domain/textcontrols.h"

#include <QStringList>

namespace rd {

namespace {

// The pairs that must never appear next to each other in the script (see isScriptSafe()).
bool isDangerousPair(QChar previous, QChar c)
{
    return (previous == u'$' && c == u'(') || (previous == u'/' && c == u'*')
        || (previous == u'*' && c == u'/');
}

constexpr qsizetype MaxNonMaxLength = 4000; // nvarchar(n) limit: longer concatenations truncate

} // namespace

QString quoteIdentifier(QStringView name)
{
    QString out;
    out.reserve(name.size() + 2);
    out += u'[';
    for (QChar c : name) {
        out += c;
        if (c == u']')
            out += u']';
    }
    out += u']';
    return out;
}

QString quoteString(QStringView s)
{
    QString out;
    out.reserve(s.size() + 3);
    out += QStringLiteral("N'");
    for (QChar c : s) {
        out += c;
        if (c == u'\'')
            out += u'\'';
    }
    out += u'\'';
    return out;
}

bool isScriptSafe(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isLineBreakOrControl(text[i]))
            return false;
        if (i > 0 && isDangerousPair(text[i - 1], text[i]))
            return false;
    }
    return true;
}

QString scriptSafeStringExpression(QStringView text)
{
    QStringList parts;
    QString piece;
    const auto flush = [&] {
        if (!piece.isEmpty())
            parts += quoteString(piece);
        piece.clear();
    };
    for (QChar c : text) {
        if (isLineBreakOrControl(c)) {
            flush();
            parts += QStringLiteral("NCHAR(%1)").arg(int(c.unicode()));
            continue;
        }
        if (!piece.isEmpty() && isDangerousPair(piece.back(), c))
            flush();
        piece += c;
    }
    flush();
    if (parts.isEmpty())
        parts += quoteString(QString());
    if (text.size() > MaxNonMaxLength)
        parts.prepend(QStringLiteral("CAST(N'' AS nvarchar(max))"));
    return parts.join(QStringLiteral(" + "));
}

QString scriptSafeComment(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isLineBreakOrControl(c)) {
            switch (c.unicode()) {
            case u'\n': out += QStringLiteral("\\n"); break;
            case u'\r': out += QStringLiteral("\\r"); break;
            case u'\t': out += QStringLiteral("\\t"); break;
            default:
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            }
            continue;
        }
        if (!out.isEmpty() && isDangerousPair(out.back(), c))
            out += u' ';
        out += c;
    }
    return out;
}

} // namespace rd
