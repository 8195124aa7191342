// libFuzzer harness: any bytes as a dbatools export (DbatoolsHistoryReader::read,
// model/io/dbatoolshistoryreader.h), which tells JSON (ConvertTo-Json) from CliXML (Export-CliXml)
// by content, so one harness reaches both parsers: its seeds are both kinds of file. The reader
// must give a project or at least one error, every problem and skipped record placed inside the
// file; a project must hold unique backup ids, LSN ranges that do not run backwards and at most
// 64 media per backup, and goes through the whole analysis and a JSON round trip.
#include "tests/fuzz/fuzzproject.h"

#include "model/io/dbatoolshistoryreader.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using rd::fuzz::finding;

void checkProject(const rd::Project &project)
{
    QSet<QString> ids;
    for (const rd::Backup &b : project.backups) {
        if (ids.contains(b.id))
            finding("two backups with one id", b.id);
        ids.insert(b.id);
        if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
            finding("a backup whose LastLSN is before its FirstLSN", b.id);
        if (b.media.size() > 64 || b.position < 1)
            finding("more than 64 media, or a position below 1", b.id);
        if (b.finish < b.start)
            finding("a backup that ends before it starts", b.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: AddressSanitizer then sees a read one byte past the input.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const rd::HistoryImport result = rd::DbatoolsHistoryReader::read(bytes, QStringLiteral("fuzz.json"));
    const QStringList errors = result.errors();
    if (result.ok() != errors.isEmpty())
        finding(result.ok() ? "a project despite errors" : "no project and no error", errors.join(u'\n'));
    if (result.cancelled)
        finding("cancelled without being asked", QString());
    // A line ends with \n (or, in CliXML, a lone \r); in UTF-16 the bytes halve, never the count.
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    for (const rd::HistoryImportProblem &p : result.problems)
        if (p.line < 0 || p.line > lines || p.column < 0 || p.message.isEmpty())
            finding("a problem placed outside the file, or without words", p.toString());
    for (const rd::HistorySkippedRows &s : result.skipped)
        for (int line : s.lines)
            if (line < 1 || line > lines || s.reason.isEmpty())
                finding("a skipped record outside the file, or without a reason", s.toString());
    if (result.ok()) {
        checkProject(*result.project);
        rd::fuzz::exercise(*result.project);
    }
    return 0;
}
