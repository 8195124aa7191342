// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/kindpalette.h"

namespace rd {

/// The palette of backup kinds (BackupKind::all()): each is dragged onto the timeline, where the
/// drop time sets its start and the lanes it lands on its filegroups (DesignerMime::backupKind()).
class BackupPalette : public KindPalette
{
    Q_OBJECT
public:
    explicit BackupPalette(QWidget *parent = nullptr);
};

} // namespace rd
