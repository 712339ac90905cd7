#!/usr/bin/env bash
# The .deb as a Debian user gets it (issue 13): `cpack -G DEB` in the build directory, the
# package's name, version, contents and computed Depends, then `apt-get install ./nianbao_*.deb`
# on a clean Debian 12 root (chroot) and `nianbao check` on a bundled sample there, run as an
# unprivileged user.
#   deb_install.sh BUILD_DIR VERSION SOVERSION
# Needs root (chroot, mounts); exit 77 (ctest: skipped) otherwise. The clean root is made once per
# set of dependencies with mmdebstrap (essential packages, apt, and exactly what the package's
# Depends pull in, ≈1 min from Debian's mirror) and kept as a tarball in $NIANBAO_CACHE (default
# /var/cache/nianbao), as tests/oxt/bare_machine.sh does; a package whose Depends miss a library
# the CLI needs fails here, since the root has nothing else.
set -euo pipefail
build=$(readlink -f "$1"); version=$2; soversion=$3
if [ "$(id -u)" -ne 0 ]; then echo "deb_install: needs root (chroot); skipped"; exit 77; fi
arch=$(dpkg --print-architecture)
work=$(mktemp -d /tmp/nianbao-deb.XXXXXX)
root="$work/root"
cleanup() {
    for m in "$root/dev" "$root/proc"; do mountpoint -q "$m" 2>/dev/null && umount -l "$m"; done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
fail() { echo "deb_install: FAIL: $*"; exit 1; }

# 1. The package, from the build directory as the README says.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >cpack.log 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb="$work/out/nianbao_${version}_${arch}.deb"
[ -f "$deb" ] || fail "no $(basename "$deb") in: $(ls "$work/out")"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), project version $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "deb_install: $(basename "$deb") ($(du -h "$deb" | cut -f1)), Depends: $depends"
dpkg-deb -x "$deb" "$work/x"
lib="$work/x/usr/lib/nianbao/libnianbao-core.so.$soversion"
for f in usr/bin/nianbao "usr/lib/nianbao/libnianbao-core.so.$soversion" usr/share/nianbao/nianbao.oxt \
         usr/share/nianbao/templates/nianbao-report-2021.ott usr/share/nianbao/samples/zhanhe-zhujian-2024.txt \
         usr/share/doc/nianbao/copyright usr/share/doc/nianbao/json-output.md \
         usr/share/man/man1/nianbao.1 usr/share/bash-completion/completions/nianbao; do
    [ -e "$work/x/$f" ] || fail "/$f is not in the package"
done
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libnianbao-core.so.$soversion" ] || fail "SONAME '$soname', want libnianbao-core.so.$soversion"
oxt_version=$(python3 -c 'import sys, zipfile, re
d = zipfile.ZipFile(sys.argv[1]).read("description.xml").decode()
print(re.search(r"<version value=\"([^\"]*)\"", d).group(1))' "$work/x/usr/share/nianbao/nianbao.oxt")
[ "$oxt_version" = "$version" ] || fail "the .oxt's description.xml says version $oxt_version, the project $version"
# The package's own library is found through the CLI's RUNPATH, never through a system path.
readelf -d "$work/x/usr/bin/nianbao" | grep -q "RUNPATH.*\[\$ORIGIN/../lib/nianbao\]" || fail "the CLI's RUNPATH is not \$ORIGIN/../lib/nianbao"

# 2. A clean Debian 12 root with the package's dependencies (package names of Depends, first
# alternative, without versions: apt checks the versions when it installs the .deb).
packages=$(echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep . | sort -u | paste -sd, -)
cache=${NIANBAO_CACHE:-/var/cache/nianbao}
mkdir -p "$cache"
tarball="$cache/deb-bookworm-$arch-$(echo "$packages" | sha256sum | cut -c1-12).tar"
if [ ! -s "$tarball" ]; then
    command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing (scripts/install-deps.sh)"
    echo "deb_install: making the clean root once ($packages): $tarball"
    start=$(date +%s)
    timeout 1800 mmdebstrap --quiet --variant=apt --format=tar --dpkgopt=force-unsafe-io --arch="$arch" \
        --include="$packages" bookworm "$tarball.part" \
        "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main"
    mv "$tarball.part" "$tarball"
    echo "deb_install: root made in $(( $(date +%s) - start )) s ($(du -h "$tarball" | cut -f1))"
fi
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
for absent in /usr/bin/nianbao /usr/bin/c++ /usr/include/boost /usr/include/zip.h; do
    [ ! -e "$root$absent" ] || fail "$absent exists in the clean root"
done

# 3. Install as a user would; apt refuses a .deb whose Depends the root does not satisfy.
cp "$deb" "$root/tmp/"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install ./$(basename "$deb") failed on the clean root"; }
[ "$(chroot "$root" dpkg-query -W -f '${Version}' nianbao)" = "$version" ] || fail "dpkg does not list nianbao $version"

# 4. The bundled sample, checked by an unprivileged user: a published report whose prose says it
# received no request while its table 3 counts 7 (exit 1: error-level findings).
status=0
chroot --userspec=65534:65534 "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp \
    nianbao check /usr/share/nianbao/samples/zhanhe-zhujian-2024.txt >"$work/check.out" 2>&1 || status=$?
cat "$work/check.out"
[ "$status" -eq 1 ] || fail "nianbao check exited $status, want 1"
grep -qF "未收到政府信息公开申请。”，但表三「一、本年新收政府信息公开申请数量」总计为 7 件" "$work/check.out" \
    || fail "the no-requests finding is not in the output"
chroot --userspec=65534:65534 "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp \
    nianbao check --format json /usr/share/nianbao/samples/zhanhe-zhujian-2024.txt >"$work/check.json" 2>&1 || true
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
assert d[0]["format"] == "2021" and any(f["rule"] == "text/no-requests-claim" for f in d[0]["findings"]), d' "$work/check.json" \
    || fail "the JSON output is not what docs/json-output.md says"
echo "deb_install: PASS: $(basename "$deb") installs on a clean Debian 12 ($(chroot "$root" dpkg-query -W -f '.\n' | wc -l) packages) and checks the bundled sample"
