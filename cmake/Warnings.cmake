# Warning flags for every target of ours (never for generated protobuf code).
add_library(lianxin_warnings INTERFACE)
target_compile_options(lianxin_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
if(LIANXIN_WERROR)
    target_compile_options(lianxin_warnings INTERFACE -Werror)
endif()
