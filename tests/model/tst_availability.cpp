// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Availability::firstStepAvailable: after which step each filegroup's data is available for good
// (trainer mode's "online after step N" marker).
#include "model/simulation/availability.h"

#include <QTest>

using namespace rd;

class TestAvailability : public QObject
{
    Q_OBJECT
private slots:
    void aPiecemealRestore();
    void withoutSteps();
};

namespace {
StepState state(int step, std::initializer_list<DataAccess> access)
{
    StepState s;
    s.step = step;
    s.access = access;
    for (qsizetype g = 0; g < s.access.size(); ++g)
        s.filegroups << qMakePair(QStringLiteral("fg%1").arg(g), s.access[g] == DataAccess::None ? FileState::Restoring : FileState::Online);
    return s;
}
} // namespace

void TestAvailability::aPiecemealRestore()
{
    using enum DataAccess;
    // Hand-made: fg0 available after step 1 (0-based) for good; fg1 available after step 0, lost
    // after step 2, back after step 3; fg2 never; fg3 available throughout.
    SimulationResult sim;
    sim.initial = state(-1, {None, None, None, ReadWrite});
    sim.steps << state(0, {None, ReadOnly, None, ReadWrite}) << state(1, {ReadWrite, ReadOnly, None, ReadWrite})
              << state(2, {ReadWrite, None, None, ReadWrite}) << state(3, {ReadWrite, ReadWrite, None, ReadWrite});
    const QList<std::optional<int>> first = Availability::firstStepAvailable(sim);
    QCOMPARE(first.size(), 4);
    QCOMPARE(first[0], std::optional<int>(1));
    QCOMPARE(first[1], std::optional<int>(3)); // the last time it came back
    QCOMPARE(first[2], std::optional<int>());
    QCOMPARE(first[3], std::optional<int>(-1));
}

void TestAvailability::withoutSteps()
{
    using enum DataAccess;
    SimulationResult sim;
    sim.initial = state(-1, {ReadWrite, None});
    const QList<std::optional<int>> first = Availability::firstStepAvailable(sim);
    QCOMPARE(first, (QList<std::optional<int>>{-1, std::nullopt}));
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
