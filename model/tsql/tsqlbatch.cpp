// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlbatch.h"

#include "model/tsql/tsqlquoting.h"

namespace rd {

namespace {

QString declaration(const QString &variable, qsizetype length, const QString &expression)
{
    // nvarchar(4000) is the longest non-max type; a longer value would be truncated silently.
    const QString type = length > 4000 ? QStringLiteral("nvarchar(max)") : QStringLiteral("nvarchar(4000)");
    return QStringLiteral("DECLARE %1 %2 = %3;\n").arg(variable, type, expression);
}

} // namespace

QString TsqlBatch::render(const Builder &build)
{
    TsqlBatch batch(false);
    const QString statement = build(batch);
    if (!batch.m_needsDynamic) {
        QString out;
        for (qsizetype i = 0; i < batch.m_values.size(); ++i)
            out += declaration(QStringLiteral("@rd_name%1").arg(i + 1), batch.m_values[i].size(),
                               scriptSafeStringExpression(batch.m_values[i]));
        return out + statement;
    }
    // EXEC runs in its own scope, so the statement is rebuilt with every value quoted in place
    // and the whole text is carried by one script-safe expression.
    TsqlBatch literal(true);
    const QString text = build(literal);
    return QStringLiteral("DECLARE @rd_sql nvarchar(max) = %1;\nEXEC (@rd_sql);")
        .arg(scriptSafeStringExpression(text));
}

QString TsqlBatch::name(const QString &value)
{
    return m_literalsOnly || isScriptSafe(value) ? quoteIdentifier(value) : variable(value);
}

QString TsqlBatch::nameLiteral(const QString &value)
{
    if (!isScriptSafe(value))
        m_needsDynamic = true;
    return quoteIdentifier(value);
}

QString TsqlBatch::string(const QString &value)
{
    return m_literalsOnly || isScriptSafe(value) ? quoteString(value) : variable(value);
}

QString TsqlBatch::stringLiteral(const QString &value)
{
    if (!isScriptSafe(value))
        m_needsDynamic = true;
    return quoteString(value);
}

QString TsqlBatch::variable(const QString &value)
{
    qsizetype i = m_values.indexOf(value);
    if (i < 0) {
        m_values += value;
        i = m_values.size() - 1;
    }
    return QStringLiteral("@rd_name%1").arg(i + 1);
}

} // namespace rd
