#!/usr/bin/env bash
# The .oxt on a clerk's machine: a minimal Debian 12 root holding only libreoffice-writer and
# python3-uno (for the test driver) — no compiler, no -dev package, no spdlog, no ICU of ours.
# Installs the .oxt into a profile on which the office never ran (the trap of a first start that
# drops the extension, docs/extension.md), starts the office and runs the service through
# tests/office/test_extension.py: 检查报告 and 填充合计 on real documents.
#   bare_machine.sh OXT TESTS_DIR [TEST-NAME…]
# Needs root (chroot, mounts). The root file system is made once with mmdebstrap (≈1 min, from
# Debian's mirror) and kept as a tarball in $NIANBAO_CACHE (default /var/cache/nianbao).
# NIANBAO_BARE_ARCH=arm64: an arm64 root whose office runs under qemu-user through binfmt_misc
# (scripts/test-arm64-office.sh; ≈6 min to make the root, minutes to run).
# Exit 77 (ctest: skipped) when not root.
set -euo pipefail
oxt=$(readlink -f "$1")
tests=$(readlink -f "$2")
shift 2
if [ "$(id -u)" -ne 0 ]; then
    echo "bare_machine: needs root (chroot); skipped"
    exit 77
fi
selected=("$@")
if [ ${#selected[@]} -eq 0 ]; then
    selected=(test_service_check_points_at_the_wrong_cells test_fill_writes_totals_and_nothing_else_and_one_undo_restores
              test_dispatch_check_and_fill test_real_template_after_typing_figures test_check_text_matches_the_cli
              test_compare_with_last_years_report test_template_ships_in_the_extension)
fi

arch=${NIANBAO_BARE_ARCH:-amd64}
case $arch in
    amd64) triplet=x86_64-linux-gnu ;;
    arm64) triplet=aarch64-linux-gnu ;;
    *) echo "bare_machine: unknown architecture $arch"; exit 2 ;;
esac
registered_binfmt=""
if [ "$arch" = arm64 ] && [ "$(uname -m)" != aarch64 ]; then
    # Register qemu-aarch64 with the kernel (flag F: found inside the chroot too) if it is not.
    mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
        [ -f /usr/lib/binfmt.d/qemu-aarch64.conf ] || { echo "bare_machine: qemu-user-static is missing"; exit 1; }
        cat /usr/lib/binfmt.d/qemu-aarch64.conf >/proc/sys/fs/binfmt_misc/register
        registered_binfmt=yes
    fi
fi

cache=${NIANBAO_CACHE:-/var/cache/nianbao}
mkdir -p "$cache"
# arm64: the GUI-less build of the same office (the maintainer scripts of the GUI libraries take
# tens of minutes under qemu); the component and its loading are the same.
packages=libreoffice-writer,python3-uno
[ "$arch" = amd64 ] || packages=libreoffice-writer-nogui,python3-uno
tarball="$cache/bare-bookworm-$arch-$(echo "$packages" | tr , +).tar"
if [ ! -s "$tarball" ]; then
    command -v mmdebstrap >/dev/null || { echo "bare_machine: mmdebstrap is missing (scripts/install-deps.sh)"; exit 1; }
    echo "bare_machine: making the bare root once: $tarball"
    start=$(date +%s)
    # Essential packages plus exactly these two and what they depend on (no Recommends).
    timeout 3600 mmdebstrap --quiet --variant=essential --format=tar --dpkgopt=force-unsafe-io --arch="$arch" --include="$packages" bookworm "$tarball.part" \
        "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main"
    mv "$tarball.part" "$tarball"
    echo "bare_machine: root made in $(( $(date +%s) - start )) s ($(du -h "$tarball" | cut -f1))"
fi

work=$(mktemp -d /tmp/nianbao-bare.XXXXXX)
root="$work/root"
cleanup() {
    for m in "$root/dev" "$root/proc"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    rm -rf --one-file-system "$work"
    if [ -n "$registered_binfmt" ]; then echo -1 >/proc/sys/fs/binfmt_misc/qemu-aarch64; fi
}
trap cleanup EXIT
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

# What the clerk's machine lacks is the point: say so before the test, from the root itself.
for absent in /usr/bin/c++ /usr/bin/g++ /usr/include/spdlog /usr/include/unicode; do
    if [ -e "$root$absent" ]; then echo "bare_machine: $absent exists in the bare root"; exit 1; fi
done
if chroot "$root" sh -c 'ls /usr/lib/'"$triplet"'/ | grep -q "^libspdlog\|^libfmt"'; then
    echo "bare_machine: the bare root has libspdlog or libfmt"; exit 1
fi

mkdir -p "$root/nianbao/tests"
cp "$oxt" "$root/nianbao/nianbao.oxt"
mkdir -p "$root/nianbao/tests/oxt"
cp -r "$tests/office" "$tests/data" "$root/nianbao/tests/"
cp "$tests/oxt/extension_registered.py" "$root/nianbao/tests/oxt/"
chmod -R a+rX "$root/nianbao"
echo "bare_machine: $(chroot "$root" uname -m), $(chroot "$root" dpkg-query -W -f '${Package} ${Version}\n' ${packages//,/ } | tr '\n' ' ')" \
     "$(chroot "$root" dpkg-query -W -f '.\n' | wc -l) packages"
# office.sh installs the .oxt as an unprivileged user into a profile the office has never used,
# then starts the office (restarting after the first start's exit 81) and runs the driver.
timeout 1800 chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp \
    bash /nianbao/tests/office/office.sh /nianbao/nianbao.oxt sh -c \
    '/usr/bin/python3 /nianbao/tests/oxt/extension_registered.py /nianbao/tests/data/samples/zezhou-zhujian-2023.txt &&
     exec /usr/bin/python3 /nianbao/tests/office/test_extension.py "$@"' sh "${selected[@]}"
