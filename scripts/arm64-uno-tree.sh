#!/usr/bin/env bash
# Makes (once) and prints an unpacked tree of Debian's arm64 UNO runtime libraries, of the same
# version as the installed amd64 LibreOffice: what the arm64 component links against and what
# its load test runs with (docs/extension.md, "arm64"). The UNO packages are not Multi-Arch, so
# they are unpacked into a private tree instead of being installed.
#   arm64-uno-tree.sh [BASE]   (BASE: /var/cache/nianbao when it has the tree or is writable, else .)
# Needs the arm64 package lists (dpkg --add-architecture arm64; apt-get update): install-deps.sh.
set -euo pipefail
version=$(dpkg-query -W -f '${Version}' libreoffice-core)
tree="uno-arm64-${version//[:~]/_}"
base=${1:-}
if [ -z "$base" ]; then
    # The shared cache when it has the tree (install-deps.sh made it as root) or can get it.
    if [ -f "/var/cache/nianbao/$tree/.complete" ] || { mkdir -p /var/cache/nianbao 2>/dev/null && [ -w /var/cache/nianbao ]; }; then
        base=/var/cache/nianbao
    else
        base=$(pwd)
    fi
fi
root="$base/$tree"
if [ ! -f "$root/.complete" ]; then
    rm -rf "$root" "$root.debs"
    mkdir -p "$root.debs"
    chown _apt "$root.debs" 2>/dev/null || true  # apt downloads as _apt where it can
    (cd "$root.debs" && apt-get download -q=2 \
        "libuno-cppu3:arm64=$version" "libuno-sal3:arm64=$version" \
        "libuno-cppuhelpergcc3-3:arm64=$version" "libuno-salhelpergcc3-3:arm64=$version" \
        "uno-libs-private:arm64=$version" "libreoffice-dev:arm64=$version") >&2
    for d in "$root.debs"/*.deb; do dpkg-deb -x "$d" "$root"; done
    rm -rf "$root.debs"
    touch "$root/.complete"
fi
echo "$root"
