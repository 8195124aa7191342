// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/eventpalette.h"

#include "model/commands/paletteevent.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"
#include "ui/timeline/eventmarkeritem.h"

namespace rd {

EventPalette::EventPalette(QWidget *parent) : KindPalette(DesignerMime::eventKind(), parent)
{
    setObjectName(QStringLiteral("eventPalette"));
    setToolTip(tr("Drag an event onto the timeline: where you drop it sets when it happens, and the lane what "
                  "it acts on. Drag a marker to move the event; double-click it to change it."));
    for (const PaletteEvent &kind : PaletteEvent::all())
        addKind(DesignerStyle::swatchIcon(EventMarkerItem::colorOf(kind.eventKind())), kind.name(), kind.key(),
                kind.description());
}

} // namespace rd
