// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the built restore-designer executable (RD_APP_BINARY) as a script would: the app tests
// share it, so each one checks what the command prints rather than how it is started.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace rd::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process did not finish normally
    QByteArray out;
    QByteArray err;
};

/// The bundled sample: Microsoft's piecemeal restore of a memory-optimized database, one plan.
inline QString samplePath()
{
    return QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/// The file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The JSON object a command printed; an empty object (after a warning) when it is not one.
inline QJsonObject parseJsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), json.constData());
    return doc.object();
}

/// The command line speaks English whatever the machine's locale and the user's choice of
/// language (ui/language in QSettings, docs/languages.md): LC_ALL=LANG=C, no LANGUAGE list, and a
/// settings folder of its own that holds no choice.
inline void speakEnglish(QProcessEnvironment &env)
{
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::temp().filePath(QStringLiteral("restore-designer-cli-tests")));
}

/// QT_QPA_PLATFORM=offscreen, in English: no display needed, untranslated messages.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    speakEnglish(env);
    return env;
}

/// As over SSH on Linux: no display server, no QT_QPA_PLATFORM (NoDisplayReport then prints), in English.
inline QProcessEnvironment noDisplayEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    speakEnglish(env);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

/// `restore-designer <arguments>` with `input` on its standard input (then closed, so a command
/// reading it sees the end); waits up to `timeoutMs`, and warns when it did not finish.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = cliEnvironment(),
                     const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RD_APP_BINARY), arguments);
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
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
