// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// BackupList (issue 7, item 9) must behave as QList<Backup> does, whatever the edits, while a copy
// shares every chunk an edit did not touch. The expectation is QList itself: every operation is
// applied to both and the contents compared.
#include "model/domain/backuplist.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace rd;

class TestBackupList : public QObject
{
    Q_OBJECT
private slots:
    void appendingKeepsOrderAcrossChunks();
    void randomEditsMatchQList();
    void copiesAreIndependent();
    void anEditCopiesOnlyItsChunk();
    void iteratorsAreRandomAccess();
    void positionOfFindsElementsNotCopies();
    void equalityComparesContents();
};

namespace {

Backup numbered(int n)
{
    Backup b;
    b.id = QStringLiteral("b%1").arg(n);
    b.position = n;
    return b;
}

QStringList ids(const BackupList &list)
{
    QStringList out;
    for (const Backup &b : list)
        out << b.id;
    return out;
}

QStringList ids(const QList<Backup> &list)
{
    QStringList out;
    for (const Backup &b : list)
        out << b.id;
    return out;
}

/// Every element by index and by iteration, and the chunk bookkeeping.
void compare(const BackupList &list, const QList<Backup> &expected)
{
    QCOMPARE(list.size(), expected.size());
    QCOMPARE(ids(list), ids(expected));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(list[i].id, expected[i].id);
    qsizetype total = 0;
    for (qsizetype k = 0; k < list.chunkCount(); ++k) {
        QCOMPARE(list.chunkStart(k), total);
        QVERIFY(!list.chunk(k).isEmpty());
        QVERIFY(list.chunk(k).size() <= 2 * BackupList::ChunkSize);
        total += list.chunk(k).size();
    }
    QCOMPARE(total, expected.size());
}

} // namespace

void TestBackupList::appendingKeepsOrderAcrossChunks()
{
    BackupList list;
    QList<Backup> expected;
    const int n = int(3 * BackupList::ChunkSize + 17);
    for (int i = 0; i < n; ++i) {
        list << numbered(i);
        expected << numbered(i);
    }
    compare(list, expected);
    QCOMPARE(list.chunkCount(), 4);
    QCOMPARE(list.first().id, QStringLiteral("b0"));
    QCOMPARE(list.last().id, QStringLiteral("b%1").arg(n - 1));
    QCOMPARE(list.toList(), expected);
}

void TestBackupList::randomEditsMatchQList()
{
    QRandomGenerator random(20261202);
    BackupList list;
    QList<Backup> expected;
    int next = 0;
    for (int round = 0; round < 20000; ++round) {
        const int op = int(random.bounded(10));
        if (op < 4 || expected.isEmpty()) {
            list.append(numbered(next));
            expected.append(numbered(next++));
        } else if (op < 6) {
            const qsizetype i = random.bounded(int(expected.size() + 1));
            list.insert(i, numbered(next));
            expected.insert(i, numbered(next++));
        } else if (op < 8) {
            const qsizetype i = random.bounded(int(expected.size()));
            list.removeAt(i);
            expected.removeAt(i);
        } else {
            const qsizetype i = random.bounded(int(expected.size()));
            list[i].position = -round;
            expected[i].position = -round;
            QCOMPARE(list[i].position, -round);
        }
        if (round % 997 == 0)
            compare(list, expected);
    }
    compare(list, expected);
    QVERIFY(list.chunkCount() > 1);
    QVERIFY(list.toList() == expected);
}

void TestBackupList::copiesAreIndependent()
{
    BackupList a;
    for (int i = 0; i < 5000; ++i)
        a << numbered(i);
    const BackupList before = a;
    QVERIFY(a.isSharedWith(before));
    a[2500].id = QStringLiteral("changed");
    a.removeAt(10);
    a.insert(4000, numbered(-1));
    for (Backup &b : a)
        b.position += 1;
    QVERIFY(!a.isSharedWith(before));
    QCOMPARE(before[2500].id, QStringLiteral("b2500"));
    QCOMPARE(before[10].id, QStringLiteral("b10"));
    QCOMPARE(before.size(), 5000);
    QCOMPARE(before[4999].position, 4999);
    QCOMPARE(a[2499].id, QStringLiteral("changed"));
    QCOMPARE(a[4999].position, 4999 + 1); // b4999 shifted by one removal and one insertion
}

void TestBackupList::anEditCopiesOnlyItsChunk()
{
    BackupList a;
    for (int i = 0; i < 10 * int(BackupList::ChunkSize); ++i)
        a << numbered(i);
    BackupList b = a;
    b[5 * BackupList::ChunkSize + 3].position = -1;
    b.removeAt(7 * BackupList::ChunkSize);
    int shared = 0;
    for (qsizetype k = 0; k < a.chunkCount(); ++k)
        shared += a.chunk(k).constData() == b.chunk(k).constData();
    QCOMPARE(shared, 8);
    QCOMPARE(a[5 * BackupList::ChunkSize + 3].position, 5 * int(BackupList::ChunkSize) + 3);
}

void TestBackupList::iteratorsAreRandomAccess()
{
    BackupList list;
    QList<Backup> expected;
    for (int i = 0; i < 3000; ++i) {
        // Descending positions, with chunks of uneven sizes after the insertions.
        list.insert(i % 7 == 0 ? 0 : list.size(), numbered(i));
        expected.insert(i % 7 == 0 ? 0 : expected.size(), numbered(i));
    }
    auto byPosition = [](const Backup &x, const Backup &y) { return x.position < y.position; };
    std::stable_sort(list.begin(), list.end(), byPosition);
    std::stable_sort(expected.begin(), expected.end(), byPosition);
    compare(list, expected);
    const auto it = std::lower_bound(list.cbegin(), list.cend(), numbered(1500), byPosition);
    QCOMPARE(it - list.cbegin(), 1500);
    QCOMPARE((it + 700)->id, QStringLiteral("b2200"));
    QCOMPARE((it - 1400)->id, QStringLiteral("b100"));
    QCOMPARE(it[-3].id, QStringLiteral("b1497"));
    QCOMPARE(std::count_if(list.begin(), list.end(), [](const Backup &b) { return b.position % 2; }), 1500);
    auto back = list.cend();
    --back;
    QCOMPARE(back->id, QStringLiteral("b2999"));
    QVERIFY(list.cbegin() < back);
}

void TestBackupList::positionOfFindsElementsNotCopies()
{
    BackupList list;
    for (int i = 0; i < 3000; ++i)
        list << numbered(i);
    list.removeAt(5);
    QCOMPARE(list.positionOf(&list[2000]), 2000);
    const Backup copy = list[2000];
    QCOMPARE(list.positionOf(&copy), -1);
}

void TestBackupList::equalityComparesContents()
{
    BackupList a;
    for (int i = 0; i < 2500; ++i)
        a << numbered(i);
    BackupList b = a;
    QVERIFY(a == b);
    b[1200].position = 0;
    QVERIFY(!(a == b));
    b[1200].position = 1200;
    QVERIFY(a == b); // equal contents, no longer shared
    BackupList c; // the same backups, chunked differently
    c << numbered(0);
    for (int i = 2; i < 2500; ++i)
        c << numbered(i);
    c.insert(1, numbered(1));
    QVERIFY(a == c);
    c.removeAt(2499);
    QVERIFY(!(a == c));
}

QTEST_GUILESS_MAIN(TestBackupList)
#include "tst_backuplist.moc"
