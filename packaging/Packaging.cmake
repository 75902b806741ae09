# Desktop integration, installation and the Debian package. Included from the top-level
# CMakeLists.txt (which includes GNUInstallDirs before the targets). `cmake --install`
# puts everything in the standard places; `cpack` (or `cpack --preset release`) builds
# the .deb from the same install rules.

set(BITEXT_APP_ID app.bitext.Bitext)
set(_packaging ${CMAKE_CURRENT_LIST_DIR})
set(_generated ${PROJECT_BINARY_DIR}/packaging)
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/bitext) # Debian's place, whatever the project is called

# The newest release is the top entry of packaging/changelog: it must be this version (a
# release gets its changelog entry), and its date dates the AppStream release.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_packaging}/changelog ${_packaging}/bitext.1)
file(STRINGS ${_packaging}/changelog _changelog)
list(GET _changelog 0 _top)
if(NOT _top MATCHES "^bitext \\(([^)]+)\\)" OR NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "packaging/changelog starts with '${_top}': add an entry for version ${PROJECT_VERSION}")
endif()
list(FILTER _changelog INCLUDE REGEX "^ -- ")
list(GET _changelog 0 _trailer)
# `date -R`: "Sun, 29 Nov 2026 12:00:00 +0000"
if(NOT _trailer MATCHES "  [A-Z][a-z][a-z], ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "packaging/changelog: no date like `date -R` in '${_trailer}'")
endif()
set(_day ${CMAKE_MATCH_1})
set(_year ${CMAKE_MATCH_3})
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND _months "${CMAKE_MATCH_2}" _month)
math(EXPR _month "${_month} + 1")
if(_month LESS 10)
    set(_month 0${_month})
endif()
set(BITEXT_RELEASE_DATE "${_year}-${_month}-${_day}")
configure_file(${_packaging}/${BITEXT_APP_ID}.metainfo.xml.in ${_generated}/${BITEXT_APP_ID}.metainfo.xml @ONLY)

# Debian wants the changelog and man page compressed with gzip -9n (no time stamp, so the
# package is reproducible).
find_program(BITEXT_GZIP gzip REQUIRED)
foreach(_file changelog bitext.1)
    execute_process(COMMAND ${BITEXT_GZIP} -9 -n -c ${_packaging}/${_file}
                    OUTPUT_FILE ${_generated}/${_file}.gz COMMAND_ERROR_IS_FATAL ANY)
endforeach()

install(FILES ${_packaging}/${BITEXT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_generated}/${BITEXT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/bitext.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${BITEXT_APP_ID}.svg)
install(FILES ${_packaging}/${BITEXT_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${BITEXT_APP_ID}.xml)
install(FILES ${_generated}/bitext.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_packaging}/copyright ${_generated}/changelog.gz DESTINATION ${_docdir})

# A stripped binary keeps the compiler's .comment section; drop it as dh_strip does.
install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
        execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/bitext\" COMMAND_ERROR_IS_FATAL ANY)
    endif()")

# A sanitizer build (BITEXT_SANITIZE, CI's Qt 6 build) is for tests only: never installed
# or packaged, its binary needs ASan's runtime and runs at a third of the speed.
if(BITEXT_SANITIZE)
    install(CODE "message(FATAL_ERROR \"this is a sanitizer build (BITEXT_SANITIZE=ON): install or package a release build\")")
endif()

# --- the Debian package --------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bitext)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Bitext developers")
set(CPACK_PACKAGE_CONTACT "The Bitext developers <maintainers@bitext.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotation tool for Chinese/English transcripts")
set(CPACK_PACKAGE_DESCRIPTION
    "Bitext imports transcripts of talks, interviews and podcasts in Chinese and
English (Markdown articles, speaker turns, plain lines, outlines, SubRip and
WebVTT subtitles, legacy Chinese encodings) and shows them side by side with a
speaker timeline. Quotes can be highlighted in either language, tagged with a
codebook and annotated with Markdown notes; the library can be searched in
both scripts and exported as Markdown, HTML, CSV, PDF, ODT, W3C Web
Annotations or a REFI-QDA project. The bitext command line does the same
without a display and prints JSON.")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # bitext_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries bitext links come from dpkg-shlibdeps (Qt SVG brings the SVG icon engine
# with it); Qt loads the SQLite driver as a plugin, so it is named by hand. The
# PostgreSQL driver plugin is recommended: only a team library on a server needs it. So
# are the player's GStreamer decoders and sound output (Qt Multimedia loads them at run time).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(BITEXT_QT_MAJOR EQUAL 6)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, fonts-noto-cjk, qt6-translations-l10n, qt6-wayland, gstreamer1.0-plugins-good, gstreamer1.0-libav, gstreamer1.0-pulseaudio")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt5sql5-sqlite")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt5sql5-psql, fonts-noto-cjk, qttranslations5-l10n, qtwayland5, libqt5multimedia5-plugins, gstreamer1.0-plugins-good, gstreamer1.0-libav, gstreamer1.0-pulseaudio")
endif()
include(CPack)
