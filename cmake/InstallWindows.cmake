# Windows (included by Install.cmake): entente.exe with its icon, Qt's libraries and plugins
# beside it (windeployqt) and SQLite's DLL; CPack's NSIS installer registers .entente (see
# Packaging.cmake). With ENTENTE_PACKAGE the program opens no console window; development
# builds keep one, for the command line's output.
configure_file(${PROJECT_SOURCE_DIR}/resources/windows/entente.rc.in
    ${PROJECT_BINARY_DIR}/entente.rc @ONLY)
target_sources(entente PRIVATE ${PROJECT_BINARY_DIR}/entente.rc)
if(ENTENTE_PACKAGE)
    set_target_properties(entente PROPERTIES WIN32_EXECUTABLE TRUE)
endif()
install(TARGETS entente RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
entente_install_qt_deployment()
# FindSQLite3 imports SQLite without its DLL, so windeployqt and TARGET_RUNTIME_DLLS miss it:
# vcpkg and the official builds put it in the bin folder beside the include folder.
find_file(ENTENTE_SQLITE_DLL NAMES sqlite3.dll
    HINTS ${SQLite3_INCLUDE_DIRS}/../bin NO_DEFAULT_PATH)
if(ENTENTE_SQLITE_DLL)
    install(FILES ${ENTENTE_SQLITE_DLL} DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
