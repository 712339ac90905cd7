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
    xvfb >/dev/null
echo "nianbao: dependencies installed"
