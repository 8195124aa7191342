// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

namespace rd {

/// The frame the Quick Tour draws around the part of the window a step is about: a child of the
/// window laid over that part, drawing only a thick rounded border in the highlight colour and
/// letting every click through (WA_TransparentForMouseEvents).
class TourHighlight : public QWidget
{
    Q_OBJECT
public:
    explicit TourHighlight(QWidget *window);

    /// Frames `area` (in the window's coordinates) and shows itself above the window's children.
    void frame(const QRect &area);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rd
