# Desktop integration and CPack. Included from the top-level CMakeLists.txt.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/bitext.desktop DESTINATION share/applications RENAME app.bitext.Bitext.desktop)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/bitext.svg DESTINATION share/icons/hicolor/scalable/apps
        RENAME app.bitext.Bitext.svg)

configure_file(${CMAKE_CURRENT_LIST_DIR}/app.bitext.Bitext.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/app.bitext.Bitext.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/app.bitext.Bitext.metainfo.xml DESTINATION share/metainfo)

set(CPACK_PACKAGE_NAME "bitext")
set(CPACK_PACKAGE_VENDOR "Bitext")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "bitext-${PROJECT_VERSION}-qt${BITEXT_QT_MAJOR}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_GENERATOR "TGZ")
include(CPack)
