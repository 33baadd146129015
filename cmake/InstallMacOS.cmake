# macOS (included by Install.cmake): with ENTENTE_PACKAGE, Entente.app with its icon and the
# .entente document type in its Info.plist, and Qt deployed into it by macdeployqt; CPack's
# DragNDrop generator puts it in a .dmg. Development builds stay a plain program, as the
# scripts expect.
if(NOT ENTENTE_PACKAGE)
    install(TARGETS entente RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    return()
endif()
set(entente_icns ${PROJECT_SOURCE_DIR}/resources/icons/entente.icns)
target_sources(entente PRIVATE ${entente_icns})
set_source_files_properties(${entente_icns} TARGET_DIRECTORY entente
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(entente PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME Entente
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/resources/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${ENTENTE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Entente
    MACOSX_BUNDLE_ICON_FILE entente.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
install(TARGETS entente BUNDLE DESTINATION .)
entente_install_qt_deployment()
