// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace rd {

/// Colours the generated T-SQL as SSMS does: keywords blue, N'strings' red, comments green,
/// GO batch separators grey. Only what TsqlWriter emits; no full T-SQL lexer.
class TsqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit TsqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_strings;
    QRegularExpression m_brackets;
};

} // namespace rd
