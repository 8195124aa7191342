# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# rd_rfc2822_date(OUT ISO_DATE): "2026-12-03" → "Thu, 03 Dec 2026 00:00:00 +0000", the date form
# of a Debian changelog entry. string(TIMESTAMP) formats only "now", which it takes from
# SOURCE_DATE_EPOCH when that is set, so the date's Unix time is computed (days since 1970-01-01,
# Howard Hinnant's days_from_civil) and passed that way for the one call.
function(rd_rfc2822_date out iso)
    if(NOT iso MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "RD_RELEASE_DATE must be a date like 2026-12-03, not \"${iso}\"")
    endif()
    math(EXPR y "${CMAKE_MATCH_1}")
    # "1" prefixed and 100 taken off: math() might read a leading zero ("08") as octal.
    math(EXPR m "1${CMAKE_MATCH_2} - 100")
    math(EXPR d "1${CMAKE_MATCH_3} - 100")
    if(m LESS 1 OR m GREATER 12 OR d LESS 1 OR d GREATER 31 OR y LESS 1970)
        message(FATAL_ERROR "RD_RELEASE_DATE \"${iso}\" is not a date from 1970 on")
    endif()
    if(m LESS_EQUAL 2)
        math(EXPR y "${y} - 1")
        math(EXPR mp "${m} + 9")
    else()
        math(EXPR mp "${m} - 3")
    endif()
    math(EXPR era "${y} / 400")
    math(EXPR yoe "${y} - ${era} * 400")
    math(EXPR doy "(153 * ${mp} + 2) / 5 + ${d} - 1")
    math(EXPR doe "${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + ${doy}")
    math(EXPR days "${era} * 146097 + ${doe} - 719468")
    math(EXPR seconds "${days} * 86400")
    set(saved "$ENV{SOURCE_DATE_EPOCH}")
    set(ENV{SOURCE_DATE_EPOCH} ${seconds})
    string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
    if(saved STREQUAL "")
        unset(ENV{SOURCE_DATE_EPOCH})
    else()
        set(ENV{SOURCE_DATE_EPOCH} "${saved}")
    endif()
    set(${out} "${date}" PARENT_SCOPE)
endfunction()
