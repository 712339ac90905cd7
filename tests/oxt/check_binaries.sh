#!/usr/bin/env bash
# Checks every binary in an .oxt against what a clerk's machine has: LibreOffice, glibc and
# libstdc++, nothing else (issue 15).  check_binaries.sh OXT
#  - NEEDED only from the allow-list below (our own core library ships beside the component);
#  - RUNPATH/RPATH absent or exactly $ORIGIN (no build directories);
#  - the ELF machine matches the platform folder (linux_x86_64, linux_aarch64);
#  - no glibc, libstdc++ (GLIBCXX, CXXABI) or UNO (LIBO_UDK) symbol version newer than the
#    minimum docs/extension.md and description.xml promise, and no LibreOffice-private symbol;
#  - manifest.xml and description.xml name exactly the platform folders present.
# Exit 1 with one line per problem.
set -euo pipefail
oxt=$(readlink -f "$1")

# What the binaries may need. The first group ships in the .oxt; the UNO runtime is in every
# LibreOffice; the rest is glibc, libstdc++ and libgcc, which LibreOffice itself needs.
allowed="libnianbao-core.so.0
libuno_cppuhelpergcc3.so.3 libuno_cppu.so.3 libuno_sal.so.3 libuno_salhelpergcc3.so.3
libstdc++.so.6 libgcc_s.so.1 libc.so.6 libm.so.6 ld-linux-x86-64.so.2 ld-linux-aarch64.so.1"
# The newest symbol versions allowed: the minimum versions of docs/extension.md ("Where it runs").
max_glibc=2.33
max_glibcxx=3.4.29
max_cxxabi=1.3.9
max_udk=7.4   # LIBO_UDK_x.y: no UNO function newer than the declared minimum office (measured: 4.4)

work=$(mktemp -d /tmp/nianbao-oxt-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(".")' "$oxt"

problems=0
problem() { echo "check_binaries: $*"; problems=$((problems + 1)); }
# version_gt A B: A is a newer dotted version than B.
version_gt() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1)" = "$1" ]; }

platforms=$(find . -mindepth 1 -maxdepth 1 -type d -name 'linux_*' -printf '%f\n' | sort)
[ -n "$platforms" ] || problem "no platform folder (linux_x86_64/, linux_aarch64/) in $oxt"
count=0
for platform in $platforms; do
    case $platform in
        linux_x86_64) machine="X86-64" ;;
        linux_aarch64) machine="AArch64" ;;
        *) problem "$platform/: unknown platform folder"; continue ;;
    esac
    for f in nianbao.components nianbao_uno.so libnianbao-core.so.0; do
        [ -f "$platform/$f" ] || problem "$platform/$f is missing"
    done
    grep -q "application/vnd.sun.star.uno-components;platform=[^\"]*\" manifest:full-path=\"$platform/nianbao.components\"" \
        META-INF/manifest.xml || problem "META-INF/manifest.xml has no components entry for $platform/"
    grep -Eq "<platform value=\"([a-z0-9_]+,)*$platform(,[a-z0-9_]+)*\"" description.xml \
        || problem "description.xml does not list $platform"
    while IFS= read -r -d '' so; do
        count=$((count + 1))
        readelf -h "$so" | grep -q "Machine:.*$machine" || problem "$so is not a $machine binary"
        dynamic=$(readelf -d "$so")
        for lib in $(sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' <<<"$dynamic"); do
            grep -qw -- "$lib" <<<"$allowed" || problem "$so needs $lib, which LibreOffice, glibc and libstdc++ do not provide"
        done
        while read -r path; do
            [ "$path" = '$ORIGIN' ] || problem "$so has RUNPATH/RPATH '$path' (only \$ORIGIN is allowed)"
        done < <(sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p' <<<"$dynamic")
        # The version-needs section: every symbol version the binary requires of each library.
        versions=$(readelf -W -V "$so" | sed -n 's/.*Name: \(\(GLIBC\|GLIBCXX\|CXXABI\|LIBO_UDK\|PRIVATE\)_[0-9][0-9.]*\).*/\1/p' | sort -u)
        for v in $versions; do
            name=${v%_*}; number=${v##*_}
            case $name in
                GLIBC) limit=$max_glibc ;; GLIBCXX) limit=$max_glibcxx ;;
                CXXABI) limit=$max_cxxabi ;; LIBO_UDK) limit=$max_udk ;;
                PRIVATE) problem "$so uses LibreOffice-internal symbols ($v): they change with every release"; continue ;;
            esac
            if version_gt "$number" "$limit"; then
                problem "$so needs $v, newer than the documented minimum ${name}_$limit"
            fi
        done
    done < <(find "$platform" -type f -name '*.so*' -print0)
done
# Binaries outside the platform folders would be loaded by no one, or by the wrong architecture.
while IFS= read -r -d '' f; do
    case $f in ./linux_*/*) ;; *) readelf -h "$f" >/dev/null 2>&1 && problem "$f: a binary outside the platform folders" ;; esac
done < <(find . -type f -print0)
[ "$count" -gt 0 ] || problem "no binary found in $oxt"
if [ "$problems" -gt 0 ]; then exit 1; fi
echo "check_binaries: $count binaries in $(basename "$oxt") ($(echo $platforms | tr ' ' ,)): only LibreOffice, glibc and libstdc++ needed, RUNPATH \$ORIGIN"
