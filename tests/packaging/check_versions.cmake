# SPDX-License-Identifier: MIT
# The version has one home, include/smspdu/version.hpp. This checks that every
# other place that states it agrees:
#   packaging/vcpkg/smspdu/vcpkg.json        "version"
#   packaging/conan/conanfile.py             what its set_version() computes
#   <PREFIX>/<PKGCONFIGDIR>/smspdu.pc        Version:
#   <PREFIX>/<CMAKEDIR>/smspduConfigVersion.cmake   PACKAGE_VERSION
#   CLI --version                            "smspdu X.Y.Z" (when CLI is given)
#   README.md                                every GIT_TAG vX.Y.Z and Conan reference
#                                            smspdu/X.Y.Z; find_package(smspdu X.Y)
#                                            requests must accept the version
#
#   cmake -DSOURCE_DIR=<repo> -DPREFIX=<staged install> -DCMAKEDIR=<rel> -DPKGCONFIGDIR=<rel>
#         -DPYTHON=<python3> [-DCLI=<smspdu executable>] -P check_versions.cmake
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
include("${SOURCE_DIR}/cmake/smspduVersion.cmake")

smspdu_read_version("${SOURCE_DIR}/include/smspdu/version.hpp" version)
message("version.hpp: ${version}")
set(mismatches "")
function(expect_version where actual)
  message("${where}: ${actual}")
  if(NOT "${actual}" STREQUAL "${version}")
    set(mismatches "${mismatches}\n  ${where} says '${actual}'" PARENT_SCOPE)
  endif()
endfunction()

file(READ "${SOURCE_DIR}/packaging/vcpkg/smspdu/vcpkg.json" vcpkg_json)
string(JSON vcpkg_version GET "${vcpkg_json}" version)
expect_version("packaging/vcpkg/smspdu/vcpkg.json" "${vcpkg_version}")

smspdu_inspect_conan_recipe(conan_json)
string(JSON conan_version GET "${conan_json}" version)
expect_version("packaging/conan/conanfile.py" "${conan_version}")

set(pc_file "${PREFIX}/${PKGCONFIGDIR}/smspdu.pc")
file(STRINGS "${pc_file}" pc_version REGEX "^Version: ")
string(REGEX REPLACE "^Version: *" "" pc_version "${pc_version}")
expect_version("${pc_file}" "${pc_version}")

set(config_version_file "${PREFIX}/${CMAKEDIR}/smspduConfigVersion.cmake")
file(STRINGS "${config_version_file}" config_version REGEX "^set\\(PACKAGE_VERSION \"")
string(REGEX REPLACE "^set\\(PACKAGE_VERSION \"([^\"]*)\"\\)$" "\\1" config_version "${config_version}")
expect_version("${config_version_file}" "${config_version}")

if(DEFINED CLI)
  smspdu_run(cli_output "${CLI}" --version)
  if(cli_output MATCHES "^smspdu (.*)$")
    expect_version("smspdu --version" "${CMAKE_MATCH_1}")
  else()
    expect_version("smspdu --version" "(unexpected output) ${cli_output}")
  endif()
endif()

# README.md: snippets that name a version must name this one.
file(READ "${SOURCE_DIR}/README.md" readme)
string(REGEX MATCHALL "GIT_TAG v[0-9.]+|smspdu/[0-9]+\\.[0-9]+\\.[0-9]+" stated "${readme}")
foreach(mention IN LISTS stated)
  string(REGEX REPLACE "^(GIT_TAG v|smspdu/)" "" mentioned "${mention}")
  expect_version("README.md: ${mention}" "${mentioned}")
endforeach()
# A request X.Y is accepted by the version file (cmake/smspduInstall.cmake):
# same major, not newer, and while 0.x the same minor too.
string(REGEX MATCHALL "find_package\\(smspdu [0-9.]+" requests "${readme}")
string(REGEX MATCH "^([0-9]+)\\.([0-9]+)" _ "${version}")
set(major "${CMAKE_MATCH_1}")
set(minor "${CMAKE_MATCH_2}")
foreach(request IN LISTS requests)
  string(REGEX REPLACE "^find_package\\(smspdu " "" requested "${request}")
  string(REGEX MATCH "^([0-9]+)(\\.([0-9]+))?" _ "${requested}")
  message("README.md: ${request})")
  if(requested VERSION_GREATER version OR NOT CMAKE_MATCH_1 EQUAL major
     OR (major EQUAL 0 AND NOT "${CMAKE_MATCH_3}" STREQUAL minor))
    set(mismatches "${mismatches}\n  README.md: ${request}) does not accept ${version}")
  endif()
endforeach()

if(mismatches)
  message(FATAL_ERROR "these disagree with include/smspdu/version.hpp (${version}):${mismatches}")
endif()
