// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"
#include "model/rules/planvalidator.h"
#include "model/rules/rulecatalog.h"
#include "model/simulation/restoresimulator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace rd;

/// The scenario corpus (issue 3 item 7): every tests/data/scenarios/<name>.json is a plan built
/// from one of Microsoft's worked examples (or a variant of one that breaks a rule), and
/// <name>.expected.json gives the verdict the document implies: the exact set of error and
/// warning (rule, step) pairs, and the states the document's text describes after given steps.
/// See tests/data/scenarios/README.md. Expectations are never pasted from the program's output.
class TestScenarios : public QObject
{
    Q_OBJECT
private slots:
    void scenario_data();
    void scenario();
    void everyScenarioHasItsExpectation();
    void expectedRulesAreInTheCatalog();
    void everyCheckedRuleHasAScenario();
};

namespace {

QString scenarioDir()
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios");
}

const QString ExpectedSuffix = QStringLiteral(".expected.json");

/// Scenario names (file base names without ".json"), sorted.
QStringList scenarioNames()
{
    QStringList names;
    const QStringList files = QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        if (!f.endsWith(ExpectedSuffix))
            names << f.chopped(5);
    return names;
}

QString expectedPath(const QString &name)
{
    return scenarioDir() + QLatin1Char('/') + name + ExpectedSuffix;
}

QJsonObject readJsonObject(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: %2 at offset %3").arg(path, pe.errorString()).arg(pe.offset);
        return {};
    }
    return doc.object();
}

/// "R-LOG-002@3", or "R-MOD-001@null" for a plan-wide or history finding (step -1); a finding that
/// follows from a refused step says which: "R-GEN-005@1 causedBy 0".
QString pairKey(const QString &rule, int step, int causedBy = -1)
{
    QString key = rule + QLatin1Char('@') + (step < 0 ? QStringLiteral("null") : QString::number(step));
    if (causedBy >= 0)
        key += QStringLiteral(" causedBy %1").arg(causedBy);
    return key;
}

/// The (rule, step) pairs of one list ("diagnostics" or "info") of a plan entry of an expected file.
QSet<QString> expectedPairs(const QJsonObject &plan, const QString &list = QStringLiteral("diagnostics"))
{
    QSet<QString> out;
    for (const QJsonValue &v : plan.value(list).toArray()) {
        const QJsonObject d = v.toObject();
        const QJsonValue step = d.value(QStringLiteral("step"));
        out.insert(pairKey(d.value(QStringLiteral("rule")).toString(), step.isNull() ? -1 : step.toInt(),
                           d.value(QStringLiteral("causedBy")).toInt(-1)));
    }
    return out;
}

/// Every rule ID any expected file names.
QSet<QString> allExpectedRules(QStringList *errors)
{
    QSet<QString> rules;
    for (const QString &name : scenarioNames()) {
        QString error;
        const QJsonObject exp = readJsonObject(expectedPath(name), &error);
        if (!error.isEmpty()) {
            errors->append(error);
            continue;
        }
        for (const QJsonValue &p : exp.value(QStringLiteral("plans")).toArray())
            for (const QString &list : {QStringLiteral("diagnostics"), QStringLiteral("info")})
                for (const QJsonValue &d : p.toObject().value(list).toArray())
                    rules.insert(d.toObject().value(QStringLiteral("rule")).toString());
    }
    // The chain-health report's rules are no plan findings: its hand-made histories expect them
    // (tests/data/health/*.expected.json, compared by tst_chainhealth).
    const QDir health(QStringLiteral(RD_TEST_DATA_DIR "/health"));
    for (const QString &name : health.entryList({QStringLiteral("*.expected.json")}, QDir::Files)) {
        QString error;
        const QJsonObject exp = readJsonObject(health.filePath(name), &error);
        if (!error.isEmpty())
            errors->append(error);
        for (const QJsonValue &rule : exp.value(QStringLiteral("rules")).toArray())
            rules.insert(rule.toString());
    }
    return rules;
}

const Plan *planNamed(const Project &p, const QString &name)
{
    const qsizetype i = p.planIndex(name);
    return i < 0 ? nullptr : &p.plans[i];
}

/// Compares the states the expected file lists with the simulation; returns the mismatches.
QStringList compareStates(const QJsonArray &expectedStates, const SimulationResult &sim, const QString &plan)
{
    QStringList out;
    for (const QJsonValue &v : expectedStates) {
        const QJsonObject e = v.toObject();
        const int step = e.value(QStringLiteral("step")).toInt(-2);
        if (step < 0 || step >= sim.steps.size()) {
            out << QStringLiteral("[%1] state for step %2: the plan has no such step").arg(plan).arg(step);
            continue;
        }
        const StepState &actual = sim.steps[step];
        if (e.contains(QStringLiteral("database"))) {
            const QString want = e.value(QStringLiteral("database")).toString();
            if (toString(actual.database) != want)
                out << QStringLiteral("[%1] after step %2 (0-based): database %3, expected %4")
                           .arg(plan).arg(step).arg(toString(actual.database), want);
        }
        if (e.contains(QStringLiteral("pagesRestoring"))) { // "file:page" of the pages a page restore left RESTORING
            QStringList want, got;
            for (const QJsonValue &p : e.value(QStringLiteral("pagesRestoring")).toArray())
                want << p.toString();
            for (const RestoringPage &p : actual.pagesRestoring)
                got << p.toString();
            if (got != want)
                out << QStringLiteral("[%1] after step %2 (0-based): pages restoring [%3], expected [%4]")
                           .arg(plan).arg(step).arg(got.join(QStringLiteral(", ")), want.join(QStringLiteral(", ")));
        }
        const QJsonObject fgs = e.value(QStringLiteral("filegroups")).toObject();
        for (auto it = fgs.begin(); it != fgs.end(); ++it) {
            bool known = false;
            for (const auto &[name, state] : actual.filegroups)
                known |= name.compare(it.key(), Qt::CaseInsensitive) == 0;
            const QString got = known ? toString(actual.filegroupState(it.key())) : QStringLiteral("(no such filegroup)");
            if (got != it.value().toString())
                out << QStringLiteral("[%1] after step %2 (0-based): filegroup %3 is %4, expected %5")
                           .arg(plan).arg(step).arg(it.key(), got, it.value().toString());
        }
    }
    return out;
}

/// Compares the error/warning (rule, step) set exactly; of the info findings, only those listed under
/// "info" must be there (an info rule leaves nothing else to check).
QStringList compareDiagnostics(const QSet<QString> &expected, const QSet<QString> &expectedInfo,
                               const QList<Diagnostic> &diagnostics, const QString &plan)
{
    QSet<QString> actual;
    QSet<QString> info;
    QHash<QString, QString> messages;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Info) {
            info.insert(pairKey(d.rule, d.step));
            continue;
        }
        const QString key = pairKey(d.rule, d.step, d.causedBy);
        actual.insert(key);
        messages.insert(key, toString(d.severity) + QStringLiteral(": ") + d.message);
    }
    QStringList out;
    QStringList missing = (expected - actual).values();
    QStringList unexpected = (actual - expected).values();
    missing.sort();
    unexpected.sort();
    for (const QString &k : missing)
        out << QStringLiteral("[%1] expected %2, not reported").arg(plan, k);
    for (const QString &k : unexpected)
        out << QStringLiteral("[%1] unexpected %2 (%3)").arg(plan, k, messages.value(k));
    QStringList missingInfo = (expectedInfo - info).values();
    missingInfo.sort();
    for (const QString &k : missingInfo)
        out << QStringLiteral("[%1] expected info %2, not reported").arg(plan, k);
    return out;
}

} // namespace

void TestScenarios::scenario_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = scenarioNames();
    QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no scenario in %1").arg(scenarioDir())));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenarios::scenario()
{
    QFETCH(QString, name);
    const LoadResult loaded = PlanJsonReader::readFile(scenarioDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    // A scenario uses only fields the reader knows: an ignored (misspelt) field would silently change it.
    QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
    const Project &project = *loaded.project;

    QString error;
    const QJsonObject expected = readJsonObject(expectedPath(name), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!expected.value(QStringLiteral("source")).toString().isEmpty(), "the expected file names no source");
    const QJsonArray plans = expected.value(QStringLiteral("plans")).toArray();
    QVERIFY2(!plans.isEmpty(), "the expected file lists no plan");

    QStringList mismatches;
    QStringList pending;
    for (const QJsonValue &pv : plans) {
        const QJsonObject ep = pv.toObject();
        const QString planName = ep.value(QStringLiteral("name")).toString();
        const Plan *plan = planNamed(project, planName);
        QVERIFY2(plan, qPrintable(QStringLiteral("no plan named \"%1\" in %2.json").arg(planName, name)));
        const SimulationResult sim = RestoreSimulator::simulate(project, *plan);
        const QList<Diagnostic> diagnostics = PlanValidator::validate(project, *plan, sim);
        const QSet<QString> want = expectedPairs(ep);
        const QSet<QString> wantInfo = expectedPairs(ep, QStringLiteral("info"));
        mismatches += compareDiagnostics(want, wantInfo, diagnostics, planName);
        mismatches += compareStates(ep.value(QStringLiteral("states")).toArray(), sim, planName);
        for (const QString &key : want + wantInfo) {
            const QString rule = key.section(QLatin1Char('@'), 0, 0);
            const RuleInfo *info = RuleCatalog::find(rule);
            if (info && info->status == RuleStatus::Pending && !pending.contains(rule))
                pending << rule;
        }
    }
    pending.sort();
    // A scenario that expects a rule nobody implements yet fails until it is implemented; once it
    // passes (XPASS fails the row) the rule's catalog status must become Checked.
    // The comment lists the differences, so whoever implements the rule sees what is still missing.
    const QByteArray why = QStringLiteral("expects pending rule(s) %1; differences: %2")
                               .arg(pending.join(QStringLiteral(", ")),
                                    mismatches.isEmpty() ? QStringLiteral("none") : mismatches.join(QStringLiteral("; ")))
                               .toUtf8();
    if (!pending.isEmpty())
        QEXPECT_FAIL("", why.constData(), Abort);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
}

void TestScenarios::everyScenarioHasItsExpectation()
{
    QStringList problems;
    for (const QString &name : scenarioNames())
        if (!QFile::exists(expectedPath(name)))
            problems << name + QStringLiteral(".json has no ") + name + ExpectedSuffix;
    const QStringList expectedFiles =
        QDir(scenarioDir()).entryList({QLatin1Char('*') + ExpectedSuffix}, QDir::Files, QDir::Name);
    for (const QString &f : expectedFiles) {
        const QString name = f.chopped(ExpectedSuffix.size());
        if (!QFile::exists(scenarioDir() + QLatin1Char('/') + name + QStringLiteral(".json")))
            problems << f + QStringLiteral(" has no scenario ") + name + QStringLiteral(".json");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestScenarios::expectedRulesAreInTheCatalog()
{
    QStringList errors;
    const QSet<QString> rules = allExpectedRules(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QStringList unknown;
    for (const QString &rule : rules)
        if (!RuleCatalog::find(rule))
            unknown << rule;
    unknown.sort();
    QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("rule IDs not in the catalog: ") + unknown.join(QStringLiteral(", "))));
}

void TestScenarios::everyCheckedRuleHasAScenario()
{
    // Issue 3: "Every rule in the catalog has at least one scenario that triggers it." A Checked rule
    // that no scenario expects is listed here; nothing is skipped or expected to fail.
    QStringList errors;
    const QSet<QString> rules = allExpectedRules(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QStringList uncovered;
    for (const RuleInfo &r : RuleCatalog::all()) {
        const QString id = QString::fromUtf16(r.id);
        if (r.status == RuleStatus::Checked && !rules.contains(id))
            uncovered << id;
    }
    if (!uncovered.isEmpty())
        qWarning("Checked rules that no scenario expects: %s", qPrintable(uncovered.join(QStringLiteral(", "))));
    QVERIFY2(uncovered.isEmpty(),
             qPrintable(QStringLiteral("Checked rules without a scenario in tests/data/scenarios: ")
                        + uncovered.join(QStringLiteral(", "))));
}

QTEST_APPLESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
