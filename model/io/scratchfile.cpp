// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/scratchfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace rd {
namespace {

/// When this process started (when the library was loaded, to be exact): what a process killed
/// earlier left is older, what this process writes is not.
const QDateTime ProcessStart = QDateTime::currentDateTimeUtc();

const QString Infix = QStringLiteral(".rdsave-");
constexpr int RandomLength = 6;

QString prefix(const QString &targetName) { return u'.' + targetName + Infix; }

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// A QDir name filter that matches `name` literally: wildcard characters in brackets.
QString literalFilter(const QString &name)
{
    QString filter;
    for (const QChar c : name)
        filter += c == u'*' || c == u'?' || c == u'[' ? QStringLiteral("[%1]").arg(c) : QString(c);
    return filter;
}

} // namespace

ScratchFile::ScratchFile(const QString &target)
{
    const QFileInfo info(target);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString name = prefix(info.fileName());
        for (int i = 0; i < RandomLength; ++i)
            name += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
        QFile file(info.dir().filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_path = file.fileName();
            return;
        }
        m_error = file.errorString();
        if (!file.exists()) // not a name clash: another attempt would fail the same way
            return;
    }
}

ScratchFile::~ScratchFile()
{
    remove();
}

void ScratchFile::remove()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
}

bool ScratchFile::isScratchName(const QString &name, const QString &targetName)
{
    const QString start = prefix(targetName);
    return name.size() == start.size() + RandomLength && name.startsWith(start)
           && std::all_of(name.cbegin() + start.size(), name.cend(), isAsciiLetterOrDigit);
}

int ScratchFile::removeStale(const QString &target)
{
    const QFileInfo info(target);
    const QFileInfoList candidates = info.dir().entryInfoList({literalFilter(prefix(info.fileName())) + u'*'},
                                                              QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    int removed = 0;
    for (const QFileInfo &candidate : candidates) {
        if (isScratchName(candidate.fileName(), info.fileName()) && !candidate.isSymLink()
            && candidate.lastModified() < ProcessStart && QFile::remove(candidate.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace rd
