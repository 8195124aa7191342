// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/planchartsunits.h"

#include "ui/designerstyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd::PlanChartsUnits {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanChartsUnits)
};
} // namespace

Unit timeUnitFor(double maxSeconds)
{
    // Switch units at 120 so that the axis never reads "1.2 min": two of a unit before the next.
    if (maxSeconds < 120)
        return {1, Tr::tr("s")};
    if (maxSeconds < 120 * 60)
        return {60, Tr::tr("min")};
    return {3600, Tr::tr("h")};
}

Unit sizeUnitFor(double maxBytes)
{
    const QString names[] = {Tr::tr("bytes"), Tr::tr("KB"), Tr::tr("MB"), Tr::tr("GB"), Tr::tr("TB")};
    double divisor = 1;
    int unit = 0;
    while (unit < 4 && maxBytes >= divisor * 1024) {
        divisor *= 1024;
        ++unit;
    }
    return {divisor, names[unit]};
}

QString formatSeconds(double seconds)
{
    const Unit unit = timeUnitFor(seconds);
    const double value = seconds / unit.divisor;
    // 'g' would write 1,500 h as "1.5e+03": whole numbers from 100 on.
    const QString number = value >= 100 ? QLocale().toString(value, 'f', 0) : QLocale().toString(value, 'g', 3);
    return Tr::tr("%1 %2").arg(number, unit.name);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("unknown");
    if (bytes == 0)
        return Tr::tr("0 bytes");
    return Tr::tr("%1 (%2 bytes)").arg(DesignerStyle::formatSize(bytes), QLocale().toString(bytes));
}

} // namespace rd::PlanChartsUnits
