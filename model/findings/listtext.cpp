// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/listtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd::ListText {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListText)
};

} // namespace

QString summarized(const QStringList &names)
{
    const QString separator = QStringLiteral(", ");
    if (names.size() <= MaxShown)
        return names.join(separator);
    const qsizetype head = MaxShown - 2;
    return Tr::tr("%1 … %2 (%3 in all)")
        .arg(names.first(head).join(separator), names.last(), QLocale().toString(names.size()));
}

} // namespace rd::ListText
