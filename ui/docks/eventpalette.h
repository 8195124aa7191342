// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/kindpalette.h"

namespace rd {

/// The palette of event kinds (PaletteEvent::all()): each is dragged onto the timeline, where the
/// drop time sets when it happens and the lane what it acts on (DesignerMime::eventKind()).
class EventPalette : public KindPalette
{
    Q_OBJECT
public:
    explicit EventPalette(QWidget *parent = nullptr);
};

} // namespace rd
