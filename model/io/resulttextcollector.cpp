// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/resulttextcollector.h"

#include "model/io/msdbvalues.h"
#include "model/io/sqlcmdtext.h"

#include <QFile>

#include <algorithm>
#include <array>

namespace rd {
namespace {

constexpr std::array<char, 4> Separators{',', '\t', ';', '|'};
/// Non-empty lines looked at for the header before giving up.
constexpr int MaxLinesBeforeHeader = 50;

} // namespace

ResultTextCollector::ResultTextCollector(int columns, bool severalResults)
    : m_columnIndex(size_t(columns), -1), m_severalResults(severalResults)
{
}

void ResultTextCollector::beginText()
{
    m_inResult = false;
    m_anyResult = false;
    m_failed = false;
    m_dashesAllowed = false;
    m_linesBeforeHeader = 0;
    m_rows = 0;
    std::fill(m_columnIndex.begin(), m_columnIndex.end(), -1);
}

bool ResultTextCollector::line(QByteArrayView text, int number)
{
    m_text = text;
    m_line = number;
    if (m_failed)
        return false;
    if (!m_inResult) {
        if (text.trimmed().isEmpty())
            return true;
        if ((!m_anyResult || m_severalResults) && findHeader(text)) {
            m_inResult = true;
            m_dashesAllowed = true;
            m_rows = 0;
            m_fieldCount = int(m_fields.size());
            std::fill(m_columnIndex.begin(), m_columnIndex.end(), -1);
            if (!readHeader()) {
                m_failed = true;
                return false;
            }
            return true;
        }
        QString fatal;
        if (m_anyResult)
            fatal = textAfterEndMessage();
        else if (mentionsHeader(text))
            fatal = unsplitHeaderMessage();
        if (!fatal.isEmpty()) {
            report(Severity::Error, number, 0, NoColumn, fatal);
            m_failed = true;
            return false;
        }
        if (++m_linesBeforeHeader >= MaxLinesBeforeHeader) {
            report(Severity::Error, 0, 0, NoColumn, noHeaderMessage(MaxLinesBeforeHeader));
            m_failed = true;
            return false;
        }
        const QByteArrayView shown = text.trimmed();
        report(Severity::Warning, number, 0, NoColumn,
               tr("a line before the header, skipped (\"%1\")").arg(QString::fromUtf8(shown.first(qMin<qsizetype>(60, shown.size())))));
        return true;
    }
    if (m_dashesAllowed) {
        m_dashesAllowed = false;
        if (SqlcmdText::isDashLine(text, m_separator))
            return true;
    }
    if (text.trimmed().isEmpty())
        return true;
    if (const qint64 n = SqlcmdText::rowsAffected(text); n >= 0) {
        if (n != m_rows)
            report(Severity::Error, number, 0, NoColumn,
                   tr("sqlcmd counted %1 rows, the file holds %2: the file is not complete").arg(n).arg(m_rows));
        m_inResult = false;
        m_anyResult = true;
        return true;
    }
    ++m_rows;
    readRow();
    return !tooManyErrors();
}

bool ResultTextCollector::findHeader(QByteArrayView text)
{
    for (char sep : Separators) {
        QString why;
        qsizetype at = 0;
        if (!DelimitedBytes::split(text, sep, &m_fields, &m_scratch, &at, &why) || m_fields.size() < 2)
            continue;
        if (isHeader()) {
            m_separator = sep;
            return true;
        }
    }
    return false;
}

bool ResultTextCollector::splitRow()
{
    qsizetype at = 0;
    QString why;
    if (!DelimitedBytes::split(m_text, m_separator, &m_fields, &m_scratch, &at, &why)) {
        report(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, at), NoColumn, why);
        return false;
    }
    if (int(m_fields.size()) < m_fieldCount) {
        report(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, m_text.size()), NoColumn,
               tr("the row ends after %1 of the header's %2 columns (a truncated line?)").arg(m_fields.size()).arg(m_fieldCount));
        return false;
    }
    if (int(m_fields.size()) > m_fieldCount) {
        report(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, m_fields[size_t(m_fieldCount)].offset), NoColumn,
               tr("the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)")
                   .arg(m_fields.size())
                   .arg(m_fieldCount));
        return false;
    }
    return true;
}

ResultField ResultTextCollector::value(int column) const
{
    const int i = m_columnIndex[size_t(column)];
    if (i < 0)
        return {};
    const ByteField &f = m_fields[size_t(i)];
    ResultField v;
    v.present = true;
    v.text = f.text.trimmed();
    const char *lineStart = m_text.data();
    const bool inLine = v.text.data() >= lineStart && v.text.data() <= lineStart + m_text.size();
    v.offset = f.quoted || !inLine ? f.offset : v.text.data() - lineStart;
    v.null = MsdbValues::isNull(v.text, f.quoted);
    return v;
}

QString ResultTextCollector::text(int column) const
{
    const ResultField v = value(column);
    return v.null ? QString() : QString::fromUtf8(v.text);
}

std::optional<qint64> ResultTextCollector::integer(int column, qint64 min, qint64 max)
{
    return parsed<qint64>(column, [&](QByteArrayView t, QString *why) { return MsdbValues::integer(t, min, max, why); });
}

bool ResultTextCollector::bit(int column, bool fallback)
{
    return parsed<bool>(column, [](QByteArrayView t, QString *why) { return MsdbValues::bit(t, why); }).value_or(fallback);
}

Lsn ResultTextCollector::lsn(int column)
{
    return parsed<Lsn>(column, [](QByteArrayView t, QString *why) { return MsdbValues::lsn(t, why); }).value_or(Lsn());
}

void ResultTextCollector::readBackupColumns(const BackupColumns &c, Backup &b)
{
    b.copyOnly = bit(c.copyOnly);
    dateTime(c.start, &b.start);
    dateTime(c.finish, &b.finish);
    if (b.start.isValid() && b.finish.isValid() && b.finish < b.start)
        error(value(c.finish), c.finish, tr("the backup finishes before it starts"));
    b.firstLsn = lsn(c.firstLsn);
    b.lastLsn = lsn(c.lastLsn);
    for (int column : {c.firstLsn, c.lastLsn})
        if (value(column).null)
            error(value(column), column, tr("the LSN is NULL"));
    if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
        error(value(c.lastLsn), c.lastLsn,
              tr("%1 is smaller than %2").arg(QLatin1String(c.lastLsnName), QLatin1String(c.firstLsnName)));
    b.checkpointLsn = lsn(c.checkpointLsn);
    b.databaseBackupLsn = lsn(c.databaseBackupLsn);
    b.differentialBaseLsn = lsn(c.differentialBaseLsn);
    b.forkPointLsn = lsn(c.forkPointLsn);
    b.recoveryModel = parsed<RecoveryModel>(c.recoveryModel, [](QByteArrayView text, QString *why) {
        return MsdbValues::recoveryModel(text, why);
    });
    const std::optional<qint64> major = integer(c.versionMajor, 0, 255);
    const std::optional<qint64> minor = integer(c.versionMinor, 0, 255);
    const std::optional<qint64> build = integer(c.versionBuild, 0, c.maxBuild);
    if (major)
        b.softwareVersion = build ? QStringLiteral("%1.%2.%3").arg(*major).arg(minor.value_or(0)).arg(*build)
                                  : QStringLiteral("%1.%2").arg(*major).arg(minor.value_or(0));
    b.hasBulkLoggedData = bit(c.bulkLoggedData);
    b.hasIncompleteMetadata = bit(c.incompleteMetadata);
    b.damaged = bit(c.damaged);
    b.snapshot = bit(c.snapshot);
    // A log backup WITH NORECOVERY (the database taken offline) or of a damaged database
    // (incomplete metadata) is the tail of the log (msdb-formats §1, §5).
    const bool forceOffline = bit(c.forceOffline);
    b.tailLog = b.type == BackupType::Log && (forceOffline || b.hasIncompleteMetadata);
    const std::optional<qint64> size = integer(c.size, 0, MaxExact);
    const std::optional<qint64> compressed = integer(c.compressedSize, 0, MaxExact);
    b.sizeBytes = compressed.value_or(size.value_or(0)); // the bytes a restore reads
    const ResultField key = value(c.keyAlgorithm);
    b.encrypted = (!key.null && key.text.compare("NO_Encryption", Qt::CaseInsensitive) != 0) || !value(c.encryptorType).null;
}

void ResultTextCollector::dateTime(int column, QDateTime *out)
{
    const ResultField v = value(column);
    if (v.null) {
        error(v, column, tr("the date is NULL"));
        return;
    }
    QString why;
    if (const std::optional<QDateTime> d = MsdbValues::dateTime(v.text, &why))
        *out = *d;
    else
        error(v, column, why);
}

void ResultTextCollector::endSource(const TextLineStream &stream, bool complete)
{
    if (!complete && !stream.error().isEmpty())
        report(Severity::Error, stream.errorLine(), stream.errorColumn(), NoColumn, stream.error());
    if (stream.encodingGuessed())
        report(Severity::Warning, 0, 0, NoColumn, tr("UTF-16 without a byte order mark, recognised by its zero bytes"));
    if (!m_inResult && !m_anyResult && !m_failed && stream.error().isEmpty())
        report(Severity::Error, 0, 0, NoColumn, m_linesBeforeHeader == 0 ? tr("the file is empty") : noHeaderMessage(0));
}

bool ResultTextCollector::feedFile(const QString &path, TextLineStream &stream, qsizetype chunk, QString *error,
                                   const std::function<bool(qint64)> &progress, bool *cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open the file: %1").arg(file.errorString());
        return false;
    }
    QByteArray buffer(chunk, Qt::Uninitialized);
    qint64 read = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            *error = tr("cannot read the file: %1").arg(file.errorString());
            return false;
        }
        if (got == 0)
            return stream.finish();
        read += got;
        if (!stream.feed(QByteArrayView(buffer.constData(), got)))
            return false;
        if (progress && !progress(read)) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
    }
}

} // namespace rd
