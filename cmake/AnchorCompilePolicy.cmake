# One interface target carries the compile policy; every product target links it PRIVATE (so it
# does not leak into tests through the libraries). Tests link anchor_test_policy: the same rules,
# except that string literals may become QStrings (QT_RESTRICTED_CAST_FROM_ASCII) so data tables
# stay readable.
add_library(anchor_common_policy INTERFACE)
target_compile_features(anchor_common_policy INTERFACE cxx_std_20)
target_compile_definitions(anchor_common_policy INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # 6.4 spells it _BEFORE; 6.5+ reads _UP_TO. Both mean: no API deprecated by 6.4.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ANCHOR_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(anchor_common_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)
    if(ANCHOR_WERROR)
        target_compile_options(anchor_common_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(anchor_common_policy INTERFACE /W4 /permissive- /utf-8)
    if(ANCHOR_WERROR)
        target_compile_options(anchor_common_policy INTERFACE /WX)
    endif()
endif()

add_library(anchor_compile_policy INTERFACE)
target_link_libraries(anchor_compile_policy INTERFACE anchor_common_policy)
target_compile_definitions(anchor_compile_policy INTERFACE QT_NO_CAST_FROM_ASCII)

add_library(anchor_test_policy INTERFACE)
target_link_libraries(anchor_test_policy INTERFACE anchor_common_policy)
target_compile_definitions(anchor_test_policy INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(anchor_test_policy INTERFACE -Wno-missing-field-initializers)
endif()
