# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Writes the manual page restore-designer.1.gz from the program's own --help (in English), so the
# page lists exactly the commands and options the program has. Run by packaging/CMakeLists.txt:
#   cmake -DBINARY=… -DVERSION=… -DDATE=… -DHOMEPAGE=… -DGZIP=… -DOUT=…/restore-designer.1.gz -P manpage.cmake
foreach(variable BINARY VERSION DATE HOMEPAGE GZIP OUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage.cmake needs -D${variable}=…")
    endif()
endforeach()

execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= ${BINARY} --help
                OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${BINARY} --help failed (${status})")
endif()
# The usage line names the program by the path it was started with (the build tree's); the
# synopsis below says it instead.
string(REGEX REPLACE "^Usage: [^\n]*\n" "" help "${help}")
# roff: a backslash is \e, a hyphen-minus \- (so copied options stay ASCII), and a line that starts
# with . or ' would be a request.
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")

string(CONCAT page
    ".TH RESTORE\\-DESIGNER 1 \"${DATE}\" \"restore\\-designer ${VERSION}\" \"User Commands\"\n"
    ".SH NAME\n"
    "restore\\-designer \\- design, check, simulate and script SQL Server piecemeal restores\n"
    ".SH SYNOPSIS\n"
    ".B restore\\-designer\n[\\fIFILE\\fR]\n.br\n"
    ".B restore\\-designer\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
    ".SH DESCRIPTION\n"
    ".nf\n${help}.fi\n"
    ".SH FILES\n"
    ".TP\n.I /usr/share/restore\\-designer/samples/imoltp\\-piecemeal.json\n"
    "The sample database and plan of the documentation, to try the commands on.\n"
    ".SH SEE ALSO\n"
    "Each command's own \\fB\\-\\-help\\fR, and ${HOMEPAGE}\n")
get_filename_component(out_dir "${OUT}" DIRECTORY)
set(plain "${out_dir}/restore-designer.1")
file(WRITE "${plain}" "${page}")
execute_process(COMMAND ${GZIP} -9nc "${plain}" OUTPUT_FILE "${OUT}" COMMAND_ERROR_IS_FATAL ANY)
