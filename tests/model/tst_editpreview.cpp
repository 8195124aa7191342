// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// EditPreview and BackupKind (issue 9, item 3): the verdict of a backup about to be dropped on the
// timeline, without touching the document; the palette's kinds of backup.
#include "model/analysis/editpreview.h"
#include "model/commands/backupkind.h"
#include "model/domain/plantime.h"
#include "model/io/planjsonreader.h"

#include <QSet>
#include <QTest>

using namespace rd;

class TestEditPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aFileBackupOfPrimaryAloneTurnsRed();
    void aFileBackupWithBothIsFine();
    void theKindsOfThePalette();

private:
    Project m_sample;
};

void TestEditPreview::initTestCase()
{
    const LoadResult r = PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_sample = *r.project;
}

void TestEditPreview::aFileBackupOfPrimaryAloneTurnsRed()
{
    // Microsoft: the memory-optimized filegroup must be backed up together with PRIMARY; a FILE
    // backup of PRIMARY alone is refused (R-MOD-001). The sample has imoltp_mod.
    const auto current = ProjectAnalysis::build(m_sample);
    const BackupKind file = *BackupKind::fromKey(QStringLiteral("file"));
    const ProjectEdit drop = file.newBackup(m_sample, PlanTime::make(2017, 3, 6, 2, 30), {QStringLiteral("PRIMARY")});
    const EditPreview preview = EditPreview::of(*current, -1, drop);
    const QList<Diagnostic> about = preview.addedAbout(drop.backup.id);
    QVERIFY(!about.isEmpty());
    QCOMPARE(about.first().rule, QStringLiteral("R-MOD-001"));
    QVERIFY(about.first().severity == Severity::Error);
    QVERIFY(preview.addedErrors() >= 1);
    // Nothing happened to the current analysis or its project.
    QCOMPARE(current->project().backups.size(), m_sample.backups.size());
    QVERIFY(current->project() == m_sample);
    QCOMPARE(preview.analysis->project().backups.size(), m_sample.backups.size() + 1);
}

void TestEditPreview::aFileBackupWithBothIsFine()
{
    const auto current = ProjectAnalysis::build(m_sample);
    const BackupKind file = *BackupKind::fromKey(QStringLiteral("file"));
    const ProjectEdit drop = file.newBackup(m_sample, PlanTime::make(2017, 3, 6, 2, 30),
                                            {QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")});
    QCOMPARE(drop.backup.filegroups, (QStringList{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")}));
    const EditPreview preview = EditPreview::of(*current, -1, drop);
    for (const Diagnostic &d : preview.addedAbout(drop.backup.id))
        QVERIFY2(d.severity != Severity::Error, qPrintable(d.rule + u' ' + d.message));
}

void TestEditPreview::theKindsOfThePalette()
{
    const QList<BackupKind> kinds = BackupKind::all();
    QCOMPARE(kinds.size(), 10); // full, differential, partial, partial differential, file, file differential, log, tail-log, copy-only full and log
    QSet<QString> keys;
    for (const BackupKind &k : kinds) {
        keys.insert(k.key());
        QCOMPARE(BackupKind::fromKey(k.key()), std::optional<BackupKind>(k));
        QVERIFY(!k.name().isEmpty());
    }
    QCOMPARE(keys.size(), 10);
    QVERIFY(!BackupKind::fromKey(QStringLiteral("nonsense")));
    const BackupKind tail = *BackupKind::fromKey(QStringLiteral("tail-log"));
    const ProjectEdit t = tail.newBackup(m_sample, PlanTime::make(2017, 3, 6, 5, 10));
    QVERIFY(t.backup.type == BackupType::Log && t.backup.tailLog && !t.backup.copyOnly);
    QCOMPARE(t.backup.id, QStringLiteral("imoltp_tail_log"));
    QCOMPARE(t.backup.media, QStringList{QStringLiteral("c:\\backup\\imoltp_tail_log.trn")});
    const ProjectEdit c = BackupKind::fromKey(QStringLiteral("copy-only-full"))->newBackup(m_sample, {});
    QVERIFY(c.backup.type == BackupType::Full && c.backup.copyOnly);
    QCOMPARE(c.backup.id, QStringLiteral("imoltp_copy_only_full"));
    QCOMPARE(t.backup.finish, t.backup.start.addSecs(10)); // a log backup: ten seconds
}

QTEST_GUILESS_MAIN(TestEditPreview)
#include "tst_editpreview.moc"
