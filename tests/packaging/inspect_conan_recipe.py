#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the parts of a Conan 2 recipe that need no Conan, and prints what they
set as JSON, for tests/packaging/*.cmake to check.

Conan is not installed here (nor on PyPI-less CI machines), so `conan` and the
few conan.tools functions the recipe imports are replaced by recording stubs.
Every file named on the command line is parsed first (ast), so a syntax error
in the recipe or its test_package fails the test.

  inspect_conan_recipe.py [--export-to DIR] <recipe conanfile.py> [<other conanfile.py>...]

With --export-to, the recipe's export_sources() runs too and copies what it
exports into DIR, as `conan export` copies it into the cache.
"""
import ast
import fnmatch
import json
import os
import re
import shutil
import sys
import types


class _Recorder:
    """Stand-in for cpp_info, info and CMakeToolchain: keeps what is set."""

    def __init__(self):
        self.properties = {}
        self.cache_variables = {}
        self.cleared = False

    def set_property(self, name, value):
        self.properties[name] = value

    def clear(self):
        self.cleared = True

    def generate(self):
        pass


_toolchain = _Recorder()


def _load(_conanfile, path, encoding="utf-8"):
    with open(path, encoding=encoding) as f:
        return f.read()


def _copy(_conanfile, pattern, src, dst):
    """conan.tools.files.copy: files below src whose path relative to src
    matches pattern (fnmatch, so * also crosses folders), to the same place below dst."""
    copied = []
    for folder, _dirs, files in os.walk(src):
        for file in files:
            relative = os.path.relpath(os.path.join(folder, file), src)
            if fnmatch.fnmatch(relative.replace(os.sep, "/"), pattern):
                os.makedirs(os.path.join(dst, os.path.dirname(relative)), exist_ok=True)
                shutil.copy2(os.path.join(folder, file), os.path.join(dst, relative))
                copied.append(relative)
    return copied


def _install_stubs():
    def module(name, **attributes):
        stub = types.ModuleType(name)
        stub.__dict__.update(attributes)
        sys.modules[name] = stub

    def unused(*_args, **_kwargs):
        raise AssertionError("not expected outside Conan")

    module("conan", ConanFile=object)
    module("conan.errors", ConanException=Exception)
    module("conan.tools")
    module("conan.tools.build", check_min_cppstd=unused, can_run=unused)
    module("conan.tools.cmake", CMake=unused, CMakeToolchain=lambda _conanfile: _toolchain,
           cmake_layout=unused)
    module("conan.tools.files", copy=_copy, load=_load, rmdir=unused)


def _recipe_class(path):
    namespace = {"__file__": path, "__name__": "conanfile"}
    exec(compile(open(path, encoding="utf-8").read(), path, "exec"), namespace)
    classes = [v for v in namespace.values()
               if isinstance(v, type) and v is not object and re.search(r"Conan$", v.__name__)]
    if len(classes) != 1:
        raise SystemExit("%s: expected one recipe class, found %d" % (path, len(classes)))
    return classes[0], namespace


def main(arguments):
    export_to = None
    if arguments[:1] == ["--export-to"]:
        export_to, arguments = arguments[1], arguments[2:]
    paths = arguments
    for path in paths:
        ast.parse(open(path, encoding="utf-8").read(), path)
    _install_stubs()
    recipe, namespace = _recipe_class(paths[0])

    conanfile = recipe()
    conanfile.recipe_folder = os.path.dirname(os.path.abspath(paths[0]))
    if hasattr(recipe, "set_version"):
        conanfile.set_version()
    if export_to:
        conanfile.export_sources_folder = export_to
        conanfile.export_sources()
    conanfile.generate()
    conanfile.info = _Recorder()
    conanfile.package_id()
    conanfile.cpp_info = _Recorder()
    conanfile.package_info()

    print(json.dumps({
        "name": getattr(recipe, "name", None),
        "version": getattr(conanfile, "version", None),
        "license": getattr(recipe, "license", None),
        "package_type": getattr(recipe, "package_type", None),
        "required_conan_version": namespace.get("required_conan_version"),
        "cache_variables": _toolchain.cache_variables,
        "info_cleared": conanfile.info.cleared,
        "properties": conanfile.cpp_info.properties,
        "bindirs": getattr(conanfile.cpp_info, "bindirs", None),
        "libdirs": getattr(conanfile.cpp_info, "libdirs", None),
    }, indent=2))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
