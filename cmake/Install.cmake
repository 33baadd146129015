# What `cmake --install` puts where, for the program alone (no tests, benchmarks or fuzz
# targets): on Linux the FHS layout with the desktop entry, icons, AppStream metainfo and MIME
# type; on macOS an app bundle and on Windows a folder, each with Qt's libraries deployed beside
# the program. Its resources (schema, bundled timeline, icons) are compiled in, so the program
# reads nothing from the source or build tree.
include(GNUInstallDirs)

set(ENTENTE_APP_ID org.entente.Entente)
option(ENTENTE_PACKAGE
    "Build the program as installed from a package: a bundle on macOS, no console on Windows" OFF)

# Qt's deployment tool (macdeployqt, windeployqt), run by `cmake --install` on the installed
# program. Qt 6.5 renamed the option that names the script.
function(entente_install_qt_deployment)
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET entente FILENAME_VARIABLE script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET entente OUTPUT_SCRIPT script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${script})
endfunction()

if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/InstallMacOS.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/InstallWindows.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/InstallLinux.cmake)
endif()
