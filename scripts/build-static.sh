#!/bin/bash
# Builds renja the way it is installed for speed: optimised, as one static executable (the
# Swift runtime, Foundation, libxml2 and libxml2's ICU, zlib and liblzma, jemalloc) in
# .build-static so that the everyday builds keep their own flags:
#   scripts/build-static.sh [PRODUCT...]     (default: renja; binaries in .build-static/release/)
# Why: a fresh process then starts without the dynamic loader (no relocation of ~95,000
# pointers, no mapping of libxml2 and ICU): 5.4 M instructions and ~500 page faults fewer per
# run, about 2 ms here, and the binary runs where libxml2 is not installed. The price: fixed
# addresses for its code (docs/performance.md). glibc's linker warns that a static binary
# still needs the shared NSS modules for user and host look-ups (getpwuid, getaddrinfo);
# renja makes none, so those lines are dropped.
# jemalloc (Debian's libjemalloc-dev, static) replaces glibc's malloc: a build allocates and
# frees millions of small strings and arrays, and glibc's malloc was 18% of a generated
# project's instructions (_int_malloc, _int_free, malloc_consolidate). With jemalloc: 5-7%
# fewer instructions, about a fifth less CPU time in a batch (docs/performance.md). Listed
# before libc, its malloc, free, realloc... are the ones the linker takes.
set -euo pipefail
cd "$(dirname "$0")/.."
# libxml2's static dependencies, as pkg-config names them, each handed to the linker; ICU is C++.
libraries="$(pkg-config --static --libs-only-l libxml-2.0 | sed 's/-l/-Xlinker -l/g') -Xlinker -ljemalloc"
for product in "${@:-renja}"; do
    # shellcheck disable=SC2086  # $libraries is a list of flags
    swift build -c release --static-swift-stdlib -Xswiftc -static-executable $libraries -Xlinker -lstdc++ \
        --scratch-path .build-static --product "$product" 2>&1 \
        | { grep -v -e 'in statically linked applications requires at runtime' -e "the use of \`mktemp' is dangerous" || true; }
done
