// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// A new, empty, hidden file beside a target, to build the target's next version in (the project
/// file's SQLite database): `.<target's name>.rdsave-XXXXXX` in the target's folder, where XXXXXX
/// is six random letters and digits. Working beside the target keeps the temporary folder clean
/// and fails on a full disk where the target would. The file is removed when the object is
/// destroyed, so every way out of a save cleans up; only a process killed meanwhile leaves it,
/// and removeStale() clears that on the next save of the same target.
class ScratchFile
{
public:
    /// Creates the file, never reusing an existing one (QIODevice::NewOnly).
    explicit ScratchFile(const QString &target);
    ~ScratchFile();
    Q_DISABLE_COPY_MOVE(ScratchFile)

    bool isValid() const { return !m_path.isEmpty(); }
    QString fileName() const { return m_path; }   ///< its path; empty when it could not be created
    QString errorString() const { return m_error; } ///< why it could not be created
    void remove(); ///< removes it now rather than at destruction

    /// Whether `name` (without a folder) has the form of a scratch file of the target named `targetName`.
    static bool isScratchName(const QString &name, const QString &targetName);
    /// Removes what killed saves of `target` left: files whose name isScratchName() (never a
    /// symbolic link or a folder) last modified before this process started, so never the scratch
    /// file of a save this process is running. A file that cannot be removed (still open in
    /// another process, on Windows) stays. Returns how many were removed.
    static int removeStale(const QString &target);

private:
    QString m_path;
    QString m_error;
};

} // namespace rd
