# SPDX-License-Identifier: MIT
# vcpkg port of smspdu, a header-only library: one release configuration, no
# binaries. Shaped after microsoft/vcpkg ports/magic-enum and ports/frozen.
# packaging/README.md says how to submit it to microsoft/vcpkg.
set(VCPKG_BUILD_TYPE release)

# Overlay testing from a checkout (vcpkg install smspdu
# --overlay-ports=packaging/vcpkg): this port sits in packaging/vcpkg/smspdu/
# of the smspdu sources, so build those. A port in microsoft/vcpkg has no such
# tree around it and downloads the release tag; delete this branch there.
get_filename_component(smspdu_checkout "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(EXISTS "${smspdu_checkout}/include/smspdu/version.hpp")
  set(SOURCE_PATH "${smspdu_checkout}")
else()
  # REF: the release tag, v${VERSION} (VERSION is "version" in vcpkg.json).
  # SHA512: of GitHub's archive of that tag. With 0, vcpkg fails and prints the
  # actual hash; or compute it (for version X.Y.Z):
  #   curl -L https://github.com/smspdu/smspdu/archive/vX.Y.Z.tar.gz | sha512sum
  vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO smspdu/smspdu
    REF "v${VERSION}"
    SHA512 0
    HEAD_REF main
  )
endif()

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    -DSMSPDU_BUILD_TESTS=OFF
    -DSMSPDU_BUILD_EXAMPLES=OFF
    -DSMSPDU_BUILD_BENCHMARKS=OFF
    -DSMSPDU_BUILD_FUZZERS=OFF
)
vcpkg_cmake_install()
# smspduInstall.cmake installs the package config in share/cmake/smspdu; vcpkg
# wants it in share/smspdu.
vcpkg_cmake_config_fixup(PACKAGE_NAME smspdu CONFIG_PATH share/cmake/smspdu)
vcpkg_fixup_pkgconfig()

# Header-only: nothing belongs in debug/. The licence, which smspduInstall.cmake
# puts in share/doc/smspdu, goes to share/smspdu/copyright in vcpkg's layout.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug" "${CURRENT_PACKAGES_DIR}/share/doc")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
