// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// Why a dbatools export could not be read as JSON or CliXML (DbatoolsJsonParser,
/// DbatoolsCliXmlParser), and where a text editor finds it.
struct DbatoolsParseError
{
    QString message;
    int line = 0;   ///< 1-based; 0 = the file as a whole
    int column = 0; ///< 1-based character column; 0 = the line as a whole
    QString field;  ///< the property the value belongs to, when known ("FirstLSN")
};

} // namespace rd
