# SPDX-FileCopyrightText: 2026 The Restore Designer contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The translations/up_to_date test: refreshes copies of the catalogues with lupdate from the current
# sources, exactly as `cmake --build <build> --target update_translations` would refresh the real
# ones, then checks the copies with tst_catalogues. A user-visible string added, changed or removed
# since the catalogues were last refreshed and translated shows up there as unfinished or vanished.
#
# Arguments (-D): GENERATE_PROJECT (Qt's script writing lupdate's project file), PROJECT_IN,
# PROJECT_FILE, LUPDATE, TS_DIR (translations/), WORK_DIR (scratch), CHECK (tst_catalogues).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT_FILE}
                        -P "${GENERATE_PROJECT}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write lupdate's project file ${PROJECT_FILE}")
endif()
file(GLOB catalogues "${TS_DIR}/*.ts")
file(COPY ${catalogues} DESTINATION "${WORK_DIR}")
file(GLOB copies "${WORK_DIR}/*.ts")
execute_process(COMMAND "${LUPDATE}" -project "${PROJECT_FILE}" -locations none -ts ${copies}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "RD_TS_DIR=${WORK_DIR}" "${CHECK}" everyMessageIsTranslated
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the catalogues are not up to date with the sources: run "
                        "`cmake --build <build> --target update_translations` and translate what it adds")
endif()
