// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A large JSON plan for the save tests: the bundled sample with `logBackups` more LOG backups
// appended (one every 5 minutes after the sample's history, consecutive LSNs). `tag` goes into
// the description and the new backups' media, so two tags give two different plans of the same
// size (an "old" and a "new" version of a file).

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::test {

inline QByteArray largePlanJson(int logBackups, const QString &tag)
{
    QFile sample(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QJsonObject plan = QJsonDocument::fromJson(sample.readAll()).object();
    plan.insert(QStringLiteral("description"), QStringLiteral("large plan, version %1").arg(tag));
    QJsonArray backups = plan.value(QStringLiteral("backups")).toArray();
    const QDateTime first(QDate(2017, 3, 6), QTime(4, 0));
    const qint64 firstLsn = 36000000000000000;
    for (int i = 0; i < logBackups; ++i) {
        const QDateTime start = first.addSecs(300LL * i);
        const QString id = QStringLiteral("log_%1").arg(i, 5, 10, QLatin1Char('0'));
        backups.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("LOG")},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("finish"), start.addSecs(10).toString(Qt::ISODate)},
            {QStringLiteral("firstLsn"), QString::number(firstLsn + 100000LL * i)},
            {QStringLiteral("lastLsn"), QString::number(firstLsn + 100000LL * (i + 1))},
            {QStringLiteral("media"), QJsonArray{QStringLiteral("c:\\backups\\%1\\%2.trn").arg(tag, id)}},
        });
    }
    plan.insert(QStringLiteral("backups"), backups);
    return QJsonDocument(plan).toJson(QJsonDocument::Indented);
}

} // namespace rd::test
