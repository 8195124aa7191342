// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/elidedlabel.h"

#include <QFontMetrics>

namespace rd {

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(m_fullText.isEmpty() ? m_note : m_fullText.toHtmlEscaped() + QStringLiteral("<br>") + m_note);
    showElided();
}

void ElidedLabel::setToolTipNote(const QString &note)
{
    m_note = note;
    setFullText(m_fullText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()}; // any width: the text elides
}

QSize ElidedLabel::sizeHint() const
{
    return {0, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showElided();
}

void ElidedLabel::showElided()
{
    const int room = contentsRect().width();
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, room)));
}

} // namespace rd
