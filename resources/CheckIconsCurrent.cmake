# The ctest resources_icons_current: draws every icon (and icons.qrc) again
# with scripts/draw-icons.py into SCRATCH and fails unless resources/icons
# holds exactly those files with exactly those bytes.
#   cmake -DPYTHON=python3 -DSCRIPT=scripts/draw-icons.py -DICONS=resources/icons
#         -DSCRATCH=/tmp/drawn -P CheckIconsCurrent.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var PYTHON SCRIPT ICONS SCRATCH)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckIconsCurrent.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE ${SCRATCH})
execute_process(COMMAND ${PYTHON} ${SCRIPT} ${SCRATCH} RESULT_VARIABLE drawn)
if(NOT drawn EQUAL 0)
    message(FATAL_ERROR "${SCRIPT} failed (${drawn})")
endif()

file(GLOB expected RELATIVE ${SCRATCH} ${SCRATCH}/*)
file(GLOB committed RELATIVE ${ICONS} ${ICONS}/*)
set(problems)
foreach(name IN LISTS expected)
    if(NOT name IN_LIST committed)
        list(APPEND problems "missing: ${name} (the script draws it: commit it)")
    else()
        execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${SCRATCH}/${name} ${ICONS}/${name}
            RESULT_VARIABLE differs)
        if(NOT differs EQUAL 0)
            list(APPEND problems "differs: ${name} (change the script and run it, not the file)")
        endif()
    endif()
endforeach()
foreach(name IN LISTS committed)
    if(NOT name IN_LIST expected)
        list(APPEND problems "extra: ${name} (the script does not draw it)")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "resources/icons is not what scripts/draw-icons.py draws:\n  ${text}\n"
                        "Run: python3 scripts/draw-icons.py")
endif()
file(REMOVE_RECURSE ${SCRATCH})
list(LENGTH expected count)
message(STATUS "${count} files, each as the script writes it")
