#!/usr/bin/env bash
# Installs what nianbao needs to build and test on Debian 12 (run as root or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Boost 1.81 (not Debian's default 1.74): Boost.JSON needs ≥ 1.75. Its headers replace 1.74's.
$SUDO apt-get remove -y -qq libboost-dev libboost1.74-dev >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake pkg-config ca-certificates \
    libicu-dev libspdlog-dev \
    libboost1.81-dev libboost-program-options1.81-dev libboost-json1.81-dev libboost-filesystem1.81-dev \
    libpoppler-cpp-dev libxlsxwriter-dev libzip-dev libminizip-dev \
    libgtest-dev libgmock-dev libbenchmark-dev \
    python3 valgrind \
    libreoffice-writer libreoffice-calc libreoffice-dev python3-uno fonts-noto-cjk fonts-noto-cjk-extra fonts-arphic-ukai \
    xvfb locales poppler-utils mmdebstrap >/dev/null
# man -l: cli_tests renders the generated man page nianbao.1 (groff-base comes with it).
$SUDO apt-get install -y -qq --no-install-recommends man-db >/dev/null
# The Chinese UI of LibreOffice: the office tests look at the 年报检查 panel in zh-CN and en-US
# (tests/office/gui_dispatch.sh, NIANBAO_OFFICE_UI_LOCALE; screenshots in docs/extension.md).
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-l10n-zh-cn >/dev/null
# tests/office/locale_install.sh installs the extension under zh_CN.UTF-8 too.
locale -a 2>/dev/null | grep -qix 'zh_CN.utf8' || $SUDO localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
# The arm64 half of nianbao.oxt (docs/extension.md, "arm64"): a cross compiler, qemu to run the
# arm64 load test, and the arm64 glibc/libstdc++/zlib and spdlog/fmt headers from Debian's
# Multi-Arch packages (they install beside the amd64 ones). Without these the build makes an
# x86-64-only .oxt.
$SUDO apt-get install -y -qq --no-install-recommends crossbuild-essential-arm64 qemu-user-static >/dev/null
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    $SUDO dpkg --add-architecture arm64
    $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends libspdlog-dev:arm64 libfmt-dev:arm64 zlib1g:arm64 >/dev/null
# Debian's arm64 UNO libraries of the installed LibreOffice's version, unpacked once under
# /var/cache/nianbao (they are not Multi-Arch, so they are not installed).
$SUDO "$(dirname "$0")/arm64-uno-tree.sh" >/dev/null
echo "nianbao: dependencies installed"
