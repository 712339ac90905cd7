# The Debian package: `cpack -G DEB` in the build directory makes nianbao_<version>_<arch>.deb of
# everything the install() rules of the tree install (the CLI and whatever the CLI's directory
# adds, its private libnianbao-core, the .oxt and the templates) plus the documents below. No list
# of files here: a new install() rule anywhere is packaged as it is.
# Layout (prefix /usr):
#   bin/nianbao                          lib/nianbao/libnianbao-core.so.<SOVERSION>  (private)
#   share/nianbao/nianbao.oxt            share/nianbao/templates/*.ott|.dotx|.docx
#   share/nianbao/samples/*.txt          share/doc/nianbao/ (README, docs/, copyright)
# Why the .oxt is a file under /usr/share/nianbao and not an unpacked bundled extension under
# /usr/lib/libreoffice/share/extensions/: that directory turns the extension on for every user of
# the machine and ties this package to LibreOffice's internal layout and version; a supervising
# office installing the CLI may have no LibreOffice at all. Adding it to the office stays the
# user's step (`unopkg add /usr/share/nianbao/nianbao.oxt`, README).

# Bundled reports, so that `nianbao check` can be tried (and is tested, tests/deb/) right after
# installing. Not under /usr/share/doc, which minimal systems drop (dpkg path-exclude).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/tests/data/samples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/nianbao/samples
        FILES_MATCHING PATTERN "*.txt")
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/BENCHMARKS.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/license.txt DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME nianbao)
set(CPACK_PACKAGE_VENDOR "The nianbao team")
set(CPACK_PACKAGE_CONTACT "The nianbao team <nianbao@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks and fills government-information disclosure annual reports (年报)")
set(CPACK_PACKAGE_DESCRIPTION
    "nianbao checks China's government-information disclosure annual reports\n(政府信息公开工作年度报告) before they are published: the six sections, the\nthree statistical tables of the 2021 national format (and the 2019 trial format)\nand every sum the tables must satisfy. It reads text, HTML and the layouts real\nreports arrive in, names each finding in Chinese with the numbers, and fills\nthe totals.\n\nThis package holds the nianbao command, its private library, the standard\nreport template and the LibreOffice Writer extension as a file\n(/usr/share/nianbao/nianbao.oxt) that each user may add with unopkg.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # nianbao_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/nianbao")
# Depends: computed by dpkg-shlibdeps from what the binaries need; it follows the CLI's
# $ORIGIN RUNPATH to the private library inside the package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The .oxt is only useful with Writer, and the CLI's `template -o *.docx` converts through it.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer (>= 1:7.4)")
include(CPack)
