// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

/// The translation catalogues (translations/*.ts) are complete and consistent: every message is
/// translated (none unfinished), none is left over from a string the sources no longer hold
/// (vanished or obsolete), and each translation keeps its source's placeholders and accelerator.
///
/// RD_TS_DIR, when set, names the folder of the catalogues to check instead of translations/:
/// the `translations/up_to_date` test points it at copies refreshed by lupdate from the current
/// sources, so a user-visible string added without a translation fails too.
class TestCatalogues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void theCheckFindsWhatIsWrong();

private:
    QStringList m_catalogues;
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    qint64 line = 0;
};

QList<Message> readCatalogue(const QByteArray &xml, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader reader(xml);
    QString context;
    Message current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"name") {
                context = reader.readElementText();
            } else if (name == u"message") {
                current = Message{context, {}, {}, {}, reader.attributes().value(QLatin1String("numerus")) == u"yes",
                                  reader.lineNumber()};
            } else if (name == u"source") {
                current.source = reader.readElementText();
            } else if (name == u"translation") {
                current.type = reader.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << reader.readElementText();
            } else if (name == u"numerusform") {
                current.translations << reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            messages << current;
        }
    }
    if (reader.hasError())
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return messages;
}

/// The placeholders a Qt string substitutes (%1…%99, %L1, %n), and the braced names of the rule
/// catalog's message templates ({id}, {data.lastLsn}: they name plan values, so they stay as they
/// are; braced prose such as {…} may be translated), sorted: a translation may reorder them but
/// must keep each one as often as the source has it.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d{1,2}|n)|\\{[A-Za-z_][\\w.]*\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/// The keyboard accelerators (an `&` before a letter; `&&` is a literal ampersand).
int accelerators(const QString &text)
{
    QString rest = text;
    rest.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression pattern(QStringLiteral("&(?=[^\\s&;])"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    rest.remove(entity);
    return int(rest.count(pattern));
}

/// What is wrong with one message, or nothing.
QString problem(const Message &m)
{
    if (m.type == u"vanished" || m.type == u"obsolete")
        return QStringLiteral("no longer in the sources (%1): remove it with lupdate -no-obsolete").arg(m.type);
    if (m.type == u"unfinished")
        return QStringLiteral("unfinished");
    if (m.translations.isEmpty() || m.translations.contains(QString()))
        return QStringLiteral("empty translation");
    if (m.numerus && m.translations.size() != 2)
        return QStringLiteral("%1 plural forms, expected 2").arg(m.translations.size());
    const QStringList expected = placeholders(m.source);
    for (const QString &translation : m.translations) {
        // A singular form may say "one" instead of %n.
        QStringList got = placeholders(translation);
        if (m.numerus && !got.contains(QStringLiteral("%n")) && expected.contains(QStringLiteral("%n"))) {
            got << QStringLiteral("%n");
            got.sort();
        }
        if (got != expected)
            return QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                .arg(got.join(u' '), translation, expected.join(u' '));
        if (accelerators(translation) != accelerators(m.source))
            return QStringLiteral("%1 accelerator(s) in \"%2\", the source has %3")
                .arg(accelerators(translation)).arg(translation).arg(accelerators(m.source));
    }
    return {};
}

} // namespace

void TestCatalogues::initTestCase()
{
    const QString folder = qEnvironmentVariableIsSet("RD_TS_DIR") ? qEnvironmentVariable("RD_TS_DIR")
                                                                   : QStringLiteral(RD_SOURCE_DIR "/translations");
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        m_catalogues << dir.filePath(name);
    // German and French are the languages the designer is used in (README.md, "Languages").
    QCOMPARE(m_catalogues.size(), 2);
}

void TestCatalogues::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : std::as_const(m_catalogues))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCatalogues::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QString error;
    const QList<Message> messages = readCatalogue(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);
    QStringList problems;
    for (const Message &m : messages) {
        const QString p = problem(m);
        if (!p.isEmpty())
            problems << QStringLiteral("%1:%2 [%3] \"%4\": %5").arg(QFileInfo(path).fileName()).arg(m.line)
                            .arg(m.context, m.source.left(80), p);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 message(s):\n").arg(problems.size())
                                            + problems.mid(0, 40).join(u'\n')));
}

/// The check itself, on hand-made messages: each kind of defect is reported, a good one is not.
void TestCatalogues::theCheckFindsWhatIsWrong()
{
    QString error;
    const QList<Message> messages = readCatalogue(R"(<TS version="2.1" language="de_DE"><context><name>C</name>
<message><source>&amp;Save %1</source><translation>%1 &amp;speichern</translation></message>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Copy %1 to %2</source><translation>Kopiere %1</translation></message>
<message><source>&amp;File</source><translation>Datei</translation></message>
<message><source>Fish &amp;&amp; chips %1</source><translation>Fisch &amp;&amp; Pommes %1</translation></message>
<message numerus="yes"><source>%n backup(s)</source><translation><numerusform>eine Sicherung</numerusform><numerusform>%n Sicherungen</numerusform></translation></message>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n Datei</numerusform></translation></message>
<message><source>Backup {id} of {db} ({…})</source><translation>Sicherung {Kennung} von {db} ({…})</translation></message>
<message><source>Backup {id} of {db} ({…})</source><translation>{db}: Sicherung {id} ({...})</translation></message>
</context></TS>)",
                                                  &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 10);
    QCOMPARE(problem(messages[0]), QString());
    QCOMPARE(problem(messages[1]), QStringLiteral("unfinished"));
    QVERIFY(problem(messages[2]).startsWith(QStringLiteral("no longer in the sources")));
    QVERIFY(problem(messages[3]).startsWith(QStringLiteral("placeholders %1 in")));
    QVERIFY(problem(messages[4]).startsWith(QStringLiteral("0 accelerator(s)")));
    QCOMPARE(problem(messages[5]), QString());
    QCOMPARE(problem(messages[6]), QString());
    QCOMPARE(problem(messages[7]), QStringLiteral("1 plural forms, expected 2"));
    QVERIFY(problem(messages[8]).startsWith(QStringLiteral("placeholders {Kennung} {db} in")));
    QCOMPARE(problem(messages[9]), QString());
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
