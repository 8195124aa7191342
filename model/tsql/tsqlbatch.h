// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace rd {

/// Writes the values of one batch (one statement followed by GO) so that no name or path can
/// reach SSMS or sqlcmd (see tsqlquoting.h). A value that isScriptSafe() is quoted in place. An
/// unsafe value in a position that accepts a variable (RESTORE/BACKUP database name, FILE and
/// FILEGROUP names, DISK/URL devices, STANDBY file, MOVE, transaction names) is declared as
/// `@rd_nameN` at the top of the batch. If a position that takes only a literal (ALTER DATABASE,
/// PAGE, STOPATMARK…) gets an unsafe value, render() writes the whole statement as dynamic SQL.
/// Internal to the T-SQL writer.
class TsqlBatch
{
public:
    /// Builds the statement text from the batch's value functions.
    using Builder = std::function<QString(TsqlBatch &)>;

    /// The statement that `build` writes, preceded by its DECLAREs, or `EXEC (@rd_sql)` of it;
    /// no trailing newline and no GO.
    static QString render(const Builder &build);

    /// An identifier where `@var` is accepted: `[name]` or a variable.
    QString name(const QString &value);
    /// An identifier where only a literal is accepted: `[name]`.
    QString nameLiteral(const QString &value);
    /// A string where `@var` is accepted: `N'value'` or a variable.
    QString string(const QString &value);
    /// A string where only a literal is accepted: `N'value'`.
    QString stringLiteral(const QString &value);

private:
    explicit TsqlBatch(bool literalsOnly) : m_literalsOnly(literalsOnly) {}
    QString variable(const QString &value);

    bool m_literalsOnly;
    bool m_needsDynamic = false;
    QList<QString> m_values; ///< the declared values; @rd_name<i+1> holds m_values[i]
};

} // namespace rd
