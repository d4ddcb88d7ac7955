# Fails when a user-visible string has no translation: runs lupdate over the sources into a copy
# of each .ts file and looks for entries that are new or unfinished.
# Inputs: LUPDATE, SOURCES_FILE (one path per line), TS_FILES (;-list), WORK_DIR.
cmake_policy(SET CMP0057 NEW)   # if(... IN_LIST ...) under cmake -P
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
# PLURAL_TS_FILES: the source language, which needs only its plural forms.
foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    set(extra)
    if(ts IN_LIST PLURAL_TS_FILES)
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${extra} "@${SOURCES_FILE}" -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ "${copy}" content)
    # Entities such as &amp; hold semicolons, which CMake lists would split on.
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${content}")
    if(count GREATER 0)
        set(failed TRUE)
        message(SEND_ERROR "${name}: ${count} untranslated string(s). Run 'cmake --build <build> --target update_translations', then translate them in Qt Linguist:")
        foreach(entry IN LISTS missing)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
            string(REPLACE "<semicolon>" ";" text "${text}")
            string(REPLACE "\n" " " text "${text}")
            message("    ${text}")
        endforeach()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Translations are incomplete.")
endif()
message(STATUS "Translations complete: ${TS_FILES}")
