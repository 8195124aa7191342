// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

namespace rd {

/// A one-line label that elides its text at the right to the width it is given, rather than
/// asking for the whole text's width or wrapping onto more lines: for a status line under a table
/// in a narrow dock. Its tooltip shows the whole text (followed by `toolTipNote`, when set).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    /// The whole text (plain); what shows is it elided to the label's width.
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    /// Rich text added to the tooltip under the whole text.
    void setToolTipNote(const QString &note);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showElided();

    QString m_fullText;
    QString m_note;
};

} // namespace rd
