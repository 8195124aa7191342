// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>

namespace rd {

/// Unicode's bidirectional formatting characters (UAX #9): the marks ALM, LRM and RLM, the
/// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069. In a script or a report they
/// make an editor or terminal show text in another order than a program reads it ("Trojan Source",
/// CVE-2021-42574), so text written for people or for SQL Server never carries them raw.
inline bool isBidiControl(char16_t u)
{
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

/// Characters that can end a line, or other control characters: C0, DEL and C1 (U+009B starts a
/// terminal escape sequence as ESC [ does), the line and paragraph separators U+2028 and U+2029,
/// and the bidirectional controls (isBidiControl).
inline bool isLineBreakOrControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || isBidiControl(u);
}

} // namespace rd
