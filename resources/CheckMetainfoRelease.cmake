# The ctest resources_metainfo_release: the AppStream metainfo's newest
# release (the first <release> element) is the project's VERSION, so a
# version bump cannot ship with stale metadata.
#   cmake -DMETAINFO=cn.lianxin.Workstation.metainfo.xml -DVERSION=0.1.0 -P CheckMetainfoRelease.cmake
cmake_minimum_required(VERSION 3.25)
file(READ ${METAINFO} text)
if(NOT text MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO} has no <release version=...>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}'s newest release is ${CMAKE_MATCH_1}, the project's VERSION is ${VERSION}: "
                        "add a <release> for ${VERSION} at the top of <releases>")
endif()
