// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

/// Writing a file so that it is either replaced whole or not at all (issue 8): every file the
/// application writes goes through here (plan files, project files, T-SQL scripts).
namespace rd::AtomicWrite {

/// How line breaks reach the file.
enum class LineEndings {
    AsIs,   ///< the bytes as given
    Native, ///< "\n" becomes "\r\n" on Windows (QIODevice::Text's rule), as editors there expect
};

/// Replaces `path` with `content`, or leaves it as it was. The bytes go to a temporary file in the
/// same folder (QSaveFile; on Linux a file without a name until it is complete, so a killed
/// process leaves nothing), every write and the final flush are checked, and only then is the
/// temporary file renamed over `path`. Returns false with *error = "cannot write <path>: <the
/// system's reason>" (e.g. "No space left on device", "Permission denied"); `path` is then
/// untouched and the temporary file is gone.
bool writeFile(const QString &path, const QByteArray &content, QString *error,
               LineEndings lineEndings = LineEndings::AsIs);

} // namespace rd::AtomicWrite
