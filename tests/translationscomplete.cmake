# The translations are complete: lupdate, run over app/ and core/ into a copy of each .ts file,
# finds no text unfinished (a new or changed text nobody translated yet). For English only the
# plural forms are translated. Run by CTest as translations_complete:
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P translationscomplete.cmake
set(failures "")
foreach(language de nl uk en)
    set(ts ${SOURCE_DIR}/resources/translations/entente_${language}.ts)
    set(copy ${WORK_DIR}/entente_${language}.ts)
    file(COPY_FILE ${ts} ${copy})
    set(only_plurals "")
    if(language STREQUAL "en")
        set(only_plurals -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${only_plurals} -recursive
                ${SOURCE_DIR}/app ${SOURCE_DIR}/core -ts ${copy}
        RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts}: ${errors}")
    endif()
    file(READ ${copy} text)
    # Each unfinished message: its source text, for the message below.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\""
           unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(TRANSFORM unfinished REPLACE "^<source>([^<]*)</source>.*" "“\\1”")
        list(JOIN unfinished ", " texts)
        string(APPEND failures
               "\nentente_${language}.ts: ${count} text(s) not translated: ${texts}")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "Translations are missing (cmake --build build --target "
            "update_translations, then translate them in Qt Linguist):${failures}")
endif()
message(STATUS "Every text is translated into German, Dutch and Ukrainian.")
