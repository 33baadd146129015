<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>entente::ActorFilterTree</name>
    <message numerus="yes">
        <location filename="../../app/window/actorfiltertree.cpp" line="131"/>
        <source>%n events without actors</source>
        <translation>
            <numerusform>%n event without actors</numerusform>
            <numerusform>%n events without actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ActorManager</name>
    <message numerus="yes">
        <location filename="../../app/window/actormanager.cpp" line="78"/>
        <source>“%1” is named in %n events.</source>
        <translation>
            <numerusform>“%1” is named in %n event.</numerusform>
            <numerusform>“%1” is named in %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleTable</name>
    <message numerus="yes">
        <location filename="../../core/store/actorroletable.cpp" line="201"/>
        <source>The role “%1” is used by %n event(s); give them another role first. Nothing was changed.</source>
        <translation>
            <numerusform>The role “%1” is used by %n event; give it another role first. Nothing was changed.</numerusform>
            <numerusform>The role “%1” is used by %n events; give them another role first. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AddEventsCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/addeventscommand.cpp" line="24"/>
        <source>Add %n Events</source>
        <translation>
            <numerusform>Add %n Event</numerusform>
            <numerusform>Add %n Events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AgreementDetailsHtml</name>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="196"/>
        <source>due %n days after the agreement</source>
        <translation>
            <numerusform>due %n day after the agreement</numerusform>
            <numerusform>due %n days after the agreement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="199"/>
        <source>due %n days after point %1 is carried out</source>
        <translation>
            <numerusform>due %n day after point %1 is carried out</numerusform>
            <numerusform>due %n days after point %1 is carried out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AgreementEditor</name>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="51"/>
        <source>%n day(s) after signing</source>
        <translation>
            <numerusform>%n day after signing</numerusform>
            <numerusform>%n days after signing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="56"/>
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::CategoryManager</name>
    <message numerus="yes">
        <location filename="../../app/window/categorymanager.cpp" line="169"/>
        <source>%n events use “%1”.</source>
        <translation>
            <numerusform>%n event uses “%1”.</numerusform>
            <numerusform>%n events use “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::CommandLine</name>
    <message numerus="yes">
        <location filename="../../app/cli/commandline.cpp" line="593"/>
        <source>events left out, undated (the format has no place for them): %n</source>
        <translation>
            <numerusform>events left out, undated (the format has no place for them): %n</numerusform>
            <numerusform>events left out, undated (the format has no place for them): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DataExportPrompt</name>
    <message numerus="yes">
        <location filename="../../app/export/dataexportprompt.cpp" line="53"/>
        <source>(%n undated events left out: the format has no place for them)</source>
        <translation>
            <numerusform>(%n undated event left out: the format has no place for it)</numerusform>
            <numerusform>(%n undated events left out: the format has no place for them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DatasetTable</name>
    <message numerus="yes">
        <location filename="../../core/io/datasettable.cpp" line="139"/>
        <source>%n lines not in UTF-8, read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n line not in UTF-8, read as Windows-1252: %1</numerusform>
            <numerusform>%n lines not in UTF-8, read as Windows-1252: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/importcommand.cpp" line="20"/>
        <source>Import %1 (%n events)</source>
        <translation>
            <numerusform>Import %1 (%n event)</numerusform>
            <numerusform>Import %1 (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportController</name>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="365"/>
        <source>%n events of the file are already in the timeline.</source>
        <translation>
            <numerusform>%n event of the file is already in the timeline.</numerusform>
            <numerusform>%n events of the file are already in the timeline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="405"/>
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Imported %n event from %1</numerusform>
            <numerusform>Imported %n events from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="38"/>
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n row cannot be imported.</numerusform>
            <numerusform>%n rows cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="39"/>
        <source>The other %n events can be.</source>
        <translation>
            <numerusform>The other %n event can be.</numerusform>
            <numerusform>The other %n events can be.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="40"/>
        <source>The file can be imported (%n events), but note:</source>
        <translation>
            <numerusform>The file can be imported (%n event), but note:</numerusform>
            <numerusform>The file can be imported (%n events), but note:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportRun</name>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="113"/>
        <source>%n rows with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>
            <numerusform>%n row with problems; nothing was imported (--skip-bad-rows imports the other rows)</numerusform>
            <numerusform>%n rows with problems; nothing was imported (--skip-bad-rows imports the other rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="120"/>
        <source>Imported %n events (%1 updated, %2 skipped) from %3</source>
        <translation>
            <numerusform>Imported %n event (%1 updated, %2 skipped) from %3</numerusform>
            <numerusform>Imported %n events (%1 updated, %2 skipped) from %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../../core/db/integritycheck.cpp" line="39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LevelColours</name>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="47"/>
        <source>%n full</source>
        <translation>
            <numerusform>%n full</numerusform>
            <numerusform>%n full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="49"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n partial</numerusform>
            <numerusform>%n partial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="51"/>
        <source>%n none</source>
        <translation>
            <numerusform>%n none</numerusform>
            <numerusform>%n none</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="53"/>
        <source>%n violated</source>
        <translation>
            <numerusform>%n violated</numerusform>
            <numerusform>%n violated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="55"/>
        <source>%n lapsed</source>
        <translation>
            <numerusform>%n lapsed</numerusform>
            <numerusform>%n lapsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="57"/>
        <source>%n not assessed</source>
        <translation>
            <numerusform>%n not assessed</numerusform>
            <numerusform>%n not assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/window/mainwindow.cpp" line="571"/>
        <source>%Ln events in %1</source>
        <translation>
            <numerusform>%Ln event in %1</numerusform>
            <numerusform>%Ln events in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::MappedCsvReader</name>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="62"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="123"/>
        <source>%1:1: the column mapping is for %n columns, the file has %2</source>
        <translation>
            <numerusform>%1:1: the column mapping is for %n column, the file has %2</numerusform>
            <numerusform>%1:1: the column mapping is for %n columns, the file has %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableText</name>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="45"/>
        <source>%n at the table</source>
        <translation>
            <numerusform>%n at the table</numerusform>
            <numerusform>%n at the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="48"/>
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::PasteEventsCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/pasteeventscommand.cpp" line="13"/>
        <source>Paste %n Events</source>
        <translation>
            <numerusform>Paste %n Event</numerusform>
            <numerusform>Paste %n Events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::PaxCoding</name>
    <message numerus="yes">
        <location filename="../../core/io/paxcoding.cpp" line="53"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeManager</name>
    <message numerus="yes">
        <location filename="../../app/window/relationtypemanager.cpp" line="148"/>
        <source>%n relations are of the type “%1”.</source>
        <translation>
            <numerusform>%n relation is of the type “%1”.</numerusform>
            <numerusform>%n relations are of the type “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RemoveEventsCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/removeeventscommand.cpp" line="16"/>
        <source>Delete %n Events</source>
        <translation>
            <numerusform>Delete %n Event</numerusform>
            <numerusform>Delete %n Events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RoleManager</name>
    <message numerus="yes">
        <location filename="../../app/agreements/rolemanager.cpp" line="121"/>
        <source>%Ln events give the role “%1”: give them another role first.</source>
        <translation>
            <numerusform>One event gives the role “%1”: give it another role first.</numerusform>
            <numerusform>%Ln events give the role “%1”: give them another role first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SearchDock</name>
    <message numerus="yes">
        <location filename="../../app/window/searchdock.cpp" line="131"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditor</name>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="219"/>
        <source>Move %n Events</source>
        <translation>
            <numerusform>Move %n Event</numerusform>
            <numerusform>Move %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="455"/>
        <source>Duplicate %n Events</source>
        <translation>
            <numerusform>Duplicate %n Event</numerusform>
            <numerusform>Duplicate %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="540"/>
        <source>Cut %n Events</source>
        <translation>
            <numerusform>Cut %n Event</numerusform>
            <numerusform>Cut %n Events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message numerus="yes">
        <location filename="../../app/timeline/axispainter.cpp" line="205"/>
        <source>%Ln undated events: see the list</source>
        <translation>
            <numerusform>%Ln undated event: see the list</numerusform>
            <numerusform>%Ln undated events: see the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineToolTips</name>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="68"/>
        <source>%n provisions today: %1</source>
        <translation>
            <numerusform>%n provision today: %1</numerusform>
            <numerusform>%n provisions today: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="101"/>
        <source>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</source>
        <translation>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</numerusform>
            <numerusform>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</numerusform>
        </translation>
    </message>
</context>
</TS>
