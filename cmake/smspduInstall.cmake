# SPDX-License-Identifier: MIT
# Install rules: headers, the exported target smspdu::smspdu and an
# architecture-independent package under share/cmake/smspdu, so that
# find_package(smspdu CONFIG) works from an install tree and from this build tree.
include(CMakePackageConfigHelpers)

set(SMSPDU_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/smspdu"
    CACHE STRING "Where smspduConfig.cmake is installed, relative to the prefix")

install(TARGETS smspdu EXPORT smspduTargets)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/smspdu"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/smspdu")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/smspduConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/smspduConfig.cmake"
  INSTALL_DESTINATION "${SMSPDU_INSTALL_CMAKEDIR}")
# 0.x releases may break the API between minor versions, so a request for 0.1
# accepts 0.1.z only. This becomes SameMajorVersion at 1.0.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/smspduConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)

# pkg-config: Cflags only, in share/ because nothing in it depends on the
# architecture (as nlohmann_json installs nlohmann_json.pc).
set(SMSPDU_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where smspdu.pc is installed, relative to the prefix")
file(RELATIVE_PATH SMSPDU_PC_PREFIX_FROM_PCFILEDIR
     "/prefix/${SMSPDU_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" SMSPDU_PC_PREFIX_FROM_PCFILEDIR "${SMSPDU_PC_PREFIX_FROM_PCFILEDIR}")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(SMSPDU_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(SMSPDU_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/smspdu.pc.in" "${PROJECT_BINARY_DIR}/smspdu.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/smspdu.pc" DESTINATION "${SMSPDU_INSTALL_PKGCONFIGDIR}")

install(FILES "${PROJECT_BINARY_DIR}/smspduConfig.cmake"
              "${PROJECT_BINARY_DIR}/smspduConfigVersion.cmake"
        DESTINATION "${SMSPDU_INSTALL_CMAKEDIR}")
install(EXPORT smspduTargets
        NAMESPACE smspdu::
        DESTINATION "${SMSPDU_INSTALL_CMAKEDIR}")
export(EXPORT smspduTargets
       NAMESPACE smspdu::
       FILE "${PROJECT_BINARY_DIR}/smspduTargets.cmake")
