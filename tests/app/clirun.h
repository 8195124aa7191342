#pragma once

// Runs the built restore-designer executable (RD_APP_BINARY) as a script would: the app tests
// share it, so each one checks what the command prints rather than how it is started.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace rd::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process did not finish normally
    QByteArray out;
    QByteArray err;
};

/// QT_QPA_PLATFORM=offscreen and LC_ALL=C: no display needed, untranslated messages.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

/// `restore-designer <arguments>`; waits up to a minute, and warns when it did not finish.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RD_APP_BINARY), arguments);
    CliRun r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        qWarning("restore-designer %s did not finish normally: %s", qPrintable(arguments.join(u' ')),
                 qPrintable(p.errorString()));
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace rd::test
