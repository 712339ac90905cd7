#!/usr/bin/env bash
# Installs what nianbao needs to build and test on Debian 12 (run as root or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake pkg-config ca-certificates \
    libicu-dev libboost-dev libspdlog-dev \
    libgtest-dev libgmock-dev libbenchmark-dev \
    python3 valgrind \
    libreoffice-writer libreoffice-dev python3-uno fonts-noto-cjk fonts-noto-cjk-extra fonts-arphic-ukai \
    xvfb locales poppler-utils >/dev/null
# tests/office/locale_install.sh installs the extension under zh_CN.UTF-8 too.
locale -a 2>/dev/null | grep -qix 'zh_CN.utf8' || $SUDO localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
echo "nianbao: dependencies installed"
