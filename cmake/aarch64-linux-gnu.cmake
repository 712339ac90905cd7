# Cross-compiling the extension's binaries for Linux arm64 on Debian amd64 (crossbuild-essential-arm64).
# Target libraries come from Debian's Multi-Arch arm64 packages under /usr/lib/aarch64-linux-gnu;
# the UNO libraries from an unpacked tree given as LO_TARGET_ROOT (scripts/arm64-uno-tree.sh).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)   # find_package(spdlog/fmt) finds the arm64 configs
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)        # cppumaker, unoidl-write, strip: host programs
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static)  # ctest runs the arm64 load test under qemu
