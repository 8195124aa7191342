// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edit ▸ Add Event (issue 9, item 3): the dialog builds the event the user describes and refuses an
// incomplete one; adding it is one undo step.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "ui/eventdialog.h"
#include "ui/projectfileactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

class TestEventDialog : public QObject
{
    Q_OBJECT
private slots:
    void aFailureOfOneFile();
    void aMarkNeedsAName();
    void addingIsOneUndoStep();
    void theMemoryOptimizedFilegroupCannotBeSwitchedReadOnly();

private:
    static bool okEnabled(const EventDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    }
    static void choose(QComboBox *combo, EventKind kind) { combo->setCurrentIndex(combo->findData(int(kind))); }
};

void TestEventDialog::aFailureOfOneFile()
{
    // One lost disk: the sample's file imoltp_secondary, the log intact (a tail-log backup possible).
    const Project sample = ProjectFileActions::sampleProject();
    EventDialog d(sample, PlanTime::make(2017, 3, 6, 5, 0));
    QVERIFY(!okEnabled(d)); // nothing damaged yet
    QVERIFY(!d.problem().isEmpty());
    QListWidgetItem *file = nullptr;
    for (int i = 0; i < d.partsList()->count(); ++i)
        if (d.partsList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("imoltp_secondary")
            && d.partsList()->item(i)->text().contains(QLatin1String("file")))
            file = d.partsList()->item(i);
    QVERIFY(file);
    file->setCheckState(Qt::Checked);
    QVERIFY(okEnabled(d));
    const TimelineEvent e = d.timelineEvent();
    QVERIFY(e.kind == EventKind::Failure);
    QCOMPARE(e.at, PlanTime::make(2017, 3, 6, 5, 0));
    QCOMPARE(e.files, QStringList{QStringLiteral("imoltp_secondary")});
    QVERIFY(e.filegroups.isEmpty() && !e.wholeDatabase && !e.logDamaged);
    QVERIFY(e.damagesFile(QStringLiteral("imoltp_secondary"), QStringLiteral("imoltp_secondary")));
    QVERIFY(!e.damagesFile(QStringLiteral("PRIMARY"), QStringLiteral("imoltp_primary1")));
    d.wholeDatabaseBox()->setChecked(true); // the whole database: no list needed
    QVERIFY(d.timelineEvent().wholeDatabase && d.timelineEvent().files.isEmpty());
}

void TestEventDialog::aMarkNeedsAName()
{
    const Project sample = ProjectFileActions::sampleProject();
    EventDialog d(sample, PlanTime::make(2017, 3, 6, 3, 30));
    choose(d.kindCombo(), EventKind::Mark);
    QVERIFY(!okEnabled(d));
    d.markEdit()->setText(QStringLiteral("  before_price_update "));
    QVERIFY(okEnabled(d));
    QCOMPARE(d.timelineEvent().name, QStringLiteral("before_price_update"));
    choose(d.kindCombo(), EventKind::SetReadOnly);
    QCOMPARE(d.timelineEvent().filegroup, sample.database.filegroups.first().name);
    choose(d.kindCombo(), EventKind::SetRecoveryModel);
    d.recoveryModelCombo()->setCurrentIndex(d.recoveryModelCombo()->findData(int(RecoveryModel::Simple)));
    QVERIFY(d.timelineEvent().recoveryModel == RecoveryModel::Simple);
}

void TestEventDialog::addingIsOneUndoStep()
{
    ProjectDocument document;
    document.reset(ProjectFileActions::sampleProject());
    const qsizetype events = document.project().events.size();
    QTimer::singleShot(0, [] {
        auto *d = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        d->wholeDatabaseBox()->setChecked(true);
        d->accept();
    });
    QVERIFY(EventDialog::addTo(&document, PlanTime::make(2017, 3, 6, 6, 0), nullptr));
    QCOMPARE(document.project().events.size(), events + 1);
    QVERIFY(document.project().events.last().wholeDatabase);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.project().events.size(), events);
}

void TestEventDialog::theMemoryOptimizedFilegroupCannotBeSwitchedReadOnly()
{
    // SQL Server refuses MODIFY FILEGROUP … READ_ONLY of the memory-optimized filegroup: OK stays
    // disabled and says why; READ_WRITE, or another filegroup, is fine.
    const Project sample = ProjectFileActions::sampleProject();
    EventDialog d(sample, PlanTime::make(2017, 3, 6, 3, 30));
    choose(d.kindCombo(), EventKind::SetReadOnly);
    d.filegroupCombo()->setCurrentIndex(d.filegroupCombo()->findText(QStringLiteral("imoltp_mod")));
    QVERIFY(!okEnabled(d));
    QVERIFY2(d.problem().contains(QLatin1String("cannot be made READ_ONLY")), qPrintable(d.problem()));
    choose(d.kindCombo(), EventKind::SetReadWrite);
    QVERIFY(okEnabled(d));
    choose(d.kindCombo(), EventKind::SetReadOnly);
    d.filegroupCombo()->setCurrentIndex(d.filegroupCombo()->findText(QStringLiteral("imoltp_secondary")));
    QVERIFY(okEnabled(d));
}

QTEST_MAIN(TestEventDialog)
#include "tst_eventdialog.moc"
