# SPDX-License-Identifier: MIT
# Conan 2 recipe for smspdu, header-only. Shaped after conan-center-index
# docs/package_templates/header_only/all/conanfile.py and recipes/magic_enum.
# Build and test from a checkout with `conan create packaging/conan`;
# packaging/README.md says how to turn it into a conan-center-index recipe.
import os
import re

from conan import ConanFile
from conan.errors import ConanException
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir

required_conan_version = ">=2.0"

# This recipe lives in packaging/conan/ of the smspdu sources.
SOURCE_ROOT = os.path.join("..", "..")


class SmspduConan(ConanFile):
    name = "smspdu"
    description = ("Header-only, allocation-free, constexpr SMS PDU (3GPP TS 23.040) and "
                   "GSM 7-bit/UCS-2 (TS 23.038) codecs")
    license = "MIT"
    url = "https://github.com/smspdu/smspdu"
    homepage = "https://github.com/smspdu/smspdu"
    topics = ("sms", "pdu", "gsm", "3gpp", "header-only", "constexpr")
    package_type = "header-library"
    # CMake needs settings to configure; package_id() drops them, so one
    # package serves every configuration.
    settings = "os", "arch", "compiler", "build_type"
    no_copy_source = True

    def set_version(self):
        # The version has one home, include/smspdu/version.hpp (as in
        # cmake/smspduVersion.cmake); Conan calls this when the recipe is exported.
        header = load(self, os.path.join(self.recipe_folder, SOURCE_ROOT,
                                         "include", "smspdu", "version.hpp"))
        parts = []
        for part in ("MAJOR", "MINOR", "PATCH"):
            match = re.search(r"^#define SMSPDU_VERSION_%s (\d+)$" % part, header, re.MULTILINE)
            if not match:
                raise ConanException("SMSPDU_VERSION_%s not found in version.hpp" % part)
            parts.append(match.group(1))
        self.version = ".".join(parts)

    # The sources are two levels above the recipe, where exports_sources patterns
    # (matched inside the recipe folder) cannot reach; hence the method form.
    def export_sources(self):
        root = os.path.join(self.recipe_folder, SOURCE_ROOT)
        for pattern in ("include/*", "cmake/*", "CMakeLists.txt", "LICENSE"):
            copy(self, pattern, src=root, dst=self.export_sources_folder)

    def layout(self):
        cmake_layout(self)

    def package_id(self):
        self.info.clear()

    def validate(self):
        if self.settings.compiler.get_safe("cppstd"):
            check_min_cppstd(self, 17)

    def generate(self):
        tc = CMakeToolchain(self)
        tc.cache_variables["SMSPDU_BUILD_TESTS"] = False
        tc.cache_variables["SMSPDU_BUILD_EXAMPLES"] = False
        tc.cache_variables["SMSPDU_BUILD_BENCHMARKS"] = False
        tc.cache_variables["SMSPDU_BUILD_FUZZERS"] = False
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()

    def package(self):
        # The same install rules as every other consumer (cmake/smspduInstall.cmake);
        # Conan makes its own CMake and pkg-config files (package_info), so the
        # installed ones go, and the licence moves to licenses/.
        cmake = CMake(self)
        cmake.install()
        rmdir(self, os.path.join(self.package_folder, "share"))
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "smspdu")
        self.cpp_info.set_property("cmake_target_name", "smspdu::smspdu")
        self.cpp_info.set_property("pkg_config_name", "smspdu")
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
