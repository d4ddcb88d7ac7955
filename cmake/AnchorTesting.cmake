# anchor_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI] [KEYRING])
# Builds a Qt Test executable, links the layer under test, registers it with CTest.
# GUI suites run on the offscreen platform so they need no display. KEYRING suites run inside a
# private D-Bus session with their own unlocked gnome-keyring (tests/support/with-keyring.sh).
function(anchor_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE anchor_test_policy Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        ANCHOR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        ANCHOR_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QT_LOGGING_RULES=*.debug=false;ANCHOR_TEST_BIN_DIR=${CMAKE_BINARY_DIR}/app;ANCHOR_PLUGIN_DIR=${ANCHOR_PLUGIN_BUILD_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    else()
        list(APPEND env "QT_QPA_PLATFORM=minimal")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
endfunction()
