// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/tsqlhighlighter.h"

#include "ui/designerstyle.h"

namespace rd {

TsqlHighlighter::TsqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_keywords(QStringLiteral("\\b(RESTORE|BACKUP|DATABASE|LOG|FROM|TO|DISK|URL|WITH|FILE|FILEGROUP|PAGE|PARTIAL|"
                                "RECOVERY|NORECOVERY|STANDBY|STOPAT|STOPATMARK|STOPBEFOREMARK|AFTER|MOVE|REPLACE|"
                                "CONTINUE_AFTER_ERROR|READ_WRITE_FILEGROUPS|NO_TRUNCATE|NOUNLOAD|STATS|CHECKSUM|"
                                "COPY_ONLY|DIFFERENTIAL|INIT|FORMAT|ALTER|SET|OFFLINE|ONLINE|MODIFY|READ_ONLY|"
                                "READ_WRITE|SIMPLE|FULL|BULK_LOGGED|BEGIN|COMMIT|TRAN|TRANSACTION|MARK|USE|"
                                "ROLLBACK|IMMEDIATE|SINGLE_USER|MULTI_USER)\\b")),
      m_strings(QStringLiteral("N?'(?:[^']|'')*'")), m_brackets(QStringLiteral("\\[(?:[^\\]]|\\]\\])*\\]"))
{
}

void TsqlHighlighter::highlightBlock(const QString &text)
{
    // Colours for a light editor, made readable on the editor's actual base (a dark palette).
    const QColor base = DesignerStyle::canvasColor();
    QTextCharFormat keyword;
    keyword.setForeground(DesignerStyle::readable(QColor(0x00, 0x00, 0xd0), base));
    QTextCharFormat string;
    string.setForeground(DesignerStyle::readable(QColor(0xb0, 0x10, 0x10), base));
    QTextCharFormat identifier;
    identifier.setForeground(DesignerStyle::textOn(base));
    QTextCharFormat comment;
    comment.setForeground(DesignerStyle::readable(QColor(0x2e, 0x7d, 0x32), base));
    QTextCharFormat batch;
    batch.setForeground(DesignerStyle::mutedTextOn(base));
    batch.setFontWeight(QFont::Bold);

    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("GO"), Qt::CaseInsensitive) == 0) {
        setFormat(0, int(text.size()), batch);
        return;
    }
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), keyword);
    }
    // Strings and bracketed names after keywords, so a keyword inside them is not coloured.
    for (auto it = m_brackets.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), identifier);
    }
    int stringEnd = -1;
    for (auto it = m_strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), string);
        stringEnd = int(m.capturedEnd());
    }
    // A line comment that does not start inside a string.
    for (int i = int(text.indexOf(QLatin1String("--"))); i >= 0; i = int(text.indexOf(QLatin1String("--"), i + 2))) {
        if (i >= stringEnd || format(i).foreground().color() != string.foreground().color()) {
            setFormat(i, int(text.size()) - i, comment);
            break;
        }
    }
}

} // namespace rd
