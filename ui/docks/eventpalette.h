#pragma once

#include <QListWidget>

namespace rd {

/// The palette of event kinds (PaletteEvent::all()): each is dragged onto the timeline, where the
/// drop time sets when it happens and the lane what it acts on (DesignerMime::eventKind()).
class EventPalette : public QListWidget
{
    Q_OBJECT
public:
    explicit EventPalette(QWidget *parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace rd
