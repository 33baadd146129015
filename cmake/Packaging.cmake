# CPack (scripts/package.sh, the package preset): a .deb on Linux, a .dmg on macOS, an NSIS
# installer on Windows, each of what cmake/Install.cmake installs.
set(CPACK_PACKAGE_NAME Entente)
set(CPACK_PACKAGE_VENDOR "The Entente developers")
set(CPACK_PACKAGE_CONTACT "The Entente developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Entente)
set(CPACK_PACKAGE_EXECUTABLES entente Entente)
set(CPACK_STRIP_FILES ON)
# Values reach the NSIS script as written here, with one level of CMake escapes.
set(CPACK_VERBATIM_VARIABLES ON)

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Entente)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/entente.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/entente.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\entente.exe")
    set(CPACK_NSIS_DISPLAY_NAME Entente)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Double-clicking a .entente file runs `entente.exe FILE`; Explorer is told to look again.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR ".entente" "" "Entente.Timeline"
  WriteRegStr HKCR ".entente" "Content Type" "application/x-entente"
  WriteRegStr HKCR "Entente.Timeline" "" "Entente timeline"
  WriteRegStr HKCR "Entente.Timeline\DefaultIcon" "" "$INSTDIR\bin\entente.exe,0"
  WriteRegStr HKCR "Entente.Timeline\shell\open\command" "" '"$INSTDIR\bin\entente.exe" "%1"'
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCR "Entente.Timeline"
  ReadRegStr $0 HKCR ".entente" ""
  StrCmp $0 "Entente.Timeline" 0 +2
    DeleteRegKey HKCR ".entente"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
]])
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [[Timeline viewer for conflict diplomacy
 Entente shows who met whom, which agreement followed which attack, what was said, and
 where each fact comes from, on a zoomable time axis in lanes by actor.]])
    # The libraries come from dpkg-shlibdeps; Qt's platform plugins (xcb, offscreen) are
    # loaded at run time, so no library names their package.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS qt6-qpa-plugins)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
endif()

include(CPack)
