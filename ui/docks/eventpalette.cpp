#include "ui/docks/eventpalette.h"

#include "model/commands/paletteevent.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"
#include "ui/timeline/eventmarkeritem.h"

#include <QMimeData>

namespace rd {

EventPalette::EventPalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("eventPalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Drag an event onto the timeline: where you drop it sets when it happens, and the lane what "
                  "it acts on. Drag a marker to move the event; double-click it to change it."));
    for (const PaletteEvent &kind : PaletteEvent::all()) {
        auto *item = new QListWidgetItem(DesignerStyle::swatchIcon(EventMarkerItem::colorOf(kind.eventKind())), kind.name(), this);
        item->setData(Qt::UserRole, kind.key());
        item->setToolTip(kind.description());
    }
}

QStringList EventPalette::mimeTypes() const
{
    return {DesignerMime::eventKind()};
}

QMimeData *EventPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(DesignerMime::eventKind(), items.first()->data(Qt::UserRole).toString().toUtf8());
    mime->setText(items.first()->text());
    return mime;
}

} // namespace rd
