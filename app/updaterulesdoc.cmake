# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DBINARY=<restore-designer> -DOUT=<docs/rules.md> -P updaterulesdoc.cmake
execute_process(COMMAND "${BINARY}" rules --format markdown OUTPUT_FILE "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "restore-designer rules failed: ${result}")
endif()
