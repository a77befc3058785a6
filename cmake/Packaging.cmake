# Installation and the Debian package (docs/packaging.md).
#
#   cmake --install build --prefix DIR     the files a desk needs
#   bash scripts/package.sh                lianxin_<version>_amd64.deb, checked by lintian
#
# The binaries go to bin/, their man pages (made by help2man from each
# program's own --help, so they cannot drift from it) to share/man/man1,
# the Debian copyright and changelog to share/doc/lianxin. The desktop
# entry, icons and AppStream metainfo are installed by resources/. The
# translations are compiled into the workstation (":/i18n"), so they
# travel with the binary.
include(GNUInstallDirs)

set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS lianxin lianxin-cli lianxin-chaincode RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Man pages: one per program, from its --help and --version, in English
# (C.UTF-8), with the home folder written as ~ and no user settings read
# (XDG_CONFIG_HOME empty of them), so the page is the same
# on every machine that builds it.
find_program(LIANXIN_HELP2MAN help2man)
if(LIANXIN_HELP2MAN)
    set(lianxin_man_names
        "lianxin=trade-finance workstation for banks in a consortium ledger"
        "lianxin-cli=operator's command line for the LianXin consortium ledger"
        "lianxin-chaincode=the LianXin contracts served to Hyperledger Fabric peers")
    set(lianxin_man_pages)
    foreach(entry IN LISTS lianxin_man_names)
        string(FIND "${entry}" "=" eq)
        string(SUBSTRING "${entry}" 0 ${eq} program)
        math(EXPR after "${eq} + 1")
        string(SUBSTRING "${entry}" ${after} -1 summary)
        set(page ${CMAKE_BINARY_DIR}/man/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                    XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/man/no-settings
                    ${LIANXIN_HELP2MAN} --no-info --section=1 --name=${summary} --version-string=${PROJECT_VERSION}
                    --output=${page}
                    $<TARGET_FILE:${program}>
            COMMAND gzip -9nf ${page}
            DEPENDS ${program}
            COMMENT "help2man ${program}"
            VERBATIM)
        list(APPEND lianxin_man_pages ${page}.gz)
    endforeach()
    add_custom_target(lianxin_man_pages ALL DEPENDS ${lianxin_man_pages})
    install(FILES ${lianxin_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: no man pages (scripts/install-deps.sh installs it)")
endif()

# Debian's documentation of the package: its copyright and, a native
# package, its changelog (gzip -n: no timestamp in the archive member).
set(lianxin_changelog ${CMAKE_BINARY_DIR}/debian/changelog.gz)
add_custom_command(OUTPUT ${lianxin_changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/debian
    COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/resources/debian/changelog > ${lianxin_changelog}
    DEPENDS ${CMAKE_SOURCE_DIR}/resources/debian/changelog
    VERBATIM)
add_custom_target(lianxin_debian_changelog ALL DEPENDS ${lianxin_changelog})
install(FILES ${CMAKE_SOURCE_DIR}/resources/debian/copyright ${lianxin_changelog}
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/lianxin)

# The changelog's newest entry names the version being built.
file(STRINGS ${CMAKE_SOURCE_DIR}/resources/debian/changelog lianxin_changelog_head LIMIT_COUNT 1)
if(NOT lianxin_changelog_head MATCHES "^lianxin \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "resources/debian/changelog starts with \"${lianxin_changelog_head}\": "
                        "its newest entry must be version ${PROJECT_VERSION} (the project's VERSION)")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lianxin)
set(CPACK_PACKAGE_VENDOR "LianXin")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "trade-finance workstation for banks in a consortium ledger")
set(CPACK_PACKAGE_DESCRIPTION
    "LianXin is the desktop client of a trade-finance blockchain consortium's
member banks: domestic letters of credit, forfaiting and bank guarantees
between banks, each step signed with the bank's own identity and recorded
on a ledger that speaks Hyperledger Fabric's wire formats, with a maker and
a checker for every action, dashboards, the unified forfaiting quote board
and the consortium's governance.
.
The package holds the workstation (lianxin), the operator's command line
(lianxin-cli) and the contracts' server for Fabric peers
(lianxin-chaincode). Without a network the workstation runs on an embedded
sandbox consortium on the same machine.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME lianxin)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "LianXin developers <dev@lianxin.cn>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries from the binaries' own links (dpkg-shlibdeps); what Qt loads
# as plugins or data at run time is named by hand: the X11 platform, the
# SVG icons, Qt's own zh_CN texts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
# Chinese glyphs for the zh_CN interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
include(CPack)
