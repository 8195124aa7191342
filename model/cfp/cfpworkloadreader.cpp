// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfpworkloadreader.h"

#include "model/io/jsonobjectreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rd {
namespace {

using Kind = CfpWorkloadStep::Kind;

std::optional<CfpServerMemory> parseMemory(const QString &s)
{
    if (s == QLatin1String("up-to-16gb"))
        return CfpServerMemory::UpTo16GB;
    if (s == QLatin1String("over-16gb"))
        return CfpServerMemory::Over16GB;
    if (s == QLatin1String("large-checkpoint"))
        return CfpServerMemory::LargeCheckpoint;
    return std::nullopt;
}

std::optional<Kind> parseKind(const QString &s)
{
    const std::pair<const char *, Kind> words[] = {
        {"insert", Kind::Insert},         {"delete", Kind::Delete},   {"update", Kind::Update},
        {"checkpoint", Kind::Checkpoint}, {"merge", Kind::Merge},     {"logBackup", Kind::LogBackup},
        {"fullBackup", Kind::FullBackup},
    };
    for (const auto &[word, kind] : words)
        if (s == QLatin1String(word))
            return kind;
    return std::nullopt;
}

std::optional<CfpMergeMode> parseMergeMode(const QString &s)
{
    if (s == QLatin1String("policy"))
        return CfpMergeMode::Policy;
    if (s == QLatin1String("manual"))
        return CfpMergeMode::Manual;
    return std::nullopt;
}

double share(JsonObjectReader &o)
{
    const QJsonValue v = o.value(QStringLiteral("share"), true);
    if (!v.isDouble())
        JsonObjectReader::fail(o.sub(QStringLiteral("share")),
                               CfpWorkloadReader::tr("expected a number from 0 to 1, found %1").arg(JsonObjectReader::typeName(v)));
    const double d = v.toDouble();
    if (!(d >= 0 && d <= 1))
        JsonObjectReader::fail(o.sub(QStringLiteral("share")),
                               CfpWorkloadReader::tr("%1 is out of range: a share from 0 to 1").arg(d));
    return d;
}

CfpWorkloadStep readStep(const QJsonValue &v, const QString &path, QStringList *warnings)
{
    JsonObjectReader o(v, path, warnings);
    CfpWorkloadStep s;
    s.kind = o.enumeration<Kind>(QStringLiteral("step"), &parseKind,
                                 {QStringLiteral("insert"), QStringLiteral("delete"), QStringLiteral("update"),
                                  QStringLiteral("checkpoint"), QStringLiteral("merge"), QStringLiteral("logBackup"),
                                  QStringLiteral("fullBackup")});
    const QString rowBytes = CfpWorkloadReader::tr("rowBytes (bytes of a row in a data file)");
    switch (s.kind) {
    case Kind::Insert:
        if (!o.has(QStringLiteral("rows")) || !o.has(QStringLiteral("rowBytes")))
            JsonObjectReader::fail(path, CfpWorkloadReader::tr("an insert needs rows and rowBytes"));
        s.rows = o.integer(QStringLiteral("rows"), 0, 0, JsonObjectReader::MaxExactInteger,
                           CfpWorkloadReader::tr("rows"));
        s.rowBytes = o.integer(QStringLiteral("rowBytes"), 0, 1, JsonObjectReader::MaxExactInteger, rowBytes);
        break;
    case Kind::Delete: s.share = share(o); break;
    case Kind::Update:
        s.share = share(o);
        s.rowBytes = o.integer(QStringLiteral("rowBytes"), 0, 1, JsonObjectReader::MaxExactInteger, rowBytes);
        break;
    case Kind::Merge:
        s.mergeMode = o.enumeration<CfpMergeMode>(QStringLiteral("mode"), &parseMergeMode,
                                                  {QStringLiteral("policy"), QStringLiteral("manual")},
                                                  CfpMergeMode::Policy);
        break;
    case Kind::Checkpoint:
    case Kind::LogBackup:
    case Kind::FullBackup:
        break;
    }
    o.warnUnknown();
    return s;
}

} // namespace

bool CfpWorkloadReader::isWorkload(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isObject() && doc.object().value(QStringLiteral("kind")).toString() == QLatin1String(Kind);
}

std::optional<CfpWorkload> CfpWorkloadReader::read(const QByteArray &bytes, QString *error, QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    try {
        JsonObjectReader o(doc.object(), QString(), warnings);
        if (!doc.isObject() || o.string(QStringLiteral("kind"), true) != QLatin1String(Kind))
            JsonObjectReader::fail(QStringLiteral("kind"), tr("must be \"%1\"").arg(QLatin1String(Kind)));
        CfpWorkload w;
        w.name = o.string(QStringLiteral("name"));
        w.version = o.enumeration<CfpVersion>(QStringLiteral("version"), &CfpVersions::parse,
                                              {QStringLiteral("2014-ctp2"), QStringLiteral("2014"), QStringLiteral("2016")},
                                              CfpVersion::SqlServer2016);
        w.memory = o.enumeration<CfpServerMemory>(QStringLiteral("serverMemory"), &parseMemory,
                                                  {QStringLiteral("up-to-16gb"), QStringLiteral("over-16gb"),
                                                   QStringLiteral("large-checkpoint")},
                                                  CfpServerMemory::UpTo16GB);
        w.logicalProcessors = int(o.integer(QStringLiteral("logicalProcessors"), 8, 1, 1024, tr("logicalProcessors")));
        const QString pages = tr("a page count (8 KB pages, not negative)");
        w.diskPages = o.integer(QStringLiteral("diskPages"), 0, 0, JsonObjectReader::MaxExactInteger, pages);
        w.logPages = o.integer(QStringLiteral("logPages"), 0, 0, JsonObjectReader::MaxExactInteger, pages);
        if (o.has(QStringLiteral("differentialDiskPages")))
            w.differentialDiskPages = o.integer(QStringLiteral("differentialDiskPages"), 0, 0,
                                                JsonObjectReader::MaxExactInteger, pages);
        const QJsonArray steps = o.array(QStringLiteral("steps"), true);
        for (qsizetype i = 0; i < steps.size(); ++i)
            w.steps.append(readStep(steps[i], QStringLiteral("steps[%1]").arg(i), warnings));
        o.warnUnknown();
        return w;
    } catch (const JsonParseError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

} // namespace rd
