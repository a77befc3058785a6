# Strict Qt definitions on one interface target (STYLE.md practice 8).
add_library(lianxin_strict_qt INTERFACE)
target_compile_definitions(lianxin_strict_qt INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
target_link_libraries(lianxin_strict_qt INTERFACE lianxin_warnings)
