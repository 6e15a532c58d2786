#!/usr/bin/env python3
"""Compiles every source file of the project once as Windows sees it, syntax only.

Nothing here runs on Windows, and the Windows build in the GitHub workflow is the real test.
This catches, on Linux and in seconds per file, what only the Windows preprocessor view shows:
code under Q_OS_WIN that does not compile, a Windows header or function used wrongly, an include
that Linux gets by accident. clang with --target=x86_64-w64-windows-gnu reads MinGW-w64's C and
C++ headers (Debian: g++-mingw-w64-x86-64-posix) and Qt's own headers, whose platform choices
follow the compiler's _WIN32.

    python3 .ci/windows_syntax_check.py BUILD_DIR      (a build configured with
                                                        CMAKE_EXPORT_COMPILE_COMMANDS=ON)
"""
import concurrent.futures
import glob
import json
import os
import shlex
import subprocess
import sys

build = sys.argv[1] if len(sys.argv) > 1 else "build"
gcc = sorted(glob.glob("/usr/lib/gcc/x86_64-w64-mingw32/*-posix/include"))
if not gcc:
    sys.exit("windows_syntax_check: MinGW-w64's C++ headers are missing (apt install g++-mingw-w64-x86-64-posix)")
cxx = gcc[-1] + "/c++"
source = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))


def command_for(entry):
    args = shlex.split(entry["command"])
    out = []
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT"):
            skip = True
            continue
        if a in ("-c", "-MD", "-fPIC", "-g") or a.startswith("-O") or a.startswith("-fsanitize") or a == entry["file"]:
            continue
        out.append(a)
    if not any(a.startswith("-std=") for a in out):
        out.append("-std=gnu++20")  # as MSVC is told by CMake (/std:c++20); GCC needs no flag for 17
    return ["clang++", "--target=x86_64-w64-windows-gnu", "-fsyntax-only", "-Wno-unused-command-line-argument",
            "-nostdinc++", "-isystem", cxx, "-isystem", cxx + "/x86_64-w64-mingw32", "-isystem", cxx + "/backward"] \
        + out + [entry["file"]]


def check(entry):
    r = subprocess.run(command_for(entry), capture_output=True, text=True, cwd=entry["directory"])
    return entry["file"], r.returncode, r.stderr


entries = [e for e in json.load(open(os.path.join(build, "compile_commands.json")))
           if os.path.realpath(e["file"]).startswith(source + "/") and "/autogen/" not in e["file"]
           and "_autogen" not in e["file"] and "/.rcc/" not in e["file"]
           # Built only on Unix (CMake says so): libFuzzer targets and the benchmarks.
           and "/tests/fuzz/" not in e["file"] and "/tests/bench/" not in e["file"]]
failed = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    for file, code, errors in pool.map(check, entries):
        if code != 0:
            failed += 1
            print(f"windows_syntax_check: {os.path.relpath(file, source)} does not compile for Windows:\n{errors}")
print(f"windows_syntax_check: {len(entries) - failed} of {len(entries)} files compile for Windows")
sys.exit(1 if failed else 0)
