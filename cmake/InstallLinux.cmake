# Linux and the other Unix desktops (included by Install.cmake): the program in bin, and under
# share what the desktop reads: the menu entry, the icons in the hicolor theme, the AppStream
# metainfo of software centres, and the MIME type of .entente files.
install(TARGETS entente RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(entente_linux ${PROJECT_SOURCE_DIR}/resources/linux)
install(FILES ${entente_linux}/${ENTENTE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${entente_linux}/${ENTENTE_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${entente_linux}/${ENTENTE_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${ENTENTE_APP_ID}.xml)
set(entente_icons ${PROJECT_SOURCE_DIR}/resources/icons)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${entente_icons}/entente-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${ENTENTE_APP_ID}.png)
endforeach()
install(FILES ${entente_icons}/entente.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${ENTENTE_APP_ID}.svg)
