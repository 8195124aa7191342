// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// A data or log file of the database (`sys.database_files`): logical name, physical path.
struct DataFile
{
    QString name;        ///< logical name; references are case-insensitive
    QString path;        ///< physical path on the server, e.g. c:\data\imoltp_data1.mdf
    qint64 sizeBytes = 0; ///< bytes, ≥ 0

    bool operator==(const DataFile &) const = default;
};

} // namespace rd
