# The translations: complete .ts files that match the embedded .qm files, and the window in German
# and Spanish.
callscope_add_test(tst_translations
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LIBS callscope_gui)
target_compile_definitions(tst_translations PRIVATE
    CALLSCOPE_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")

# Every string in the sources has its translation: lupdate over the sources into copies of the
# .ts files finds nothing unfinished.
add_test(NAME translations_cover_the_sources
         COMMAND bash ${PROJECT_SOURCE_DIR}/translations/update.sh --check)
set_tests_properties(translations_cover_the_sources PROPERTIES
    ENVIRONMENT "LUPDATE=$<TARGET_FILE:Qt6::lupdate>")
