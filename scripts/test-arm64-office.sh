#!/usr/bin/env bash
# Before a release: nianbao.oxt in Debian 12's real arm64 LibreOffice, emulated by qemu-user.
# A bare arm64 root (libreoffice-writer and python3-uno only) is made once with mmdebstrap
# (≈6 min under qemu, kept in /var/cache/nianbao); then the .oxt is installed there and the
# service is driven as on x86-64 (tests/oxt/bare_machine.sh): several minutes, all emulated.
#   scripts/test-arm64-office.sh [OXT]   (default build/nianbao.oxt; as root)
# Write the result and the date into docs/extension.md ("Where it runs").
set -euo pipefail
cd "$(dirname "$0")/.."
oxt=${1:-build/nianbao.oxt}
[ $# -eq 0 ] || shift   # the rest: test names (default: bare_machine.sh's selection)
if [ "$(id -u)" -ne 0 ]; then echo "test-arm64-office: run as root (chroot, binfmt_misc)"; exit 1; fi
# mmdebstrap checks with arch-test that arm64 programs can run here.
command -v arch-test >/dev/null || apt-get install -y -qq --no-install-recommends arch-test >/dev/null
start=$(date +%s)
NIANBAO_BARE_ARCH=arm64 tests/oxt/bare_machine.sh "$oxt" tests "$@"
echo "test-arm64-office: passed in $(( $(date +%s) - start )) s on $(date -u +%Y-%m-%d)"
