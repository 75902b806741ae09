# The English plural catalogue: translations/bitext_en.ts (numerus messages only, kept
# up to date by translations/update.sh) compiled with Qt LinguistTools and embedded in
# bitext_core as :/i18n/bitext_en.qm, so the GUI, the command line and the tests all
# say "1 quote" / "2 quotes". Included from models/CMakeLists.txt: the custom commands
# must live in the directory of the target that embeds their output. Any other
# translations/bitext_LANG.ts is embedded the same way.
file(GLOB BITEXT_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
set(BITEXT_I18N_DIR ${CMAKE_CURRENT_BINARY_DIR}/i18n)
set_source_files_properties(${BITEXT_TS_FILES} PROPERTIES OUTPUT_LOCATION ${BITEXT_I18N_DIR})
if(BITEXT_QT_MAJOR EQUAL 6)
    qt6_add_lrelease(bitext_core TS_FILES ${BITEXT_TS_FILES} QM_FILES_OUTPUT_VARIABLE BITEXT_QM_FILES)
else()
    qt5_add_translation(BITEXT_QM_FILES ${BITEXT_TS_FILES})
endif()

set(_qrc ${BITEXT_I18N_DIR}/bitext_translations.qrc)
set(_entries "")
foreach(_qm ${BITEXT_QM_FILES})
    get_filename_component(_name ${_qm} NAME)
    string(APPEND _entries "    <file>${_name}</file>\n")
endforeach()
file(CONFIGURE OUTPUT ${_qrc} CONTENT
"<!DOCTYPE RCC>
<RCC version=\"1.0\">
  <qresource prefix=\"/i18n\">
${_entries}  </qresource>
</RCC>
")
# Not AUTORCC: qt_add_resources makes the rcc step depend on the generated .qm files.
if(BITEXT_QT_MAJOR EQUAL 6)
    qt6_add_resources(BITEXT_I18N_SOURCES ${_qrc})
else()
    qt5_add_resources(BITEXT_I18N_SOURCES ${_qrc})
endif()
set_source_files_properties(${BITEXT_I18N_SOURCES} PROPERTIES SKIP_AUTOGEN ON)
target_sources(bitext_core PRIVATE ${BITEXT_I18N_SOURCES})
