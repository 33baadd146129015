<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>entente::AcledReader</name>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="51"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="52"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="236"/>
        <source>the row has no event id</source>
        <translation>die Zeile hat keine Ereignis-ID</translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="242"/>
        <source>“%1” is not a time precision: ACLED writes 1 (day), 2 (week) or 3 (month)</source>
        <translation>„%1“ ist keine Zeitgenauigkeit: ACLED schreibt 1 (Tag), 2 (Woche) oder 3 (Monat)</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>New Actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>Edit Actor</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="44"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="46"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="47"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="51"/>
        <source>(none)</source>
        <translation>(niemandem)</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="57"/>
        <source>One per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="74"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="75"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="76"/>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Gehört zu:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="77"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="78"/>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liasse:</translation>
    </message>
</context>
<context>
    <name>entente::ActorFilterTree</name>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="38"/>
        <source>Find an actor…</source>
        <translation>Akteur suchen…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="40"/>
        <source>Show only the actors whose names or aliases contain this text</source>
        <translation>Nur die Akteure anzeigen, deren Name oder Aliasse diesen Text enthalten</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="44"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="45"/>
        <source>Shows the events in which any of the ticked actors takes part. Ticking a state or organisation does not tick its people.</source>
        <translation>Zeigt die Ereignisse, an denen einer der angekreuzten Akteure beteiligt ist. Wird ein Staat oder eine Organisation angekreuzt, werden die zugehörigen Personen nicht mit angekreuzt.</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="86"/>
        <source>%1 (also %2)</source>
        <translation>%1 (auch %2)</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="121"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/actorfiltertree.cpp" line="131"/>
        <source>%n events without actors</source>
        <translation>
            <numerusform>%n Ereignis ohne Akteure</numerusform>
            <numerusform>%n Ereignisse ohne Akteure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupDialog</name>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>New Actor Group</source>
        <translation>Neue Akteursgruppe</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>Edit Actor Group</source>
        <translation>Akteursgruppe bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="29"/>
        <source>e.g. Normandy format</source>
        <translation>z. B. Normandie-Format</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="47"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="48"/>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="67"/>
        <source>Pick an actor</source>
        <translation>Akteur auswählen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="88"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="89"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="90"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="91"/>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="140"/>
        <source>(actor %1)</source>
        <translation>(Akteur %1)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="190"/>
        <source>A group needs a name, as the negotiating table shows it.</source>
        <translation>Eine Gruppe braucht einen Namen, unter dem der Verhandlungstisch sie anzeigt.</translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupManager</name>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="20"/>
        <source>Actor Groups</source>
        <translation>Akteursgruppen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="24"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="25"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="26"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="27"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="42"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>Rename Actor Group</source>
        <translation>Akteursgruppe umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="102"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>entente::ActorManager</name>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="30"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="34"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="36"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/actormanager.cpp" line="78"/>
        <source>“%1” is named in %n events.</source>
        <translation>
            <numerusform>„%1“ wird in %n Ereignis genannt.</numerusform>
            <numerusform>„%1“ wird in %n Ereignissen genannt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="84"/>
        <source>Provisions that bind it: %1. Reassigned, they bind the other actor instead; otherwise they lose it. Undo gives it back.</source>
        <translation>Bestimmungen, die ihn binden: %1. Bei einer Neuzuordnung binden sie stattdessen den anderen Akteur, andernfalls verlieren sie ihn. „Rückgängig“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="93"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="97"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="98"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="146"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="210"/>
        <source>Delete Actor</source>
        <translation>Akteur löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="211"/>
        <source>&amp;Reassign them to:</source>
        <translation>&amp;Neu zuordnen zu:</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="212"/>
        <source>Re&amp;move “%1” from them</source>
        <translation>„%1“ daraus &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="230"/>
        <source>Delete Actor “%1”</source>
        <translation>Akteur „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="248"/>
        <source>Reassign Events</source>
        <translation>Ereignisse neu zuordnen</translation>
    </message>
</context>
<context>
    <name>entente::ActorRole</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="44"/>
        <location filename="../../core/model/actorrole.cpp" line="25"/>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="46"/>
        <location filename="../../core/model/actorrole.cpp" line="26"/>
        <source>signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="49"/>
        <source>third party</source>
        <translation>Drittpartei</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="50"/>
        <source>associated</source>
        <translation>beteiligt</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="45"/>
        <location filename="../../core/model/actorrole.cpp" line="27"/>
        <source>mediator</source>
        <translation>Vermittler</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="28"/>
        <source>guarantor</source>
        <translation>Garant</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="29"/>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="30"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="31"/>
        <source>demanded a seat</source>
        <translation>verlangte einen Platz am Tisch</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="47"/>
        <location filename="../../core/model/actorrole.cpp" line="33"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="48"/>
        <location filename="../../core/model/actorrole.cpp" line="34"/>
        <source>subject</source>
        <translation>Betroffener</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleCommand</name>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="25"/>
        <source>Add Role “%1”</source>
        <translation>Rolle „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="34"/>
        <source>Rename Role “%1” to “%2”</source>
        <translation>Rolle „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="45"/>
        <source>Edit Role “%1”</source>
        <translation>Rolle „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="54"/>
        <source>Delete Role “%1”</source>
        <translation>Rolle „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleDialog</name>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="13"/>
        <source>e.g. co-chair, as events and files keep it</source>
        <translation>z. B. co-chair, so wie Ereignisse und Dateien sie speichern</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="14"/>
        <source>e.g. co-chair of the talks, as the views say it</source>
        <translation>z. B. Ko-Vorsitz der Gespräche, so wie die Ansichten sie anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="15"/>
        <source>Automatic: the negotiating table&apos;s colour for its seat</source>
        <translation>Automatisch: die Farbe, die der Verhandlungstisch für ihren Platz verwendet</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="16"/>
        <source>The views show a role by its label.</source>
        <translation>Die Ansichten zeigen eine Rolle unter ihrer Bezeichnung an.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="34"/>
        <source>Where an actor with this role sits in the negotiating table</source>
        <translation>Wo ein Akteur mit dieser Rolle am Verhandlungstisch sitzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="35"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Platz:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="42"/>
        <source>at the table</source>
        <translation>am Tisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="44"/>
        <source>kept from the table</source>
        <translation>vom Tisch ferngehalten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="46"/>
        <source>neither</source>
        <translation>weder noch</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleTable</name>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="49"/>
        <location filename="../../core/store/actorroletable.cpp" line="170"/>
        <source>role “%1”: %2 Nothing was changed.</source>
        <translation>Rolle „%1“: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="53"/>
        <location filename="../../core/store/actorroletable.cpp" line="147"/>
        <source>There is a role “%1” already. Nothing was changed.</source>
        <translation>Es gibt bereits eine Rolle „%1“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="143"/>
        <source>A role needs a name of at most %L1 characters. Nothing was changed.</source>
        <translation>Eine Rolle braucht einen Namen mit höchstens %L1 Zeichen. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/store/actorroletable.cpp" line="201"/>
        <source>The role “%1” is used by %n event(s); give them another role first. Nothing was changed.</source>
        <translation>
            <numerusform>Die Rolle „%1“ wird von %n Ereignis verwendet; es muss zuerst eine andere Rolle erhalten. Es wurde nichts geändert.</numerusform>
            <numerusform>Die Rolle „%1“ wird von %n Ereignissen verwendet; sie müssen zuerst eine andere Rolle erhalten. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="213"/>
        <source>There is no role “%1” in this timeline. Nothing was changed.</source>
        <translation>In dieser Zeitleiste gibt es keine Rolle „%1“. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>entente::ActorRolesEdit</name>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="39"/>
        <source>Add Actor</source>
        <translation>Akteur hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="73"/>
        <source>Pick an actor or type a new name</source>
        <translation>Akteur auswählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="80"/>
        <location filename="../../app/window/actorrolesedit.cpp" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="125"/>
        <source>party, mediator, speaker…</source>
        <translation>Partei, Vermittler, Sprecher…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="141"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="142"/>
        <source>Take this actor out of the event</source>
        <translation>Diesen Akteur aus dem Ereignis entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="174"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="175"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="176"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="177"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>entente::ActorTree</name>
    <message>
        <location filename="../../core/model/actortree.cpp" line="54"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Ein Akteur kann nicht zu sich selbst gehören.</translation>
    </message>
    <message>
        <location filename="../../core/model/actortree.cpp" line="65"/>
        <source>“%1” cannot belong to “%2”, which belongs to it (%3): that would make a loop.</source>
        <translation>„%1“ kann nicht zu „%2“ gehören, denn „%2“ gehört zu „%1“ (%3): Das ergäbe einen Zirkelbezug.</translation>
    </message>
</context>
<context>
    <name>entente::AddEventsCommand</name>
    <message>
        <location filename="../../app/commands/addeventscommand.cpp" line="22"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/addeventscommand.cpp" line="24"/>
        <source>Add %n Events</source>
        <translation>
            <numerusform>%n Ereignis hinzufügen</numerusform>
            <numerusform>%n Ereignisse hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AddRowCommand</name>
    <message>
        <location filename="../../app/commands/addrowcommand.h" line="17"/>
        <source>Add %1 “%2”</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>entente::AgreementCommand</name>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="74"/>
        <source>Set the stage of %1 to “%2”</source>
        <translation>Phase von %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="78"/>
        <source>Set the peace process of %1 to “%2”</source>
        <translation>Friedensprozess von %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="81"/>
        <source>Set the end of %1 to “%2”</source>
        <translation>Ende von %1 auf „%2“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="83"/>
        <source>Edit the stage, process and end of %1</source>
        <translation>Phase, Prozess und Ende von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>entente::AgreementDetailsHtml</name>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="55"/>
        <source>Implements</source>
        <translation>Setzt um</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="57"/>
        <source>Violates</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="61"/>
        <source>Refers to</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="104"/>
        <source>Provisions</source>
        <translation>Bestimmungen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="107"/>
        <source>Show all their events on the timeline</source>
        <translation>Alle Ereignisse dieser Bestimmungen auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="130"/>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="133"/>
        <source>Process: %1</source>
        <translation>Prozess: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="139"/>
        <source>Ended: %1 by %2</source>
        <translation>Ende: %1 durch %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="140"/>
        <source>Ended: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="156"/>
        <source>Show this provision&apos;s events on the timeline</source>
        <translation>Die Ereignisse dieser Bestimmung auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="175"/>
        <source>assessed from %1</source>
        <translation>bewertet seit %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="177"/>
        <source>from its linked events since %1</source>
        <translation>aus den verknüpften Ereignissen seit %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="179"/>
        <source>violated since %1</source>
        <translation>verletzt seit %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="181"/>
        <source>lapsed since %1</source>
        <translation>verstrichen seit %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="194"/>
        <source>due by %1</source>
        <translation>fällig bis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="196"/>
        <source>due %n days after the agreement</source>
        <translation>
            <numerusform>fällig %n Tag nach dem Abkommen</numerusform>
            <numerusform>fällig %n Tage nach dem Abkommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="199"/>
        <source>due %n days after point %1 is carried out</source>
        <translation>
            <numerusform>fällig %n Tag nach Umsetzung von Punkt %1</numerusform>
            <numerusform>fällig %n Tage nach Umsetzung von Punkt %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="226"/>
        <source>Assessed %1</source>
        <translation>Bewertet als %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="237"/>
        <source>No evidence yet.</source>
        <translation>Noch keine Belege.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="260"/>
        <source>%1: %2, point %3</source>
        <translation>%1: %2, Punkt %3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="287"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>entente::AgreementEditing</name>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="24"/>
        <source>Edit Pr&amp;ovisions…</source>
        <translation>Bestimmun&amp;gen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="25"/>
        <source>&amp;Link to Provision…</source>
        <translation>Mit Bestimmung &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="27"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="69"/>
        <source>This file is read-only: its agreements cannot be edited.</source>
        <translation>Diese Datei ist schreibgeschützt; die Abkommen darin können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="73"/>
        <source>Edit the provisions of the selected agreement, their links and levels</source>
        <translation>Die Bestimmungen des ausgewählten Abkommens, ihre Verknüpfungen und ihren Umsetzungsstand bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="74"/>
        <source>Select an agreement (an event of category “agreement”) to edit its provisions</source>
        <translation>Ein Abkommen (ein Ereignis der Kategorie „agreement“) auswählen, um seine Bestimmungen zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="79"/>
        <source>Select an event to link it to a provision of an agreement</source>
        <translation>Ein Ereignis auswählen, um es mit einer Bestimmung eines Abkommens zu verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="80"/>
        <source>An agreement&apos;s own provisions are edited with Edit Provisions…</source>
        <translation>Die eigenen Bestimmungen eines Abkommens werden über „Bestimmungen bearbeiten…“ bearbeitet</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="81"/>
        <source>Link the selected event to a provision of an agreement: implements, violates or refers to</source>
        <translation>Das ausgewählte Ereignis mit einer Bestimmung eines Abkommens verknüpfen: setzt um, verletzt oder bezieht sich auf</translation>
    </message>
</context>
<context>
    <name>entente::AgreementEditor</name>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="51"/>
        <source>%n day(s) after signing</source>
        <translation>
            <numerusform>%n Tag nach der Unterzeichnung</numerusform>
            <numerusform>%n Tage nach der Unterzeichnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="56"/>
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n Tag nach %1</numerusform>
            <numerusform>%n Tage nach %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Level now</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="88"/>
        <source>Agreement</source>
        <translation>Abkommen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="117"/>
        <source>Provisions</source>
        <translation>Bestimmungen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="119"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="123"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="126"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="144"/>
        <source>%1 (%2 in the table)</source>
        <translation>%1 (%2 in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="161"/>
        <source>Provision</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="165"/>
        <source>Linked Events</source>
        <translation>Verknüpfte Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="166"/>
        <source>Levels Set by Hand</source>
        <translation>Von Hand gesetzte Umsetzungsstände</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="197"/>
        <source>An assessment needs a date.</source>
        <translation>Eine Bewertung braucht ein Datum.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="274"/>
        <source>Provisions of “%1”</source>
        <translation>Bestimmungen von „%1“</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="356"/>
        <source>Type the new provision&apos;s summary: it is added when the summary is entered.</source>
        <translation>Die Zusammenfassung der neuen Bestimmung eingeben; die Bestimmung wird hinzugefügt, sobald die Eingabe bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="422"/>
        <source>Select the event on the timeline first, then link it here.</source>
        <translation>Zuerst das Ereignis auf der Zeitleiste auswählen, dann hier verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="442"/>
        <source>The selected event is linked so already.</source>
        <translation>Das ausgewählte Ereignis ist bereits auf diese Weise verknüpft.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="448"/>
        <source>An assessment needs a date: type the date the level held on.</source>
        <translation>Eine Bewertung braucht ein Datum: das Datum eingeben, an dem der Stand galt.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementImport</name>
    <message>
        <location filename="../../core/io/agreementimport.cpp" line="197"/>
        <source>A link, an assessment or a deadline names provision %1 of the content, which it does not have.</source>
        <translation>Eine Verknüpfung, eine Bewertung oder eine Frist nennt Bestimmung %1 des Inhalts, die es darin nicht gibt.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementLabels</name>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="10"/>
        <source>(not said)</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="12"/>
        <source>Pre-negotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Vorverhandlungen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="14"/>
        <source>Ceasefire</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Waffenruhe</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="16"/>
        <source>Framework/substantive</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Rahmen-/Sachabkommen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="18"/>
        <source>Implementation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="20"/>
        <source>Renegotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Neuverhandlung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="29"/>
        <source>In force (or not said)</source>
        <comment>how an agreement ended</comment>
        <translation>In Kraft (oder nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="31"/>
        <source>Superseded</source>
        <comment>how an agreement ended</comment>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="33"/>
        <source>Denounced</source>
        <comment>how an agreement ended</comment>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="35"/>
        <source>Lapsed</source>
        <comment>how an agreement ended</comment>
        <translation>Ausgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="44"/>
        <source>Implements</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Setzt um</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="46"/>
        <source>Violates</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="48"/>
        <source>Refers to</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="90"/>
        <source>point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="93"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>entente::AgreementParts</name>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="31"/>
        <source>a provision</source>
        <translation>eine Bestimmung</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="33"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="54"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="60"/>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="66"/>
        <source>Delete %1 of %2</source>
        <translation>%1 von %2 löschen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="77"/>
        <source>%1 (deadline of %2 now counted from the agreement)</source>
        <translation>%1 (Frist für %2 zählt jetzt ab dem Abkommen)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="86"/>
        <source>The deadline of %1 followed %2</source>
        <translation>Die Frist für %1 richtete sich nach %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="91"/>
        <source>%1 and had no date yet: it now counts from the agreement.</source>
        <translation>%1 und hatte noch kein Datum; sie zählt jetzt ab dem Abkommen.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="92"/>
        <source>%1: it is now %2, the date it fell on.</source>
        <translation>%1; jetzt gilt das Datum, auf das sie fiel: %2.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="100"/>
        <source>Link “%1” to %2 (%3)</source>
        <translation>„%1“ mit %2 verknüpfen (%3)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="107"/>
        <source>Edit the link of “%1” to %2</source>
        <translation>Verknüpfung von „%1“ mit %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="113"/>
        <source>Unlink “%1” from %2</source>
        <translation>Verknüpfung von „%1“ mit %2 lösen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="119"/>
        <source>Assess %1 as “%2” on %3</source>
        <translation>%1 als „%2“ bewerten (Stand: %3)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="126"/>
        <source>Edit the assessment of %1 on %2</source>
        <translation>Bewertung von %1 (Stand: %2) bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="132"/>
        <source>Delete the assessment of %1 on %2</source>
        <translation>Bewertung von %1 (Stand: %2) löschen</translation>
    </message>
</context>
<context>
    <name>entente::AgreementRowEdit</name>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="30"/>
        <source>Use Selected Event</source>
        <translation>Ausgewähltes Ereignis verwenden</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="31"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="45"/>
        <source>e.g. Ukraine peace process</source>
        <translation>z. B. Friedensprozess Ukraine</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="48"/>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="49"/>
        <source>Peace pr&amp;ocess:</source>
        <translation>&amp;Friedensprozess:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="50"/>
        <source>&amp;Ended:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="62"/>
        <source>The event selected on the timeline ended the agreement</source>
        <translation>Das auf der Zeitleiste ausgewählte Ereignis hat das Abkommen beendet</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="64"/>
        <source>Or find the event that ended it…</source>
        <translation>Oder das Ereignis suchen, das es beendet hat…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="109"/>
        <source>by “%1” (%2)</source>
        <translation>durch „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="110"/>
        <source>by no event named</source>
        <translation>kein beendendes Ereignis angegeben</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>entente::AgreementRows</name>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="137"/>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="167"/>
        <location filename="../../core/store/agreementrows.cpp" line="168"/>
        <location filename="../../core/store/agreementrows.cpp" line="170"/>
        <location filename="../../core/store/agreementrows.cpp" line="178"/>
        <location filename="../../core/store/agreementrows.cpp" line="180"/>
        <source>agreement</source>
        <translation>Abkommen</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="258"/>
        <source>There is no provision %1 in this timeline. Nothing was changed.</source>
        <translation>In dieser Zeitleiste gibt es keine Bestimmung %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="308"/>
        <source>provision “%1”</source>
        <translation>Bestimmung „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="315"/>
        <source>%1: its deadline follows provision %2, which is not another provision of the same agreement. Nothing was changed.</source>
        <translation>%1: Die Frist richtet sich nach Bestimmung %2, die keine andere Bestimmung desselben Abkommens ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="327"/>
        <source>%1: the agreement has provision “%2” at position %3 already. Nothing was changed.</source>
        <translation>%1: Das Abkommen hat bereits Bestimmung „%2“ an Position %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="385"/>
        <location filename="../../core/store/agreementrows.cpp" line="386"/>
        <location filename="../../core/store/agreementrows.cpp" line="387"/>
        <source>provision link</source>
        <translation>Verknüpfung mit Bestimmung</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="403"/>
        <location filename="../../core/store/agreementrows.cpp" line="404"/>
        <location filename="../../core/store/agreementrows.cpp" line="412"/>
        <location filename="../../core/store/agreementrows.cpp" line="413"/>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="445"/>
        <location filename="../../core/store/agreementrows.cpp" line="454"/>
        <source>group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="603"/>
        <source>%1: there is no event %2 in this timeline. Nothing was changed.</source>
        <translation>%1: In dieser Zeitleiste gibt es kein Ereignis %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="612"/>
        <source>%1: there is no provision %2 in this timeline. Nothing was changed.</source>
        <translation>%1: In dieser Zeitleiste gibt es keine Bestimmung %2. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>entente::AssessmentsEdit</name>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Level</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>&amp;Assess</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="35"/>
        <source>Sets the provision&apos;s level at the date below, with its source</source>
        <translation>Setzt den Umsetzungsstand der Bestimmung zum unten angegebenen Datum, mit Quelle</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="66"/>
        <source>What the source says</source>
        <translation>Was die Quelle sagt</translation>
    </message>
</context>
<context>
    <name>entente::Cancelled</name>
    <message>
        <location filename="../../core/io/cancelled.h" line="23"/>
        <location filename="../../core/io/readahead.cpp" line="56"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>entente::CategoryCommand</name>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Edit Category “%1”</source>
        <translation>Kategorie „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Add Category “%1”</source>
        <translation>Kategorie „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="37"/>
        <source>Rename Category “%1” to “%2”</source>
        <translation>Kategorie „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="47"/>
        <source>Delete Category “%1”</source>
        <translation>Kategorie „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>entente::CategoryManager</name>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="20"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="22"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="23"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="24"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="25"/>
        <source>A&amp;utomatic Colour</source>
        <translation>&amp;Automatische Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="43"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="67"/>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="74"/>
        <source>“%1” is a category already: choose another name, or delete one of the two and move its events to the other.</source>
        <translation>„%1“ ist bereits eine Kategorie: Bitte einen anderen Namen wählen oder eine der beiden löschen und ihre Ereignisse in die andere verschieben.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>Rename Category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="127"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="168"/>
        <source>Delete Category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/categorymanager.cpp" line="169"/>
        <source>%n events use “%1”.</source>
        <translation>
            <numerusform>%n Ereignis verwendet „%1“.</numerusform>
            <numerusform>%n Ereignisse verwenden „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verschieben nach:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Leave them uncategorized</source>
        <translation>&amp;Ohne Kategorie lassen</translation>
    </message>
</context>
<context>
    <name>entente::CategoryRows</name>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="43"/>
        <location filename="../../core/store/categoryrows.cpp" line="58"/>
        <source>a category needs a name; nothing was changed</source>
        <translation>eine Kategorie braucht einen Namen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="63"/>
        <source>there is already a category “%1”; nothing was changed</source>
        <translation>es gibt bereits eine Kategorie „%1“; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>entente::ColourPicker</name>
    <message>
        <location filename="../../app/window/colourpicker.cpp" line="15"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/colourpicker.cpp" line="65"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>entente::CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="44"/>
        <source>Open the timeline FILE (the window creates an empty one if missing; --list and --export-image do not).</source>
        <translation>Die Zeitleiste FILE öffnen (fehlt sie, legt das Fenster eine leere an; --list und --export-image tun das nicht).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="50"/>
        <source>Draw the timeline into FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Die Zeitleiste in FILE zeichnen (.png, .svg oder .pdf) und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="54"/>
        <source>Draw the negotiating table (who took part in which talks and agreements) into FILE (.png, .svg, .pdf or .csv) and exit; --from, --to and --process choose its columns.</source>
        <translation>Den Verhandlungstisch (wer an welchen Gesprächen und Abkommen teilnahm) in FILE zeichnen (.png, .svg, .pdf oder .csv) und beenden; --from, --to und --process bestimmen seine Spalten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="60"/>
        <source>For --export-table: only the agreements of the peace process NAME.</source>
        <translation>Für --export-table: nur die Abkommen des Friedensprozesses NAME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="64"/>
        <source>Write the timeline&apos;s data into FILE and exit; the format is given by --format or by the extension (.json, .csv, .ics).</source>
        <translation>Die Daten der Zeitleiste in FILE schreiben und beenden; das Format bestimmt --format oder die Dateiendung (.json, .csv, .ics).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="69"/>
        <source>Keep the events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD); for --export-image, where the drawn range starts.</source>
        <translation>Die Ereignisse ab DATE behalten (YYYY, YYYY-MM oder YYYY-MM-DD); bei --export-image: wo der gezeichnete Bereich beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="73"/>
        <source>Keep the events up to DATE; for --export-image, where the drawn range ends.</source>
        <translation>Die Ereignisse bis DATE behalten; bei --export-image: wo der gezeichnete Bereich endet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="78"/>
        <source>Width and least height of an exported PNG or SVG, which grows to hold every lane (default 1600x900).</source>
        <translation>Breite und Mindesthöhe eines exportierten PNG- oder SVG-Bildes, das wächst, bis jede Spur Platz hat (Standard: 1600x900).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="83"/>
        <source>Colours: light or dark. Exports are light unless told; the window follows the desktop unless told.</source>
        <translation>Farben: light oder dark. Exporte sind hell, sofern nicht anders angegeben; das Fenster folgt dem Desktop, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="89"/>
        <source>Lanes of the exported image: actor (default), category or packed.</source>
        <translation>Spuren des exportierten Bildes: actor (Standard), category oder packed.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="91"/>
        <source>Print every event and exit.</source>
        <translation>Alle Ereignisse ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="94"/>
        <source>Format of --list: json (default) or csv; of --export: json, csv, timelinejs or ics; of --import: %1 (default: told from the file).</source>
        <translation>Format von --list: json (Standard) oder csv; von --export: json, csv, timelinejs oder ics; von --import: %1 (Standard: aus der Datei ermittelt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="100"/>
        <source>Add the events of FILE to the timeline, all or nothing, and exit.</source>
        <translation>Die Ereignisse aus FILE der Zeitleiste hinzufügen, alle oder keines, und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="104"/>
        <source>What --import does with an event the timeline has (same uid or dataset id): skip (default) or update.</source>
        <translation>Was --import mit einem Ereignis macht, das die Zeitleiste schon enthält (gleiche uid oder Datensatz-ID): skip (Standard) oder update.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="109"/>
        <source>Let --import leave out rows it cannot read (listed on stderr) instead of importing nothing.</source>
        <translation>Erlaubt --import, unlesbare Zeilen auszulassen (sie werden auf stderr aufgeführt), statt gar nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="113"/>
        <source>Columns of a CSV file of no known format, for --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… with COL a header name or a 1-based number (fields: %1; default: guessed from the header).</source>
        <translation>Spalten einer CSV-Datei unbekannten Formats, für --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… wobei COL ein Spaltenname aus der Kopfzeile oder eine Spaltennummer ab 1 ist (Felder: %1; Standard: aus der Kopfzeile erraten).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="121"/>
        <source>Whether --import reads dates such as 05/02/2025 day first (dmy) or month first (mdy), when the file&apos;s dates do not settle it.</source>
        <translation>Ob --import Datumsangaben wie 05/02/2025 mit dem Tag zuerst (dmy) oder mit dem Monat zuerst (mdy) liest, wenn die Daten der Datei es nicht klären.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="126"/>
        <source>Keep the events that match TEXT, in the search field&apos;s syntax: words, &quot;a phrase&quot;, prefix*, OR, -word, actor:, category:, source:.</source>
        <translation>Die Ereignisse behalten, die zu TEXT passen, in der Syntax des Suchfelds: Wörter, &quot;eine Wortgruppe&quot;, präfix*, OR, -wort, actor:, category:, source:.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="131"/>
        <source>Keep the events of the actor NAME (its name, short name or an alias); given more than once, of any of them.</source>
        <translation>Die Ereignisse des Akteurs NAME behalten (sein Name, Kurzname oder ein Alias); mehrfach angegeben: die Ereignisse jedes dieser Akteure.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="136"/>
        <source>Keep the events of the category NAME; given more than once, of any of them.</source>
        <translation>Die Ereignisse der Kategorie NAME behalten; mehrfach angegeben: die Ereignisse jeder dieser Kategorien.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="140"/>
        <source>Keep the events tagged TAG; given more than once, tagged with any of them.</source>
        <translation>Die Ereignisse mit dem Schlagwort TAG behalten; mehrfach angegeben: die Ereignisse mit einem dieser Schlagwörter.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="145"/>
        <source>The language of the window and the messages: %1 (default: the system&apos;s, if it is one of them, else English). Dates and numbers follow it.</source>
        <translation>Die Sprache des Fensters und der Meldungen: %1 (Standard: die des Systems, wenn sie dazugehört, sonst Englisch). Datumsangaben und Zahlen richten sich nach ihr.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="151"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="153"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="158"/>
        <source>Entente: a timeline viewer for conflict diplomacy.

Exit codes: 0 done, 1 failed (nothing changed), 2 bad usage, 3 --import found bad rows and imported nothing.</source>
        <translation>Entente: ein Zeitleisten-Betrachter für Konfliktdiplomatie.

Exit-Codes: 0 erledigt, 1 fehlgeschlagen (nichts geändert), 2 falscher Aufruf, 3 --import fand fehlerhafte Zeilen und importierte nichts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="166"/>
        <source>The timeline to open, as with --database.</source>
        <translation>Die zu öffnende Zeitleiste, wie bei --database.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="183"/>
        <source>--%1: “%2” is not %3</source>
        <translation>--%1: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="184"/>
        <location filename="../../app/cli/commandline.cpp" line="220"/>
        <location filename="../../app/cli/commandline.cpp" line="320"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="197"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="211"/>
        <source>--export cannot be used with --list or --export-image</source>
        <translation>--export kann nicht zusammen mit --list oder --export-image verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="218"/>
        <location filename="../../app/cli/commandline.cpp" line="318"/>
        <source>--format: “%1” is not %2</source>
        <translation>--format: „%1“ ist nicht %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="226"/>
        <source>--export: cannot tell the format of “%1”; use .json, .csv or .ics, or --format timelinejs</source>
        <translation>--export: Das Format von „%1“ ist nicht erkennbar; .json, .csv oder .ics verwenden oder --format timelinejs angeben</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="242"/>
        <source>--size: “%1” is not WIDTHxHEIGHT between 200x100 and 16384x16384</source>
        <translation>--size: „%1“ ist nicht WIDTHxHEIGHT zwischen 200x100 und 16384x16384</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="256"/>
        <source>unexpected argument “%1”: one timeline at a time (see --help)</source>
        <translation>unerwartetes Argument „%1“: nur eine Zeitleiste auf einmal (siehe --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="261"/>
        <source>“%1” and --database %2: give the timeline once</source>
        <translation>„%1“ und --database %2: die Zeitleiste nur einmal angeben</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="279"/>
        <source>--query, --actor, --category and --tag go with --list, --export or --export-image</source>
        <translation>--query, --actor, --category und --tag gehören zu --list, --export oder --export-image</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="293"/>
        <source>--duplicates, --skip-bad-rows, --map and --date-order go with --import</source>
        <translation>--duplicates, --skip-bad-rows, --map und --date-order gehören zu --import</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="299"/>
        <source>--import cannot be used with --list, --export or --export-image</source>
        <translation>--import kann nicht zusammen mit --list, --export oder --export-image verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="334"/>
        <source>--process goes with --export-table</source>
        <translation>--process gehört zu --export-table</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="341"/>
        <source>--export-table cannot be used with --list, --export, --export-image or --import</source>
        <translation>--export-table kann nicht zusammen mit --list, --export, --export-image oder --import verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="347"/>
        <source>--export-table: cannot tell the format of “%1”; use .png, .svg, .pdf or .csv</source>
        <translation>--export-table: Das Format von „%1“ ist nicht erkennbar; .png, .svg, .pdf oder .csv verwenden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="359"/>
        <source>--language: “%1” is not %2</source>
        <translation>--language: „%1“ ist nicht %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="390"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="416"/>
        <source>--export-image: cannot tell the format of “%1”; use .png, .svg or .pdf</source>
        <translation>--export-image: Das Format von „%1“ ist nicht erkennbar; .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="422"/>
        <source>--list and --export-image cannot be used together</source>
        <translation>--list und --export-image können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="458"/>
        <source>%1 was upgraded from timeline format %2 to %3; older versions of Entente cannot open it now</source>
        <translation>%1 wurde vom Zeitleistenformat %2 auf %3 aktualisiert; ältere Versionen von Entente können die Datei jetzt nicht mehr öffnen</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="474"/>
        <source>%1: no such timeline file</source>
        <translation>%1: Zeitleistendatei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="484"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="497"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="513"/>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="551"/>
        <source>--actor: %1 has no actor named “%2”</source>
        <translation>--actor: %1 hat keinen Akteur namens „%2“</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="562"/>
        <source>--category: %1 has no category “%2”</source>
        <translation>--category: %1 hat keine Kategorie „%2“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/commandline.cpp" line="593"/>
        <source>events left out, undated (the format has no place for them): %n</source>
        <translation>
            <numerusform>ausgelassene undatierte Ereignisse (das Format hat keinen Platz dafür): %n</numerusform>
            <numerusform>ausgelassene undatierte Ereignisse (das Format hat keinen Platz dafür): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="630"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="643"/>
        <source>--process: %1 has no agreement of the peace process “%2”</source>
        <translation>--process: %1 hat kein Abkommen des Friedensprozesses „%2“</translation>
    </message>
</context>
<context>
    <name>entente::ContentImport</name>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="314"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="324"/>
        <source>Event %1 of %2 (“%3”): %4</source>
        <translation>Ereignis %1 von %2 („%3“): %4</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="399"/>
        <source>it names an actor the content does not have</source>
        <translation>es nennt einen Akteur, den der Inhalt nicht enthält</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="405"/>
        <source>it names a source the content does not have</source>
        <translation>es nennt eine Quelle, die der Inhalt nicht enthält</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="432"/>
        <source>Saved view “%1”: %2</source>
        <translation>Gespeicherte Ansicht „%1“: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="478"/>
        <source>A relation names event %1 of the content, which has %2.</source>
        <translation>Eine Beziehung nennt Ereignis %1 des Inhalts, der jedoch nur %2 Ereignisse umfasst.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="508"/>
        <source>the file&apos;s title, “%1”, was not taken: the timeline keeps its own, “%2”</source>
        <translation>der Titel der Datei, „%1“, wurde nicht übernommen: Die Zeitleiste behält ihren eigenen, „%2“</translation>
    </message>
</context>
<context>
    <name>entente::CsvMapping</name>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="24"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="26"/>
        <source>Date (start)</source>
        <translation>Datum (Beginn)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="27"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="28"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="29"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="30"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="31"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="32"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="33"/>
        <source>Source URL</source>
        <translation>Quelle: URL</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="34"/>
        <source>Source title</source>
        <translation>Quelle: Titel</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="35"/>
        <source>Source outlet</source>
        <translation>Quelle: Medium</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="36"/>
        <source>Identifier (uid)</source>
        <translation>Kennung (uid)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="37"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="38"/>
        <source>Keep as attribute</source>
        <translation>Als Attribut behalten</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="159"/>
        <source>No column is the title (or a description to take it from).</source>
        <translation>Keine Spalte ist als Titel zugeordnet (auch keine Beschreibung, aus der er übernommen werden kann).</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="233"/>
        <source>column mapping: “%1” is not FIELD=COLUMN with FIELD one of %2</source>
        <translation>Spaltenzuordnung: „%1“ hat nicht die Form FELD=SPALTE mit FELD aus %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="239"/>
        <source>column mapping: the file has no column “%1”; its columns are %2</source>
        <translation>Spaltenzuordnung: Die Datei hat keine Spalte „%1“; ihre Spalten sind %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="266"/>
        <source>column mapping: “%1” names no kind of actor in “%2”; the kinds are state, organisation, person and group</source>
        <translation>Spaltenzuordnung: „%1“ in „%2“ nennt keine Akteursart; die Arten sind state, organisation, person und group</translation>
    </message>
</context>
<context>
    <name>entente::CsvMappingDialog</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="79"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="81"/>
        <source>Entente does not know this file&apos;s columns. Choose what each one holds; the first rows are shown below.</source>
        <translation>Entente kennt die Spalten dieser Datei nicht. Für jede Spalte auswählen, was sie enthält; unten sind die ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="86"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="87"/>
        <source>Day first (05/02/2025 is 5 February)</source>
        <translation>Tag zuerst (05/02/2025 ist der 5. Februar)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="88"/>
        <source>Month first (05/02/2025 is 2 May)</source>
        <translation>Monat zuerst (05/02/2025 ist der 2. Mai)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="95"/>
        <location filename="../../app/window/csvmappingdialog.cpp" line="171"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="112"/>
        <source>Map the columns myself</source>
        <translation>Spalten selbst zuordnen</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="116"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="117"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="118"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="119"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="120"/>
        <source>Other:</source>
        <translation>Anderes:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="123"/>
        <source>Other delimiter</source>
        <translation>Anderes Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="129"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="193"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="226"/>
        <source>Field of column %1</source>
        <translation>Feld von Spalte %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="237"/>
        <source>Role of the actors of column %1</source>
        <translation>Rolle der Akteure von Spalte %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="238"/>
        <source>How the actors of this column take part in the events</source>
        <translation>Wie die Akteure dieser Spalte an den Ereignissen beteiligt sind</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="242"/>
        <source>Kind of the actors of column %1</source>
        <translation>Art der Akteure von Spalte %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="243"/>
        <source>What a new actor of this column is; actors already in the timeline keep their own kind</source>
        <translation>Was ein neuer Akteur aus dieser Spalte ist; Akteure, die es in der Zeitleiste schon gibt, behalten ihre Art</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="297"/>
        <source>Dates such as “%1” can be read day first or month first, and no date in the file settles which:</source>
        <translation>Datumsangaben wie „%1“ lassen sich mit dem Tag oder mit dem Monat zuerst lesen, und kein Datum in der Datei klärt, was gilt:</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="204"/>
        <source>the quoted field that begins on this line is not closed by the end of the file</source>
        <translation>das in dieser Zeile beginnende Feld in Anführungszeichen wird bis zum Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="207"/>
        <source>the quoted field that begins on this line goes on for more than %L1 characters; is a quote not closed?</source>
        <translation>das in dieser Zeile beginnende Feld in Anführungszeichen ist länger als %L1 Zeichen; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="212"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="213"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>entente::DataExport</name>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="48"/>
        <source>Entente JSON (*.json)</source>
        <translation>Entente-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="50"/>
        <source>CSV, one row per event (*.csv)</source>
        <translation>CSV, eine Zeile pro Ereignis (*.csv)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="52"/>
        <source>TimelineJS3 JSON (*.json)</source>
        <translation>TimelineJS3-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="54"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="71"/>
        <location filename="../../core/io/dataexport.cpp" line="93"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>entente::DataExportPrompt</name>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="48"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/dataexportprompt.cpp" line="53"/>
        <source>(%n undated events left out: the format has no place for them)</source>
        <translation>
            <numerusform>(%n undatiertes Ereignis ausgelassen: Das Format hat keinen Platz dafür)</numerusform>
            <numerusform>(%n undatierte Ereignisse ausgelassen: Das Format hat keinen Platz dafür)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="73"/>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="74"/>
        <source>Export Data: the Events the Search and Filters Show</source>
        <translation>Daten exportieren: die Ereignisse, die Suche und Filter zeigen</translation>
    </message>
</context>
<context>
    <name>entente::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="96"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: Öffnen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="180"/>
        <location filename="../../core/db/database.cpp" line="190"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="263"/>
        <source>%1: cannot save a copy: %2</source>
        <translation>%1: Kopie kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="284"/>
        <source>%1: cannot save a copy: the file cannot be replaced</source>
        <translation>%1: Kopie kann nicht gespeichert werden: Die Datei lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="309"/>
        <source>%1: the file is in use by another window or program; nothing was changed. Try again in a moment.</source>
        <translation>%1: Die Datei wird von einem anderen Fenster oder Programm verwendet; es wurde nichts geändert. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="321"/>
        <source>%1: a value is larger than %2 MB, more than a timeline holds; it was not read or written</source>
        <translation>%1: Ein Wert ist größer als %2 MB, mehr als eine Zeitleiste fasst; er wurde weder gelesen noch geschrieben</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="328"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/db/stoprequest.cpp" line="35"/>
        <source>%1: stopped before it finished; nothing was changed</source>
        <translation>%1: vor dem Abschluss angehalten; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>entente::DatasetTable</name>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="29"/>
        <source>%1:1: the header has no column “%2”, which %3 files have</source>
        <translation>%1:1: Der Kopfzeile fehlt die Spalte „%2“, die %3-Dateien haben</translation>
    </message>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="138"/>
        <source>a line not in UTF-8, read as Windows-1252: %1</source>
        <translation>eine Zeile nicht in UTF-8, als Windows-1252 gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/datasettable.cpp" line="139"/>
        <source>%n lines not in UTF-8, read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n Zeile nicht in UTF-8, als Windows-1252 gelesen: %1</numerusform>
            <numerusform>%n Zeilen nicht in UTF-8, als Windows-1252 gelesen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DateColumn</name>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="201"/>
        <source>“%1” is not a date: expected one such as 2014-09-05, 05/09/2014, 5 Sep 2014 or September 5, 2014, or nothing for “undated”.</source>
        <translation>„%1“ ist kein Datum: erwartet wird eines wie 2014-09-05, 05/09/2014, 5 Sep 2014 oder September 5, 2014, oder nichts für „undatiert“.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="208"/>
        <source>with the day first (DD/MM/YYYY)</source>
        <translation>mit dem Tag zuerst (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="209"/>
        <source>with the month first (MM/DD/YYYY)</source>
        <translation>mit dem Monat zuerst (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="218"/>
        <source>“%1” is not a date: with AM or PM, the hour is from 1 to 12.</source>
        <translation>„%1“ ist kein Datum: Mit AM oder PM liegt die Stunde zwischen 1 und 12.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="237"/>
        <source>“%1” is not a date: %2.</source>
        <translation>„%1“ ist kein Datum: %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="238"/>
        <source>“%1”, read %2, is not a date: %3.</source>
        <translation>„%1“ ist, %2 gelesen, kein Datum: %3.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="249"/>
        <source>“%1” may have the day or the month first: say which order the column&apos;s dates are written in.</source>
        <translation>„%1“ kann den Tag oder den Monat zuerst haben: Bitte angeben, in welcher Reihenfolge die Daten der Spalte geschrieben sind.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="319"/>
        <source>Some dates have the day first (%1) and others the month first (%2).</source>
        <translation>Manche Daten haben den Tag zuerst (%1), andere den Monat (%2).</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="338"/>
        <source>“%1” has a two-digit year: Entente reads years written with four digits, such as 05/09/2014.</source>
        <translation>„%1“ hat eine zweistellige Jahreszahl: Entente liest Jahre mit vier Ziffern, etwa 05/09/2014.</translation>
    </message>
</context>
<context>
    <name>entente::DateColumnReader</name>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="17"/>
        <source>the row has no date</source>
        <translation>die Zeile hat kein Datum</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="52"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the day first, as this format writes them</source>
        <translation>kein Datum in der Spalte zeigt, ob der Tag oder der Monat zuerst steht („%1“); die Daten wurden mit dem Tag zuerst gelesen, wie dieses Format sie schreibt</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="55"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the month first, as this format writes them</source>
        <translation>kein Datum in der Spalte zeigt, ob der Tag oder der Monat zuerst steht („%1“); die Daten wurden mit dem Monat zuerst gelesen, wie dieses Format sie schreibt</translation>
    </message>
</context>
<context>
    <name>entente::DeviceWriter</name>
    <message>
        <location filename="../../core/io/devicewriter.cpp" line="52"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>entente::DocumentController</name>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="53"/>
        <source>Read-only: this file is on a disk that cannot be written to. You can look, but not change it.</source>
        <translation>Schreibgeschützt: Diese Datei liegt auf einem Datenträger, der nicht beschrieben werden kann. Sie lässt sich ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="58"/>
        <source>Read-only: you do not have permission to change this file. You can look, but not change it.</source>
        <translation>Schreibgeschützt: Es fehlt die Berechtigung, diese Datei zu ändern. Sie lässt sich ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="62"/>
        <source>Opened read-only: editing is off.</source>
        <translation>Schreibgeschützt geöffnet: Bearbeiten ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="110"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Neue Zeitleiste…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="112"/>
        <source>&amp;Open Timeline…</source>
        <translation>Zeitleiste ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="120"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="121"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="122"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="151"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="176"/>
        <source>Could not open %1: there is no such file.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="192"/>
        <source>Could not open the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="202"/>
        <source>%1 is the timeline open in this window; choose another name for a new one.</source>
        <translation>%1 ist die in diesem Fenster geöffnete Zeitleiste; für eine neue bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="216"/>
        <source>Could not create the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="238"/>
        <source>Could not save the timeline as %1: %2</source>
        <translation>Die Zeitleiste konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="273"/>
        <source>%1 is in an older timeline format (%2). Before it is changed, Entente upgrades it to format %3, and older versions of Entente will not open it afterwards.

A copy of the original is kept as %4 until the upgrade has succeeded.

Upgrade it now?</source>
        <translation>%1 liegt in einem älteren Zeitleistenformat vor (%2). Bevor die Datei geändert wird, aktualisiert Entente sie auf Format %3; ältere Versionen von Entente können sie danach nicht mehr öffnen.

Bis die Aktualisierung gelungen ist, wird eine Kopie des Originals als %4 aufbewahrt.

Jetzt aktualisieren?</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="280"/>
        <source>Upgrade Timeline</source>
        <translation>Zeitleiste aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="312"/>
        <source>New Timeline</source>
        <translation>Neue Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="319"/>
        <source>Open Timeline</source>
        <translation>Zeitleiste öffnen</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="329"/>
        <source>Save Timeline As</source>
        <translation>Zeitleiste speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="338"/>
        <source>Entente timelines (*.entente);;All files (*)</source>
        <translation>Entente-Zeitleisten (*.entente);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="394"/>
        <source>%1 is in an older timeline format (%2); Entente upgrades it the first time you change it.</source>
        <translation>%1 liegt in einem älteren Zeitleistenformat vor (%2); Entente aktualisiert die Datei bei der ersten Änderung.</translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <location filename="../../app/window/editactions.cpp" line="24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="26"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="34"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="34"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="38"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="41"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
</context>
<context>
    <name>entente::EditRowCommand</name>
    <message>
        <location filename="../../app/commands/editrowcommand.h" line="18"/>
        <source>Edit %1 “%2”</source>
        <translation>%1 „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonReader</name>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="27"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="29"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="31"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="33"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="35"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="37"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="141"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="148"/>
        <source>%1:1: not an Entente timeline (expected an object with &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>%1:1: keine Entente-Zeitleiste (erwartet wird ein Objekt mit &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="159"/>
        <source>not an Entente timeline (expected &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>keine Entente-Zeitleiste (erwartet wird &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="165"/>
        <source>expected a version number, not %1</source>
        <translation>Versionsnummer erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="169"/>
        <source>this timeline is of version %1, written by a newer Entente; this one reads versions 1 to %2</source>
        <translation>diese Zeitleiste hat Version %1 und stammt von einer neueren Entente-Version; diese Version liest die Versionen 1 bis %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="217"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="258"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="294"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="424"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="545"/>
        <source>“%1” is used twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="226"/>
        <source>“%1” is not one of state, organisation, person, group</source>
        <translation>„%1“ ist keiner der Werte state, organisation, person, group</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="246"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="333"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="443"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="662"/>
        <source>no actor has the key “%1”</source>
        <translation>kein Akteur hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="310"/>
        <source>expected &quot;point&quot; or &quot;period&quot;, not “%1”</source>
        <translation>&quot;point&quot; oder &quot;period&quot; erwartet, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="337"/>
        <source>a role is text, not %1</source>
        <translation>eine Rolle ist Text, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="359"/>
        <source>no source has the key “%1”</source>
        <translation>keine Quelle hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="364"/>
        <source>expected a source key, not %1</source>
        <translation>Quellenschlüssel erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="369"/>
        <source>no document has the key “%1”</source>
        <translation>kein Dokument hat den Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="384"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="583"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="680"/>
        <source>expected an object, not %1</source>
        <translation>Objekt erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="390"/>
        <source>“%1” is %2, not text</source>
        <translation>„%1“ ist %2, kein Text</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="406"/>
        <source>“%1” is not a relation type</source>
        <translation>„%1“ ist kein Beziehungstyp</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="464"/>
        <source>no event has the uid or index “%1”</source>
        <translation>kein Ereignis hat die uid oder den Index „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="484"/>
        <source>“%1” is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="591"/>
        <source>a number of days is 0 or more</source>
        <translation>eine Anzahl von Tagen muss 0 oder größer sein</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="642"/>
        <source>no provision has the uid or index “%1”</source>
        <translation>keine Bestimmung hat die uid oder den Index „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="691"/>
        <source>expected text, not %1</source>
        <translation>Text erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="700"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="709"/>
        <source>expected true or false, not %1</source>
        <translation>true oder false erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="721"/>
        <source>expected a whole number, not %1</source>
        <translation>ganze Zahl erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="730"/>
        <source>expected a list, not %1</source>
        <translation>Liste erwartet, nicht %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="740"/>
        <source>expected a list of text, with %1 in it</source>
        <translation>Liste von Texten erwartet, enthält aber %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="756"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="774"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="775"/>
        <source>relation type</source>
        <translation>Beziehungstyp</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="776"/>
        <source>era</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="777"/>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="778"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="779"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="780"/>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="781"/>
        <source>saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="782"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="783"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="784"/>
        <source>agreement</source>
        <translation>Abkommen</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="785"/>
        <source>provision</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="786"/>
        <source>provision link</source>
        <translation>Verknüpfung mit Bestimmung</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="787"/>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="798"/>
        <source>field “%1”</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="807"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>entente::EraDialog</name>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="34"/>
        <source>New Era</source>
        <translation>Neue Epoche</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="34"/>
        <source>Edit Era</source>
        <translation>Epoche bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="35"/>
        <source>2014, Sep 2014 or 5 Sep 2014</source>
        <translation>2014, Sep 2014 oder 5 Sep 2014</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="52"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="53"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="54"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
</context>
<context>
    <name>entente::EraManager</name>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="18"/>
        <source>Eras</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="35"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>entente::ErrorGuard</name>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="33"/>
        <source>Entente ran out of memory; the last action was not completed.</source>
        <translation>Entente hat keinen Arbeitsspeicher mehr; die letzte Aktion wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="35"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="37"/>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Unerwarteter Fehler unbekannter Art.</translation>
    </message>
</context>
<context>
    <name>entente::Event</name>
    <message>
        <location filename="../../core/model/event.cpp" line="39"/>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <location filename="../../core/model/event.cpp" line="41"/>
        <source>unknown start – %1</source>
        <translation>unbekannter Beginn – %1</translation>
    </message>
</context>
<context>
    <name>entente::EventClipboard</name>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="24"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="28"/>
        <source>The clipboard does not hold Entente events: %1</source>
        <translation>Die Zwischenablage enthält keine Entente-Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>entente::EventCriteria</name>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="195"/>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actor: %1</source>
        <translation>Akteur: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actors: %1</source>
        <translation>Akteure: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="204"/>
        <source>uncategorized</source>
        <translation>ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="209"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="211"/>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="213"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="216"/>
        <source>Importance %1 or more</source>
        <translation>Wichtigkeit %1 oder höher</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="220"/>
        <source>Has relations</source>
        <translation>Mit Beziehungen</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="223"/>
        <source>Approximate dates only</source>
        <translation>Nur ungefähre Daten</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="254"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="263"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="275"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="286"/>
        <source>expected a list of text</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="299"/>
        <source>expected a list of actor ids (whole numbers)</source>
        <translation>Liste von Akteurs-IDs (ganze Zahlen) erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="315"/>
        <source>expected a date and time such as 2015-02-12T00:00:00Z, not “%1”</source>
        <translation>Datum mit Uhrzeit wie 2015-02-12T00:00:00Z erwartet, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="337"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="345"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>entente::EventDetails</name>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="32"/>
        <source>no date given by the sources</source>
        <translation>die Quellen nennen kein Datum</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="37"/>
        <source>known to the year</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="40"/>
        <source>known to the month</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="43"/>
        <source>known to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="46"/>
        <source>known to the minute</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="49"/>
        <source>%1, approximate</source>
        <translation>%1, ungefähr</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="69"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="92"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="94"/>
        <source>Edit this event here (F2 edits it in a window)</source>
        <translation>Dieses Ereignis hier bearbeiten (F2 bearbeitet es in einem eigenen Fenster)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="215"/>
        <source>Select an event on the timeline or in the list to read its details.</source>
        <translation>Ein Ereignis auf der Zeitleiste oder in der Liste auswählen, um seine Details zu lesen.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="219"/>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: ongoing</source>
        <translation>Ende: andauernd</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="231"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="234"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="236"/>
        <source>Importance: %1 of 5</source>
        <translation>Wichtigkeit: %1 von 5</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="278"/>
        <source>(removed actor)</source>
        <translation>(entfernter Akteur)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="285"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="290"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="292"/>
        <source>No source cited.</source>
        <translation>Keine Quelle angegeben.</translation>
    </message>
</context>
<context>
    <name>entente::EventDrag</name>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="65"/>
        <source>ends %1 → %2</source>
        <translation>endet %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="68"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="73"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="74"/>
        <source>Resize “%1”</source>
        <translation>Dauer von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>entente::EventEditing</name>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="20"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Neues Ereignis…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="21"/>
        <source>&amp;Edit Event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="24"/>
        <source>Add an event to the timeline</source>
        <translation>Ein Ereignis zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="25"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="26"/>
        <source>Edit the selected event (also Enter or a double click in the Events list)</source>
        <translation>Das ausgewählte Ereignis bearbeiten (auch mit der Eingabetaste oder einem Doppelklick in der Ereignisliste)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="118"/>
        <source>This file is read-only: it was opened for viewing, so it cannot be edited.</source>
        <translation>Diese Datei ist schreibgeschützt: Sie wurde nur zum Ansehen geöffnet und kann daher nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="119"/>
        <source>This file is read-only: it is write-protected or on a medium that cannot be written, so it cannot be edited.</source>
        <translation>Diese Datei ist schreibgeschützt: Sie hat einen Schreibschutz oder liegt auf einem Datenträger, der nicht beschrieben werden kann, und lässt sich daher nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>entente::EventEditor</name>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="30"/>
        <source>Still going on</source>
        <translation>Dauert noch an</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="39"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="40"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="41"/>
        <source>Relations to other events</source>
        <translation>Beziehungen zu anderen Ereignissen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="76"/>
        <source>What happened, in a few words</source>
        <translation>Was geschah, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="79"/>
        <source>A moment</source>
        <translation>Ein Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="80"/>
        <source>A period</source>
        <translation>Ein Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="83"/>
        <source>Pick one, or type a new name</source>
        <translation>Auswählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="85"/>
        <source>1: minor, 5: major; bigger markers on the timeline</source>
        <translation>1: gering, 5: hoch; größere Markierungen auf der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="86"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="91"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="92"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="94"/>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="95"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="97"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="98"/>
        <source>&amp;Importance:</source>
        <translation>&amp;Wichtigkeit:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="99"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="100"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>entente::EventEditorDialog</name>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="60"/>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="61"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>entente::EventListDock</name>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="15"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="57"/>
        <source>Could not list the events: %1</source>
        <translation>Die Ereignisse konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="77"/>
        <source>listing them…</source>
        <translation>wird aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="80"/>
        <source>%1 listed</source>
        <translation>%1 aufgelistet</translation>
    </message>
</context>
<context>
    <name>entente::EventListModel</name>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="432"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="434"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="436"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="438"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>entente::EventStore</name>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="97"/>
        <source>event “%1”</source>
        <translation>Ereignis „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="102"/>
        <source>actor “%1”</source>
        <translation>Akteur „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="107"/>
        <source>source “%1”</source>
        <translation>Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="112"/>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="117"/>
        <source>era “%1”</source>
        <translation>Epoche „%1“</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="135"/>
        <source>%1, %2 Nothing was changed.</source>
        <translation>%1, %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="268"/>
        <source>%1 is in an older timeline format (%2) and is upgraded before it is changed; nothing was changed</source>
        <translation>%1 liegt in einem älteren Zeitleistenformat vor (%2) und wird vor einer Änderung aktualisiert; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="272"/>
        <source>%1 is open read-only; nothing was changed</source>
        <translation>%1 ist schreibgeschützt geöffnet; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="513"/>
        <source>event %1 does not exist; nothing was changed</source>
        <translation>Ereignis %1 existiert nicht; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="994"/>
        <source>relation: there is no event %1 in this timeline. Nothing was changed.</source>
        <translation>Beziehung: In dieser Zeitleiste gibt es kein Ereignis %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1004"/>
        <source>relation: there is no relation type “%1” in this timeline. Nothing was changed.</source>
        <translation>Beziehung: In dieser Zeitleiste gibt es keinen Beziehungstyp „%1“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1105"/>
        <source>A saved view needs a name. Nothing was changed.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1111"/>
        <source>A saved view is named “%1” already. Nothing was changed.</source>
        <translation>Es gibt bereits eine gespeicherte Ansicht „%1“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1115"/>
        <source>Saved view “%1”: “%2” is not a lane mode (actor, category or packed). Nothing was changed.</source>
        <translation>Gespeicherte Ansicht „%1“: „%2“ ist kein Spurmodus (actor, category oder packed). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="32"/>
        <source>What the view shows</source>
        <translation>Was die Ansicht zeigt</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="33"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="38"/>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="39"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="43"/>
        <source>timeline.png, .svg or .pdf</source>
        <translation>zeitleiste.png, .svg oder .pdf</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="50"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="56"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="67"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="75"/>
        <source>Time:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="77"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="100"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="116"/>
        <source>Choose a file to write.</source>
        <translation>Eine Zieldatei auswählen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="118"/>
        <source>“%1” is not a format Entente writes: use .png, .svg or .pdf.</source>
        <translation>„%1“ ist kein Format, das Entente schreibt: .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="125"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="127"/>
        <source>To: %1</source>
        <translation>Bis: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>The range ends (%1) before it begins (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>A PDF takes the width of its pages, and as many pages as its lanes need.</source>
        <translation>Ein PDF übernimmt die Breite seiner Seiten und hat so viele Seiten, wie seine Spuren brauchen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="139"/>
        <source>The image is this wide, and at least this high: it grows to hold every lane.</source>
        <translation>Das Bild hat diese Breite und mindestens diese Höhe: Es wächst, bis jede Spur Platz hat.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="161"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>entente::FileUpgrade</name>
    <message>
        <location filename="../../core/store/fileupgrade.cpp" line="50"/>
        <source>Could not upgrade %1: %2 The file is as it was, and a copy of it is kept as %3.</source>
        <translation>%1 konnte nicht aktualisiert werden: %2 Die Datei ist unverändert geblieben, eine Kopie davon liegt unter %3.</translation>
    </message>
    <message>
        <location filename="../../core/store/fileupgrade.cpp" line="63"/>
        <source>Could not upgrade %1: a copy of it could not be kept as %2 first; it was not changed.</source>
        <translation>%1 konnte nicht aktualisiert werden: Zuvor ließ sich keine Kopie unter %2 anlegen; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>entente::FilterChip</name>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="17"/>
        <source>%1 (Delete removes this filter)</source>
        <translation>%1 (Entf entfernt diesen Filter)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="23"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="24"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>entente::FilterControls</name>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="21"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="30"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="48"/>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
</context>
<context>
    <name>entente::FilterPanel</name>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="77"/>
        <source>(uncategorized)</source>
        <translation>(ohne Kategorie)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="97"/>
        <source>Has &amp;relations</source>
        <translation>Mit &amp;Beziehungen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="98"/>
        <source>Appro&amp;ximate dates only</source>
        <translation>Nur &amp;ungefähre Daten</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="99"/>
        <source>C&amp;lear All Filters</source>
        <translation>Alle &amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="103"/>
        <source>Shows the events of any of the ticked categories</source>
        <translation>Zeigt die Ereignisse aller angekreuzten Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="105"/>
        <source>Shows the events that have any of the ticked tags</source>
        <translation>Zeigt die Ereignisse mit mindestens einem der angekreuzten Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="107"/>
        <source>Shows the events with a source from any of the ticked outlets</source>
        <translation>Zeigt die Ereignisse mit einer Quelle aus einem der angekreuzten Medien</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="109"/>
        <source>Shows every event again (the search stays)</source>
        <translation>Zeigt wieder alle Ereignisse (die Suche bleibt bestehen)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="116"/>
        <source>&amp;Actors</source>
        <translation>&amp;Akteure</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="118"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="120"/>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="122"/>
        <source>Date&amp;s</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="124"/>
        <source>Source &amp;outlets</source>
        <translation>&amp;Medien der Quellen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="182"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="202"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="203"/>
        <source>Shows the events that end on or after this date</source>
        <translation>Zeigt die Ereignisse, die an oder nach diesem Datum enden</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="204"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="205"/>
        <source>Shows the events that begin on or before this date</source>
        <translation>Zeigt die Ereignisse, die an oder vor diesem Datum beginnen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="210"/>
        <source> or more</source>
        <translation> oder höher</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="212"/>
        <source>Shows the events at least this important, from 1 (any) to 5 (the most important)</source>
        <translation>Zeigt die Ereignisse mit mindestens dieser Wichtigkeit, von 1 (beliebig) bis 5 (am wichtigsten)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="216"/>
        <source>&amp;Importance</source>
        <translation>&amp;Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="227"/>
        <source>Shows only the events at either end of a relation</source>
        <translation>Zeigt nur die Ereignisse, die an einem Ende einer Beziehung stehen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="229"/>
        <source>Shows only the events whose start or end is known to no more than a month or a year, or marked approximate (“c.”)</source>
        <translation>Zeigt nur die Ereignisse, deren Beginn oder Ende nur auf den Monat oder das Jahr genau bekannt ist oder die als ungefähr („ca.“) markiert sind</translation>
    </message>
</context>
<context>
    <name>entente::FoldTokenizer</name>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="278"/>
        <source>%1: the SQLite library this program uses has no full-text search (FTS5), which a timeline needs. Build the program with an SQLite that has it: with vcpkg, install &quot;sqlite3[fts5]&quot;; the system SQLite of Debian and Ubuntu and Homebrew&apos;s sqlite have it.</source>
        <translation>%1: Die SQLite-Bibliothek, die dieses Programm verwendet, bietet keine Volltextsuche (FTS5), die eine Zeitleiste aber braucht. Das Programm muss mit einer SQLite-Version erstellt werden, die sie enthält: Mit vcpkg &quot;sqlite3[fts5]&quot; installieren; das System-SQLite von Debian und Ubuntu sowie sqlite von Homebrew enthalten sie.</translation>
    </message>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="288"/>
        <source>%1: cannot register the search tokenizer: %2</source>
        <translation>%1: Der Tokenizer für die Suche lässt sich nicht registrieren: %2</translation>
    </message>
</context>
<context>
    <name>entente::GoToDatePrompt</name>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="15"/>
        <location filename="../../app/window/gotodateprompt.cpp" line="28"/>
        <source>Go to Date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="16"/>
        <source>A date, such as 2022, Feb 2022, 14 Feb 2022 or 2022-02-14:</source>
        <translation>Ein Datum, etwa 2022, Feb 2022, 14 Feb 2022 oder 2022-02-14:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarExport</name>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="162"/>
        <source>Actors: %1</source>
        <translation>Akteure: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="174"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarLine</name>
    <message>
        <location filename="../../core/io/icalendarline.cpp" line="99"/>
        <source>%1:%2: “%3” is not an iCalendar line (NAME:value)</source>
        <translation>%1:%2: „%3“ ist keine iCalendar-Zeile (NAME:Wert)</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarReader</name>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="114"/>
        <source>not an iCalendar file: it does not begin with BEGIN:VCALENDAR</source>
        <translation>keine iCalendar-Datei: Sie beginnt nicht mit BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="135"/>
        <source>BEGIN:%1 is never closed by END:%1</source>
        <translation>BEGIN:%1 wird nie durch END:%1 geschlossen</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="143"/>
        <source>BEGIN:%1 outside of a VCALENDAR</source>
        <translation>BEGIN:%1 außerhalb eines VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="155"/>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 ohne BEGIN:%1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="156"/>
        <source>END:%1 where END:%2 (of line %3) was expected</source>
        <translation>END:%1, wo END:%2 (aus Zeile %3) erwartet wurde</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="189"/>
        <source>the event repeats; only its first occurrence is imported (recurrences are not expanded)</source>
        <translation>das Ereignis wiederholt sich; nur sein erstes Auftreten wird importiert (Wiederholungen werden nicht aufgelöst)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="205"/>
        <source>the event has no DTSTART</source>
        <translation>das Ereignis hat kein DTSTART</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="238"/>
        <source>“%1” is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)</source>
        <translation>„%1“ ist weder ein Datum (YYYYMMDD) noch ein Datum mit Uhrzeit (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="261"/>
        <source>“%1” is not a duration (such as P1D or PT1H30M)</source>
        <translation>„%1“ ist keine Dauer (wie P1D oder PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="310"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>„%1“ ist keine Webadresse; sie wird weggelassen</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="327"/>
        <source>lines read as Windows-1252, not being UTF-8: %1</source>
        <translation>als Windows-1252 gelesene Zeilen, da nicht UTF-8: %1</translation>
    </message>
</context>
<context>
    <name>entente::ImplementationLevel</name>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="35"/>
        <source>Not initiated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="38"/>
        <source>Minimal</source>
        <comment>how far a provision is implemented</comment>
        <translation>Minimal</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="41"/>
        <source>Intermediate</source>
        <comment>how far a provision is implemented</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="44"/>
        <source>Full</source>
        <comment>how far a provision is implemented</comment>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="47"/>
        <source>Violated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="50"/>
        <source>Lapsed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="53"/>
        <source>Not assessed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>entente::ImportCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/importcommand.cpp" line="20"/>
        <source>Import %1 (%n events)</source>
        <translation>
            <numerusform>%1 importieren (%n Ereignis)</numerusform>
            <numerusform>%1 importieren (%n Ereignisse)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportController</name>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="60"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="72"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="73"/>
        <source>Add the events of a dataset or timeline file to this timeline</source>
        <translation>Die Ereignisse eines Datensatzes oder einer Zeitleistendatei dieser Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="95"/>
        <source>All supported (*.csv *.tsv *.txt *.json *.timeline *.ics)</source>
        <translation>Alle unterstützten (*.csv *.tsv *.txt *.json *.timeline *.ics)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="99"/>
        <source>CSV of any columns, mapped by hand (*.csv *.tsv *.txt)</source>
        <translation>CSV mit beliebigen Spalten, von Hand zugeordnet (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="104"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="139"/>
        <location filename="../../app/window/importcontroller.cpp" line="364"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="151"/>
        <source>This timeline is read-only: nothing can be imported into it.</source>
        <translation>Diese Zeitleiste ist schreibgeschützt: Es lässt sich nichts in sie importieren.</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="170"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="203"/>
        <location filename="../../app/window/importcontroller.cpp" line="257"/>
        <location filename="../../app/window/importcontroller.cpp" line="281"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="342"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="365"/>
        <source>%n events of the file are already in the timeline.</source>
        <translation>
            <numerusform>%n Ereignis der Datei ist bereits in der Zeitleiste.</numerusform>
            <numerusform>%n Ereignisse der Datei sind bereits in der Zeitleiste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="367"/>
        <source>Skip them, or update them with what the file says?</source>
        <translation>Überspringen oder mit den Angaben der Datei aktualisieren?</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="368"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="369"/>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="386"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="405"/>
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>%n Ereignis aus %1 importiert</numerusform>
            <numerusform>%n Ereignisse aus %1 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportFormats</name>
    <message>
        <location filename="../../core/io/importformats.cpp" line="30"/>
        <source>Entente JSON</source>
        <translation>Entente-JSON</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="32"/>
        <source>TimelineJS</source>
        <translation>TimelineJS</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="33"/>
        <source>ACLED CSV</source>
        <translation>ACLED CSV</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="34"/>
        <source>UCDP GED CSV</source>
        <translation>UCDP GED CSV</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="35"/>
        <source>PA-X CSV</source>
        <translation>PA-X CSV</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="36"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="37"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="38"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="201"/>
        <source>Entente cannot tell which format the file is in; choose one of %1.</source>
        <translation>Entente kann nicht erkennen, in welchem Format die Datei vorliegt; bitte eines davon wählen: %1.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="204"/>
        <source>%1: Entente cannot tell which format this file is in; choose one of %2.</source>
        <translation>%1: Entente kann nicht erkennen, in welchem Format diese Datei vorliegt; bitte eines davon wählen: %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="208"/>
        <source>Importing %1 files is not supported yet.</source>
        <translation>Der Import von %1-Dateien wird noch nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>entente::ImportProblemsDialog</name>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="34"/>
        <source>Import Problems</source>
        <translation>Probleme beim Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="38"/>
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="39"/>
        <source>The other %n events can be.</source>
        <translation>
            <numerusform>Das übrige Ereignis kann importiert werden.</numerusform>
            <numerusform>Die übrigen %n Ereignisse können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="40"/>
        <source>The file can be imported (%n events), but note:</source>
        <translation>
            <numerusform>Die Datei kann importiert werden (%n Ereignis), aber bitte beachten:</numerusform>
            <numerusform>Die Datei kann importiert werden (%n Ereignisse), aber bitte beachten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="42"/>
        <source>The first %1 are listed; Save writes them all.</source>
        <translation>Die ersten %1 sind aufgeführt; „Speichern“ schreibt alle.</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="48"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="73"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Skip These Rows</source>
        <translation>Diese Zeilen ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="58"/>
        <source>&amp;Cancel Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="59"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="61"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="86"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="94"/>
        <source>Save Import Problems</source>
        <translation>Probleme beim Import speichern</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="87"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="95"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>entente::ImportRun</name>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="47"/>
        <location filename="../../app/cli/importrun.cpp" line="161"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="66"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="90"/>
        <source>Rows with problems: nothing was imported.</source>
        <translation>Zeilen mit Problemen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="111"/>
        <source>a row with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>eine Zeile mit Problemen; es wurde nichts importiert (--skip-bad-rows importiert die übrigen Zeilen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="113"/>
        <source>%n rows with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>
            <numerusform>%n Zeile mit Problemen; es wurde nichts importiert (--skip-bad-rows importiert die übrigen Zeilen)</numerusform>
            <numerusform>%n Zeilen mit Problemen; es wurde nichts importiert (--skip-bad-rows importiert die übrigen Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="120"/>
        <source>Imported %n events (%1 updated, %2 skipped) from %3</source>
        <translation>
            <numerusform>%n Ereignis aus %3 importiert (%1 aktualisiert, %2 übersprungen)</numerusform>
            <numerusform>%n Ereignisse aus %3 importiert (%1 aktualisiert, %2 übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="143"/>
        <source>--map: %1 is a %2 file, whose columns Entente knows</source>
        <translation>--map: %1 ist eine %2-Datei, deren Spalten Entente kennt</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="184"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>entente::IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../../core/db/integritycheck.cpp" line="39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/db/integritycheck.cpp" line="41"/>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>entente::LaneHeaders</name>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Unfold %1</source>
        <translation>%1 &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Fold %1</source>
        <translation>%1 &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="119"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="122"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="126"/>
        <source>&amp;Hide %1</source>
        <translation>%1 aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="130"/>
        <source>&amp;Show All Lanes</source>
        <translation>Alle Spuren &amp;einblenden</translation>
    </message>
</context>
<context>
    <name>entente::LaneModel</name>
    <message>
        <location filename="../../app/timeline/timelinecolours.cpp" line="226"/>
        <location filename="../../core/timeline/lanearrangements.cpp" line="135"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="79"/>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanearrangements.cpp" line="141"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="66"/>
        <source>No actor</source>
        <translation>Kein Akteur</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanemodel.cpp" line="92"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>entente::LanguageMenu</name>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="13"/>
        <source>Lang&amp;uage</source>
        <translation>Sprac&amp;he</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="26"/>
        <source>Same as the &amp;System (%1)</source>
        <translation>Wie das &amp;System (%1)</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="46"/>
        <source>Entente will use %1 from its next start.</source>
        <translation>Entente spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>entente::LevelColours</name>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="47"/>
        <source>%n full</source>
        <translation>
            <numerusform>%n vollständig</numerusform>
            <numerusform>%n vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="49"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n teilweise</numerusform>
            <numerusform>%n teilweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="51"/>
        <source>%n none</source>
        <translation>
            <numerusform>%n ohne Umsetzung</numerusform>
            <numerusform>%n ohne Umsetzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="53"/>
        <source>%n violated</source>
        <translation>
            <numerusform>%n verletzt</numerusform>
            <numerusform>%n verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="55"/>
        <source>%n lapsed</source>
        <translation>
            <numerusform>%n verstrichen</numerusform>
            <numerusform>%n verstrichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="57"/>
        <source>%n not assessed</source>
        <translation>
            <numerusform>%n nicht bewertet</numerusform>
            <numerusform>%n nicht bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LinkOpener</name>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="18"/>
        <location filename="../../app/window/linkopener.cpp" line="26"/>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="19"/>
        <source>Entente opens only web (http, https) and e-mail addresses. This link was not opened:

%1</source>
        <translation>Entente öffnet nur Web- (http, https) und E-Mail-Adressen. Dieser Link wurde nicht geöffnet:

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="28"/>
        <source>Open this address?

%1</source>
        <translation>Diese Adresse öffnen?

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="29"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="121"/>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="174"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="214"/>
        <source>&amp;Go to Date…</source>
        <translation>Zu &amp;Datum springen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="215"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="236"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="249"/>
        <source>&amp;Export Image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="251"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="253"/>
        <source>Export &amp;Data…</source>
        <translation>Da&amp;ten exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="255"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="259"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="269"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="290"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="303"/>
        <source>Find Ne&amp;xt</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="307"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts suc&amp;hen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="339"/>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="340"/>
        <source>&amp;Actors…</source>
        <translation>&amp;Akteure…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="342"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Kategorien…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="344"/>
        <source>&amp;Eras…</source>
        <translation>&amp;Epochen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="346"/>
        <source>&amp;Relation Types…</source>
        <translation>&amp;Beziehungstypen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="349"/>
        <source>R&amp;oles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="351"/>
        <source>Actor &amp;Groups…</source>
        <translation>Akteurs&amp;gruppen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="358"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="361"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="363"/>
        <source>Zoom to &amp;Fit</source>
        <translation>Alles &amp;einpassen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="365"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="368"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="372"/>
        <source>For&amp;ward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="385"/>
        <source>&amp;Colour Events By</source>
        <translation>Ereignisse &amp;färben nach</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="398"/>
        <source>&amp;Actor (lane)</source>
        <translation>&amp;Akteur (Spur)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="399"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="401"/>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="422"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="423"/>
        <source>&amp;About Entente</source>
        <translation>Ü&amp;ber Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="425"/>
        <source>About Entente</source>
        <translation>Über Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="426"/>
        <source>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;A timeline viewer for conflict diplomacy: who met whom, what followed what, and where each fact comes from.&lt;p&gt;Timeline: wheel zooms about the cursor, drag pans, arrow keys pan, + and − zoom, F fits everything, Esc clears the selection. F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;Ein Zeitleisten-Betrachter für Konfliktdiplomatie: wer wen getroffen hat, was worauf folgte und woher jede Angabe stammt.&lt;p&gt;Zeitleiste: Das Mausrad zoomt um den Mauszeiger, Ziehen und die Pfeiltasten verschieben die Ansicht, + und − zoomen, F zeigt alles, Esc hebt die Auswahl auf. F6 oder Ctrl+Tab wechselt zum nächsten Bereich.</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="437"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Spuren</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>By &amp;Actor</source>
        <translation>Nach &amp;Akteur</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>A lane per actor, people under their state (Ctrl+1)</source>
        <translation>Eine Spur je Akteur, Personen unter ihrem Staat (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="452"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>By &amp;Category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>A lane per category of event (Ctrl+2)</source>
        <translation>Eine Spur je Ereigniskategorie (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="454"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>&amp;Packed</source>
        <translation>&amp;Zusammengefasst</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>Every event in one lane (Ctrl+3)</source>
        <translation>Alle Ereignisse in einer Spur (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="456"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="462"/>
        <source>Show &amp;Hidden Lane</source>
        <translation>Ausgeblendete Spur ein&amp;blenden</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="471"/>
        <source>(none hidden)</source>
        <translation>(keine ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="474"/>
        <source>Show Al&amp;l Lanes</source>
        <translation>Alle Spuren &amp;einblenden</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="551"/>
        <location filename="../../app/window/mainwindow.cpp" line="721"/>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="556"/>
        <source>%1 (read-only) — Entente</source>
        <translation>%1 (schreibgeschützt) – Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="557"/>
        <source>%1 — Entente</source>
        <translation>%1 – Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="560"/>
        <source>%1 (%2, read-only) — Entente</source>
        <translation>%1 (%2, schreibgeschützt) – Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="561"/>
        <source>%1 (%2) — Entente</source>
        <translation>%1 (%2) – Entente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/mainwindow.cpp" line="575"/>
        <source>%Ln events in %1</source>
        <translation>
            <numerusform>%Ln Ereignis in %1</numerusform>
            <numerusform>%Ln Ereignisse in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="577"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="677"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="681"/>
        <location filename="../../app/window/mainwindow.cpp" line="696"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>entente::ManagerDialog</name>
    <message>
        <location filename="../../app/window/managerdialog.cpp" line="139"/>
        <source>This timeline is read-only (the file is write-protected or on a read-only medium): it can be looked at here, not changed.</source>
        <translation>Diese Zeitleiste kann nur gelesen werden (die Datei ist schreibgeschützt oder liegt auf einem nur lesbaren Datenträger): Sie lässt sich hier ansehen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>entente::MappedCsvReader</name>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="59"/>
        <source>lines read as Windows-1252 because they are not UTF-8: %1</source>
        <translation>als Windows-1252 gelesene Zeilen, weil sie nicht UTF-8 sind: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="62"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="123"/>
        <source>%1:1: the column mapping is for %n columns, the file has %2</source>
        <translation>
            <numerusform>%1:1: Die Spaltenzuordnung ist für %n Spalte ausgelegt, die Datei hat %2</numerusform>
            <numerusform>%1:1: Die Spaltenzuordnung ist für %n Spalten ausgelegt, die Datei hat %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="129"/>
        <source>%1:1: %2</source>
        <translation>%1:1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="156"/>
        <source>%1: %2 Say which order the dates are in (day first or month first).</source>
        <translation>%1: %2 Bitte angeben, in welcher Reihenfolge die Daten stehen (Tag zuerst oder Monat zuerst).</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="160"/>
        <source>%1: dates such as “%2” can be read day first or month first, and no date in the file settles which. Say which order the dates are in.</source>
        <translation>%1: Daten wie „%2“ lassen sich mit dem Tag oder dem Monat zuerst lesen, und kein Datum in der Datei entscheidet das. Bitte angeben, in welcher Reihenfolge die Daten stehen.</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="237"/>
        <source>“%1” is no importance: write a number from 1 (minor) to 5 (major).</source>
        <translation>„%1“ ist keine Wichtigkeit: Bitte eine Zahl von 1 (gering) bis 5 (hoch) angeben.</translation>
    </message>
</context>
<context>
    <name>entente::MoveProvisionCommand</name>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="30"/>
        <source>Move %1 of %2 up</source>
        <translation>%1 in %2 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="31"/>
        <source>Move %1 of %2 down</source>
        <translation>%1 in %2 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>entente::NameLabelDialog</name>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="36"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="37"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableCsv</name>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableDock</name>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="32"/>
        <source>Negotiating Table</source>
        <translation>Verhandlungstisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="38"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="70"/>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="205"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="73"/>
        <source>&amp;Process:</source>
        <translation>&amp;Prozess:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="75"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="76"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="172"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="192"/>
        <source>More than %L1 events in these categories: the first %L1 are shown. Untick a category to see the others.</source>
        <translation>Mehr als %L1 Ereignisse in diesen Kategorien: Die ersten %L1 werden angezeigt. Um die übrigen zu sehen, eine Kategorie abwählen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="226"/>
        <source>Negotiating table — %1</source>
        <translation>Verhandlungstisch – %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="233"/>
        <source>Export Negotiating Table</source>
        <translation>Verhandlungstisch exportieren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="234"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableExport</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="40"/>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="45"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="57"/>
        <source>Negotiating table</source>
        <translation>Verhandlungstisch</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTablePainter</name>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="227"/>
        <source>%1: not at %2</source>
        <translation>%1: nicht bei %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="229"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="251"/>
        <source>No talks or agreements within these filters.</source>
        <translation>Keine Gespräche oder Abkommen innerhalb dieser Filter.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="315"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="470"/>
        <source>a group&apos;s members at the table, kept from it</source>
        <translation>Mitglieder einer Gruppe: am Tisch, vom Tisch ferngehalten</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableText</name>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="45"/>
        <source>%n at the table</source>
        <translation>
            <numerusform>%n am Tisch</numerusform>
            <numerusform>%n am Tisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="48"/>
        <source>%n excluded</source>
        <translation>
            <numerusform>%n ausgeschlossen</numerusform>
            <numerusform>%n ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="55"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableView</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableview.cpp" line="24"/>
        <source>Negotiating table</source>
        <translation>Verhandlungstisch</translation>
    </message>
</context>
<context>
    <name>entente::OverviewStrip</name>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="25"/>
        <location filename="../../app/timeline/overviewstrip.cpp" line="143"/>
        <source>All of the timeline</source>
        <translation>Die gesamte Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="26"/>
        <source>The whole timeline: drag the frame to move through time, its edges to zoom</source>
        <translation>Die gesamte Zeitleiste: Den Rahmen ziehen, um sich durch die Zeit zu bewegen, seine Ränder, um zu zoomen</translation>
    </message>
</context>
<context>
    <name>entente::PaneFocus</name>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="11"/>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="12"/>
        <source>P&amp;revious Pane</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="15"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="16"/>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="16"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="17"/>
        <source>Move the keyboard focus to the next pane (F6 or Ctrl+Tab)</source>
        <translation>Den Tastaturfokus in den nächsten Bereich setzen (F6 oder Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="19"/>
        <source>Move the keyboard focus to the previous pane (Shift+F6 or Ctrl+Shift+Tab)</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich setzen (Shift+F6 oder Ctrl+Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>entente::PartialDate</name>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="32"/>
        <source>year %1 is outside 1–9999</source>
        <translation>das Jahr %1 liegt außerhalb von 1–9999</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="35"/>
        <source>month %1 is not between 01 and 12</source>
        <translation>der Monat %1 liegt nicht zwischen 01 und 12</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="38"/>
        <source>day %1 does not exist in %2-%3</source>
        <translation>den Tag %1 gibt es im Monat %2-%3 nicht</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="44"/>
        <source>time %1:%2 is not a valid time of day</source>
        <translation>%1:%2 ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="146"/>
        <source>Entente cannot read “%1” as a date: write it as 2022-02-14, 14 Feb 2022 or February 14, 2022.</source>
        <translation>Entente kann „%1“ nicht als Datum lesen: Bitte als 2022-02-14, 14 Feb 2022 oder 14. Februar 2022 schreiben.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="221"/>
        <source>No month is called “%1”: write a date as 14 Feb 2022.</source>
        <translation>Kein Monat heißt „%1“: Bitte ein Datum als 14 Feb 2022 schreiben.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="227"/>
        <source>A year is missing from “%1”: write it as 14 Feb 2022.</source>
        <translation>In „%1“ fehlt das Jahr: Bitte als 14 Feb 2022 schreiben.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="286"/>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="291"/>
        <source>“%1” is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (optionally followed by ~ for “approximate”)</source>
        <translation>„%1“ ist kein Datum der Form YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDThh:mm (wahlweise gefolgt von ~ für „ungefähr“)</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="306"/>
        <source>Type a date, such as 2022-02-14 or 14 Feb 2022.</source>
        <translation>Ein Datum eingeben, etwa 2022-02-14 oder 14 Feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="391"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="398"/>
        <source>MMM yyyy</source>
        <comment>a date known to the month, as a QDate format: MMM is the month&apos;s short name, yyyy the year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="402"/>
        <source>d MMM yyyy</source>
        <comment>a date known to the day, as a QDate format: d is the day, MMM the month&apos;s short name</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="430"/>
        <source>year</source>
        <comment>how precisely a date is known</comment>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="432"/>
        <source>month</source>
        <comment>how precisely a date is known</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="434"/>
        <source>day</source>
        <comment>how precisely a date is known</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="436"/>
        <source>minute</source>
        <comment>how precisely a date is known</comment>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="186"/>
        <location filename="../../core/model/partialdate.cpp" line="408"/>
        <source>c. %1</source>
        <translation>ca. %1</translation>
    </message>
</context>
<context>
    <name>entente::PartialDateEdit</name>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="46"/>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="48"/>
        <source>e.g. 2014, Sep 2014, 14 Feb 2022</source>
        <translation>z. B. 2014, Sep 2014, 14 Feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="54"/>
        <source>How precisely the sources give the date; choose a coarser one to drop what they do not say</source>
        <translation>Wie genau die Quellen das Datum angeben; eine gröbere Angabe wählen, um wegzulassen, was sie nicht sagen</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="57"/>
        <source>The sources give the date only roughly (“c.”)</source>
        <translation>Die Quellen geben das Datum nur ungefähr an („ca.“)</translation>
    </message>
</context>
<context>
    <name>entente::PasteEventsCommand</name>
    <message>
        <location filename="../../app/commands/pasteeventscommand.cpp" line="11"/>
        <source>Paste “%1”</source>
        <translation>„%1“ einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/pasteeventscommand.cpp" line="13"/>
        <source>Paste %n Events</source>
        <translation>
            <numerusform>%n Ereignis einfügen</numerusform>
            <numerusform>%n Ereignisse einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::PaxCoding</name>
    <message numerus="yes">
        <location filename="../../core/io/paxcoding.cpp" line="53"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/paxcoding.cpp" line="55"/>
        <source>%1 (coded by PA-X: %2)</source>
        <translation>%1 (codiert von PA-X: %2)</translation>
    </message>
</context>
<context>
    <name>entente::PaxReader</name>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="115"/>
        <source>Parties: %1</source>
        <translation>Parteien: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="118"/>
        <source>Third parties: %1</source>
        <translation>Drittparteien: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="199"/>
        <source>the row has no agreement id</source>
        <translation>die Zeile hat keine Abkommens-ID</translation>
    </message>
</context>
<context>
    <name>entente::PictureExport</name>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="32"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="92"/>
        <source>the file cannot be opened for writing</source>
        <translation>die Datei lässt sich nicht zum Schreiben öffnen</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="97"/>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="113"/>
        <source>cannot write %1: unknown format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1 kann nicht geschrieben werden: unbekanntes Format &quot;%2&quot;; .png, .svg oder .pdf verwenden</translation>
    </message>
</context>
<context>
    <name>entente::PrintPreview</name>
    <message>
        <location filename="../../app/export/printpreview.cpp" line="47"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionForm</name>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="36"/>
        <source>As the agreement numbers it: 1, 2a, IV.3</source>
        <translation>Wie das Abkommen sie nummeriert: 1, 2a, IV.3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="37"/>
        <source>One neutral line: what it promises</source>
        <translation>Eine neutrale Zeile: was sie zusagt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="38"/>
        <source>The full text, where known</source>
        <translation>Der vollständige Text, soweit bekannt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="49"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="50"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="52"/>
        <source>Full &amp;text:</source>
        <translation>Vollständiger &amp;Text:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="53"/>
        <source>To&amp;pic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="54"/>
        <source>Part&amp;ies:</source>
        <translation>Pa&amp;rteien:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="55"/>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>On a date</source>
        <translation>Zu einem Datum</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>Days after the agreement</source>
        <translation>Tage nach dem Abkommen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="68"/>
        <source>Days after another provision is carried out</source>
        <translation>Tage nach Umsetzung einer anderen Bestimmung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="73"/>
        <source> days after</source>
        <translation> Tage nach</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="216"/>
        <source>Type the date it was due by.</source>
        <translation>Das Datum eingeben, bis zu dem sie umzusetzen war.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="223"/>
        <source>The agreement has no other provision to follow.</source>
        <translation>Das Abkommen hat keine andere Bestimmung, auf die sie folgen könnte.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="224"/>
        <source>Choose the provision whose fulfilment the days count from.</source>
        <translation>Die Bestimmung wählen, ab deren Erfüllung die Tage gezählt werden.</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionLinkDialog</name>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="33"/>
        <source>Link “%1” to a Provision</source>
        <translation>„%1“ mit einer Bestimmung verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="46"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Abkommen:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="47"/>
        <source>&amp;Provision:</source>
        <translation>&amp;Bestimmung:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="49"/>
        <source>The event:</source>
        <translation>Das Ereignis:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="50"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="51"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="53"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="77"/>
        <source>No agreement in this timeline has provisions yet: add them with Edit ▸ Edit Provisions… on the agreement.</source>
        <translation>Noch kein Abkommen in dieser Zeitleiste hat Bestimmungen: Sie lassen sich mit Bearbeiten ▸ Bestimmungen bearbeiten… am Abkommen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="119"/>
        <source>The event is linked to this provision so already.</source>
        <translation>Das Ereignis ist bereits auf diese Weise mit dieser Bestimmung verknüpft.</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionLinksEdit</name>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="29"/>
        <source>&amp;Link Selected Event</source>
        <translation>Ausgewähltes Ereignis &amp;verknüpfen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="30"/>
        <source>Unlin&amp;k</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="34"/>
        <source>Links the events selected on the timeline to this provision, with the link, source and note below</source>
        <translation>Verknüpft die auf der Zeitleiste ausgewählten Ereignisse mit dieser Bestimmung, mit der unten angegebenen Verknüpfung, Quelle und Notiz</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="65"/>
        <source>Why the source says so</source>
        <translation>Warum die Quelle das sagt</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionTopic</name>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="42"/>
        <source>Ceasefire</source>
        <translation>Waffenruhe</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="44"/>
        <source>Withdrawal and disarmament</source>
        <translation>Rückzug und Entwaffnung</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="46"/>
        <source>Monitoring and verification</source>
        <translation>Überwachung und Verifikation</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="49"/>
        <source>Prisoners and detainees</source>
        <translation>Gefangene und Inhaftierte</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="51"/>
        <source>Amnesty</source>
        <translation>Amnestie</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="53"/>
        <source>Humanitarian access</source>
        <translation>Humanitärer Zugang</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="55"/>
        <source>Elections</source>
        <translation>Wahlen</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="57"/>
        <source>Constitutional reform and decentralisation</source>
        <translation>Verfassungsreform und Dezentralisierung</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="60"/>
        <source>Borders</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="62"/>
        <source>Security guarantees</source>
        <translation>Sicherheitsgarantien</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="64"/>
        <source>Economic and social ties</source>
        <translation>Wirtschaftliche und soziale Beziehungen</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="66"/>
        <source>Implementation mechanism</source>
        <translation>Umsetzungsmechanismus</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="68"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>entente::ReaderConnection</name>
    <message>
        <location filename="../../core/store/readerconnection.cpp" line="34"/>
        <source>reading %1 was stopped</source>
        <translation>das Lesen von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>entente::ReadingCopy</name>
    <message>
        <location filename="../../core/store/readingcopy.cpp" line="56"/>
        <source>%1: cannot make a temporary copy to read it from (%2)</source>
        <translation>%1: Es lässt sich keine temporäre Kopie anlegen, aus der gelesen werden kann (%2)</translation>
    </message>
</context>
<context>
    <name>entente::ReassignDialog</name>
    <message>
        <location filename="../../app/window/reassigndialog.cpp" line="30"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>entente::RecentFiles</name>
    <message>
        <location filename="../../app/window/recentfiles.cpp" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/window/recentfiles.cpp" line="57"/>
        <source>%1 is gone: there is no file there any more</source>
        <translation>%1 ist verschwunden: Dort gibt es keine Datei mehr</translation>
    </message>
</context>
<context>
    <name>entente::Relation</name>
    <message>
        <location filename="../../core/model/relation.cpp" line="17"/>
        <source>led to</source>
        <translation>führte zu</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="20"/>
        <source>response to</source>
        <translation>Reaktion auf</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="23"/>
        <source>violates</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="26"/>
        <source>confirms</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="29"/>
        <source>related to</source>
        <translation>hängt zusammen mit</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeCommand</name>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Edit Relation Type “%1”</source>
        <translation>Beziehungstyp „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Add Relation Type “%1”</source>
        <translation>Beziehungstyp „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="41"/>
        <source>Rename Relation Type “%1” to “%2”</source>
        <translation>Beziehungstyp „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="51"/>
        <source>Delete Relation Type “%1”</source>
        <translation>Beziehungstyp „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeDialog</name>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="10"/>
        <source>New Relation Type</source>
        <translation>Neuer Beziehungstyp</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="11"/>
        <source>Edit Relation Type</source>
        <translation>Beziehungstyp bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="12"/>
        <source>e.g. escalated, in the files and the clipboard</source>
        <translation>z. B. eskaliert; so steht er in den Dateien und der Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="13"/>
        <source>e.g. escalated into, as the timeline says it</source>
        <translation>z. B. eskalierte zu; so zeigt ihn die Zeitleiste an</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="14"/>
        <source>Automatic: the arrows keep their usual colour</source>
        <translation>Automatisch: Die Pfeile behalten ihre übliche Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="15"/>
        <source>The timeline shows a relation by its type&apos;s label.</source>
        <translation>Die Zeitleiste zeigt eine Beziehung mit der Bezeichnung ihres Typs an.</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeManager</name>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="19"/>
        <source>Relation Types</source>
        <translation>Beziehungstypen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="23"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="25"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="39"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="64"/>
        <source>A relation type needs a name.</source>
        <translation>Ein Beziehungstyp braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="71"/>
        <source>“%1” is a relation type already: choose another name, or delete one of the two and change its relations to the other.</source>
        <translation>„%1“ ist bereits ein Beziehungstyp: Bitte einen anderen Namen wählen oder einen der beiden löschen und seine Beziehungen dem anderen zuordnen.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>Rename Relation Type</source>
        <translation>Beziehungstyp umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="147"/>
        <source>Delete Relation Type</source>
        <translation>Beziehungstyp löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/relationtypemanager.cpp" line="148"/>
        <source>%n relations are of the type “%1”.</source>
        <translation>
            <numerusform>%n Beziehung ist vom Typ „%1“.</numerusform>
            <numerusform>%n Beziehungen sind vom Typ „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>&amp;Change them to:</source>
        <translation>&amp;Ändern in:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>D&amp;elete them</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeTable</name>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="59"/>
        <location filename="../../core/store/relationtypetable.cpp" line="127"/>
        <source>a relation type needs a name; nothing was changed</source>
        <translation>ein Beziehungstyp braucht einen Namen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="62"/>
        <source>the relation type “%1” needs a label; nothing was changed</source>
        <translation>der Beziehungstyp „%1“ braucht eine Bezeichnung; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="102"/>
        <source>the relations of “%1” cannot move to the type being removed; nothing was changed</source>
        <translation>die Beziehungen von „%1“ können nicht zu dem Typ wechseln, der entfernt wird; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="130"/>
        <source>there is already a relation type “%1”; nothing was changed</source>
        <translation>es gibt bereits einen Beziehungstyp „%1“; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="137"/>
        <source>there is no relation type “%1”; nothing was changed</source>
        <translation>es gibt keinen Beziehungstyp „%1“; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>entente::RelationsEdit</name>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="45"/>
        <source>Add Relation</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="76"/>
        <source>this event →</source>
        <translation>dieses Ereignis →</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="77"/>
        <source>this event ←</source>
        <translation>dieses Ereignis ←</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="78"/>
        <source>→: this event led to, answered… the other; ←: the other one did</source>
        <translation>→: Dieses Ereignis führte zum anderen, antwortete darauf usw.; ←: umgekehrt</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="94"/>
        <source>What links them</source>
        <translation>Was sie verbindet</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="99"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="130"/>
        <source>Type a title and pick the event</source>
        <translation>Titel eingeben und das Ereignis auswählen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="203"/>
        <source>Relation %1: pick the other event from the list that opens as you type its title.</source>
        <translation>Beziehung %1: Das andere Ereignis aus der Liste auswählen, die sich beim Eintippen seines Titels öffnet.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="213"/>
        <source>Relation %1: %2</source>
        <translation>Beziehung %1: %2</translation>
    </message>
</context>
<context>
    <name>entente::RemoveEventsCommand</name>
    <message>
        <location filename="../../app/commands/removeeventscommand.cpp" line="14"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/removeeventscommand.cpp" line="16"/>
        <source>Delete %n Events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RemoveRowCommand</name>
    <message>
        <location filename="../../app/commands/removerowcommand.h" line="24"/>
        <source>Delete %1 “%2”</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
</context>
<context>
    <name>entente::RoleManager</name>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="34"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="36"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="37"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="38"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="59"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="103"/>
        <source>Entente&apos;s own roles keep their names, which files and imports use: change its label with Edit… instead.</source>
        <translation>Die eigenen Rollen von Entente behalten ihre Namen, die Dateien und Importe verwenden: Stattdessen die Bezeichnung mit „Bearbeiten…“ ändern.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="117"/>
        <source>“%1” is one of Entente&apos;s own roles: it cannot be deleted.</source>
        <translation>„%1“ ist eine der eigenen Rollen von Entente: Sie kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/rolemanager.cpp" line="121"/>
        <source>%Ln events give the role “%1”: give them another role first.</source>
        <translation>
            <numerusform>Ein Ereignis vergibt die Rolle „%1“: Bitte ihm zuerst eine andere Rolle zuweisen.</numerusform>
            <numerusform>%Ln Ereignisse vergeben die Rolle „%1“: Bitte ihnen zuerst eine andere Rolle zuweisen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="142"/>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="149"/>
        <source>“%1” is a role already: choose another name.</source>
        <translation>„%1“ ist bereits eine Rolle: Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>Rename Role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>entente::SaveEventCommand</name>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="11"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="12"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>entente::SavedView</name>
    <message>
        <location filename="../../core/store/savedview.cpp" line="37"/>
        <source>“name”: expected the view&apos;s name</source>
        <translation>„name“: Name der Ansicht erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="39"/>
        <source>“criteria”: expected an object</source>
        <translation>„criteria“: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="41"/>
        <source>“visible”: expected an object with “from” and “to”, or null</source>
        <translation>„visible“: Objekt mit „from“ und „to“ oder null erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="45"/>
        <source>“lanes”: expected one of actor, category, packed or &quot;&quot;</source>
        <translation>„lanes“: eines von actor, category, packed oder &quot;&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="52"/>
        <source>“criteria”, %1</source>
        <translation>„criteria“, %1</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="58"/>
        <source>“visible”: expected “from” and “to” as date-times or seconds</source>
        <translation>„visible“: „from“ und „to“ als Datum mit Uhrzeit oder in Sekunden erwartet</translation>
    </message>
</context>
<context>
    <name>entente::SavedViewsMenu</name>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="27"/>
        <source>&amp;Saved Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="46"/>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="51"/>
        <source>“%1” is the name of a saved view already: choose another.</source>
        <translation>„%1“ ist bereits der Name einer gespeicherten Ansicht: Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="76"/>
        <source>Save &amp;Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="84"/>
        <source>&amp;Update to Current View</source>
        <translation>Mit aktueller Ansicht &amp;überschreiben</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="85"/>
        <source>&amp;Rename View</source>
        <translation>Ansicht &amp;umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="86"/>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="92"/>
        <source>No Saved Views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="120"/>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="140"/>
        <source>Rename Saved View</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="147"/>
        <source>Rename Saved View “%1” to “%2”</source>
        <translation>Gespeicherte Ansicht „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="161"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>entente::SchemaCheck</name>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="62"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="65"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="68"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="71"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="86"/>
        <source>%1 has a %2 “%3” that no Entente timeline has; it was not opened and not changed, because it could run code that the file brings</source>
        <translation>%1 enthält das Objekt „%3“ (%2), das keine Entente-Zeitleiste hat; die Datei wurde weder geöffnet noch verändert, weil es Code ausführen könnte, den die Datei mitbringt</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="91"/>
        <source>%1: its %2 “%3” is not the one of timeline format %4; it was not opened and not changed</source>
        <translation>%1: Das Objekt „%3“ (%2) entspricht nicht dem des Zeitleistenformats %4; die Datei wurde weder geöffnet noch verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="99"/>
        <source>%1 lacks the %2 “%3” of timeline format %4: it is damaged or was not written by Entente; it was not changed</source>
        <translation>In %1 fehlt das Objekt „%3“ (%2) des Zeitleistenformats %4: Die Datei ist beschädigt oder wurde nicht von Entente geschrieben; sie wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>entente::SchemaMigrator</name>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="31"/>
        <source>%1 is not an Entente timeline, or it is damaged (%2)</source>
        <translation>%1 ist keine Entente-Zeitleiste oder ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="57"/>
        <source>%1 is read-only and in an older timeline format (%2) that needs upgrading; copy it somewhere writable</source>
        <translation>%1 ist schreibgeschützt und liegt in einem älteren Zeitleistenformat (%2) vor, das aktualisiert werden muss; bitte an einen beschreibbaren Ort kopieren</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="84"/>
        <source>%1: upgrading to timeline format %2 would leave a row of “%3” referring to nothing; it was not changed</source>
        <translation>%1: Die Aktualisierung auf das Zeitleistenformat %2 würde eine Zeile von „%3“ hinterlassen, die auf nichts verweist; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="100"/>
        <source>schema script %1 is missing from this build</source>
        <translation>das Schema-Skript %1 fehlt in dieser Programmversion</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardDock</name>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="38"/>
        <source>Agreement Scorecard</source>
        <translation>Umsetzungsbilanz</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="41"/>
        <source>F&amp;it</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="44"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="48"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Abkommen:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="52"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="137"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="182"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="183"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="184"/>
        <source>the agreement&apos;s date</source>
        <translation>Datum des Abkommens</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="185"/>
        <source>its end, or today</source>
        <translation>sein Ende oder heute</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="186"/>
        <source>Show the agreement&apos;s whole span: from its date to its end, or today</source>
        <translation>Die gesamte Laufzeit des Abkommens anzeigen: von seinem Datum bis zu seinem Ende oder bis heute</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardPainter</name>
    <message>
        <location filename="../../app/agreements/scorecardpainter.cpp" line="305"/>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardText</name>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="16"/>
        <source>implements</source>
        <translation>setzt um</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="18"/>
        <source>violates</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="20"/>
        <source>refers to</source>
        <translation>bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="28"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="34"/>
        <source>All provisions</source>
        <translation>Alle Bestimmungen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="35"/>
        <source>All of %1</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="47"/>
        <source>%1
%2 — %3 this provision</source>
        <translation>%1
%2 – Verhältnis zu dieser Bestimmung: %3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="54"/>
        <source>%1 from %2
%3</source>
        <translation>%1 ab %2
%3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="62"/>
        <source>Since the agreement was signed: no event linked, no level set by hand</source>
        <translation>Seit der Unterzeichnung des Abkommens: kein Ereignis verknüpft, kein Stand von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand</source>
        <translation>Von Hand bewertet</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand: %1</source>
        <translation>Von Hand bewertet: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="68"/>
        <source>Proposed by: %1</source>
        <translation>Vorgeschlagen durch: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="70"/>
        <source>Violated by: %1</source>
        <translation>Verletzt durch: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="72"/>
        <source>The deadline passed unmet</source>
        <translation>Die Frist ist ungenutzt verstrichen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="80"/>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="84"/>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="105"/>
        <source>Due by %1</source>
        <translation>Fällig bis %1</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardView</name>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="27"/>
        <source>&amp;Export Scorecard…</source>
        <translation>Umsetzungsbilanz &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="63"/>
        <source>Scorecard: %1</source>
        <translation>Umsetzungsbilanz: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="79"/>
        <source>Export Scorecard</source>
        <translation>Umsetzungsbilanz exportieren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="80"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="95"/>
        <source>Select an agreement on the timeline, or choose one above.</source>
        <translation>Ein Abkommen auf der Zeitleiste auswählen oder oben eines wählen.</translation>
    </message>
</context>
<context>
    <name>entente::SearchDock</name>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="23"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="29"/>
        <source>words &quot;a phrase&quot; prefix* OR -not actor: category: source:</source>
        <translation>Wörter &quot;eine Wortgruppe&quot; präfix* OR -wort actor: category: source:</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="31"/>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="38"/>
        <source>Best first</source>
        <translation>Beste zuerst</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="40"/>
        <source>Best matches first, instead of in time order</source>
        <translation>Beste Treffer zuerst statt in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="51"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/searchdock.cpp" line="131"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SearchIndex</name>
    <message>
        <location filename="../../core/store/searchindex.cpp" line="140"/>
        <source>%1: more than %2 events on one day (%3); nothing was changed</source>
        <translation>%1: mehr als %2 Ereignisse an einem Tag (%3); es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>entente::SeedLoader</name>
    <message>
        <location filename="../../core/io/seedloader.cpp" line="20"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>entente::SourceField</name>
    <message>
        <location filename="../../app/agreements/sourcefield.cpp" line="12"/>
        <source>None: type part of an outlet or title (↓ lists them)</source>
        <translation>Keine: einen Teil eines Mediums oder Titels eintippen (↓ listet sie auf)</translation>
    </message>
</context>
<context>
    <name>entente::SourceLookup</name>
    <message>
        <location filename="../../app/window/sourcelookup.cpp" line="119"/>
        <source>(new source)</source>
        <translation>(neue Quelle)</translation>
    </message>
</context>
<context>
    <name>entente::SourcesEdit</name>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="46"/>
        <source>New Source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="50"/>
        <source>Cite a source of this timeline…</source>
        <translation>Eine Quelle dieser Zeitleiste anführen…</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="51"/>
        <source>Type part of its outlet or title, or press ↓ to list sources</source>
        <translation>Einen Teil des Mediums oder Titels eintippen oder ↓ drücken, um die Quellen aufzulisten</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="53"/>
        <source>Cite</source>
        <translation>Anführen</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="56"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="58"/>
        <source>The event no longer cites the selected source</source>
        <translation>Das Ereignis führt die ausgewählte Quelle nicht mehr an</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="81"/>
        <source>e.g. 14 Feb 2022</source>
        <translation>z. B. 14 Feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="82"/>
        <source>The sentence the event rests on, as the source says it</source>
        <translation>Der Satz, auf dem das Ereignis beruht, im Wortlaut der Quelle</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="88"/>
        <source>Outlet:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="89"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="90"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="92"/>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="94"/>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
</context>
<context>
    <name>entente::StartPage</name>
    <message>
        <location filename="../../app/window/startpage.cpp" line="17"/>
        <source>No timeline is open</source>
        <translation>Keine Zeitleiste geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="21"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Neue Zeitleiste…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="23"/>
        <source>&amp;Open Timeline…</source>
        <translation>Zeitleiste ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="57"/>
        <source>Recent timelines:</source>
        <translation>Zuletzt geöffnete Zeitleisten:</translation>
    </message>
</context>
<context>
    <name>entente::StoreOpening</name>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="25"/>
        <source>Opening Timeline</source>
        <translation>Zeitleiste wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="104"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="106"/>
        <source>Checking every page of %1 before opening it: Entente did not save it last.</source>
        <translation>Vor dem Öffnen wird jede Seite von %1 geprüft: Zuletzt hat nicht Entente die Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="109"/>
        <source>Making a copy of %1 to read it from, so that reading it leaves it unchanged: it is in an older format, or was not closed properly.</source>
        <translation>Von %1 wird eine Kopie zum Lesen angelegt, damit das Lesen die Datei unverändert lässt: Sie liegt in einem älteren Format vor oder wurde nicht ordnungsgemäß geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="113"/>
        <source>Upgrading the copy of %1 to this version&apos;s format to read it.</source>
        <translation>Die Kopie von %1 wird zum Lesen auf das Format dieser Version aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="115"/>
        <source>Keeping a copy of %1 as it is before upgrading it.</source>
        <translation>Vor der Aktualisierung wird eine Kopie von %1 im bisherigen Zustand aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="117"/>
        <source>Upgrading %1 to this version&apos;s format.</source>
        <translation>%1 wird auf das Format dieser Version aktualisiert.</translation>
    </message>
</context>
<context>
    <name>entente::StoreRows</name>
    <message>
        <location filename="../../app/commands/storerows.h" line="41"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="63"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="79"/>
        <source>Era</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="95"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="122"/>
        <source>Saved View</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="144"/>
        <source>Actor Group</source>
        <translation>Akteursgruppe</translation>
    </message>
</context>
<context>
    <name>entente::SvgWriter</name>
    <message>
        <location filename="../../app/export/svgwriter.cpp" line="155"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditActions</name>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="20"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="24"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Duplic&amp;ate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="33"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="35"/>
        <source>Ne&amp;w Event at Cursor</source>
        <translation>Neues Ereignis am &amp;Cursor</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditor</name>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="219"/>
        <source>Move %n Events</source>
        <translation>
            <numerusform>%n Ereignis verschieben</numerusform>
            <numerusform>%n Ereignisse verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="323"/>
        <source>“%1” … “%2”</source>
        <translation>„%1“ … „%2“</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="454"/>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="455"/>
        <source>Duplicate %n Events</source>
        <translation>
            <numerusform>%n Ereignis duplizieren</numerusform>
            <numerusform>%n Ereignisse duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="498"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="539"/>
        <source>Cut “%1”</source>
        <translation>„%1“ ausschneiden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="540"/>
        <source>Cut %n Events</source>
        <translation>
            <numerusform>%n Ereignis ausschneiden</numerusform>
            <numerusform>%n Ereignisse ausschneiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineExporter</name>
    <message>
        <location filename="../../app/export/timelinedocument.cpp" line="119"/>
        <source>cannot read the timeline</source>
        <translation>die Zeitleiste kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="76"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="174"/>
        <location filename="../../app/export/timelineexporter.cpp" line="243"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="192"/>
        <source>An event; the larger, the more important</source>
        <translation>Ein Ereignis; je größer, desto wichtiger</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="193"/>
        <source>Dated to the month or year: hollow, over the whole interval</source>
        <translation>Auf Monat oder Jahr datiert: nicht ausgefüllt, über den ganzen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="194"/>
        <source>Approximate date (“c.” in its label): dashed</source>
        <translation>Ungefähres Datum („ca.“ in der Beschriftung): gestrichelt</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="195"/>
        <source>A period; a faded end is uncertain, an arrow means ongoing</source>
        <translation>Ein Zeitraum; ein verblassendes Ende ist unsicher, ein Pfeil bedeutet: dauert an</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="197"/>
        <source>A relation between two events</source>
        <translation>Eine Beziehung zwischen zwei Ereignissen</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="198"/>
        <source>A relation between two events, drawn as its type:</source>
        <translation>Eine Beziehung zwischen zwei Ereignissen, dargestellt nach ihrem Typ:</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="199"/>
        <source>Events too close together to tell apart, with their number</source>
        <translation>Ereignisse, die zu dicht beieinanderliegen, um sie zu unterscheiden, mit ihrer Anzahl</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="296"/>
        <location filename="../../app/export/timelineexporter.cpp" line="313"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="316"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="344"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="369"/>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="385"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="423"/>
        <source>cannot start the document</source>
        <translation>das Dokument kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="451"/>
        <source>%1: cannot tell the format from “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: Das Format lässt sich aus „.%2“ nicht erkennen; .png, .svg oder .pdf verwenden</translation>
    </message>
</context>
<context>
    <name>entente::TimelineFileHeader</name>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="33"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: Öffnen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="77"/>
        <source>%1 is not an Entente timeline (an empty file); it was not changed</source>
        <translation>%1 ist keine Entente-Zeitleiste (eine leere Datei); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="80"/>
        <source>%1 is not an Entente timeline (not an SQLite database); it was not changed</source>
        <translation>%1 ist keine Entente-Zeitleiste (keine SQLite-Datenbank); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="98"/>
        <source>%1 is damaged: it is truncated (%2 of %3 bytes); it was not changed</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 von %3 Bytes); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="107"/>
        <source>%1 is an SQLite database of another program, not an Entente timeline; it was not changed</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Entente-Zeitleiste; sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="114"/>
        <source>%1 is an SQLite database but not an Entente timeline; it was not changed</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Entente-Zeitleiste; sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="119"/>
        <source>%1 was written by a newer version of Entente (timeline format %2; this version reads up to %3); it was not changed</source>
        <translation>%1 wurde von einer neueren Version von Entente geschrieben (Zeitleistenformat %2; diese Version liest bis %3); die Datei wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsReader</name>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="104"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="126"/>
        <source>%1:1: not a TimelineJS timeline: it has neither “events” (TimelineJS 3) nor “timeline” (TimelineJS 2)</source>
        <translation>%1:1: keine TimelineJS-Zeitleiste: Sie hat weder „events“ (TimelineJS 3) noch „timeline“ (TimelineJS 2)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="165"/>
        <source>the slide has no headline, text or media caption</source>
        <translation>die Folie hat weder Überschrift noch Text noch Medienbeschriftung</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="172"/>
        <source>the slide has no start date</source>
        <translation>die Folie hat kein Startdatum</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="217"/>
        <source>“%1” is not a web address; the media is left out</source>
        <translation>„%1“ ist keine Webadresse; das Medium wird weggelassen</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="261"/>
        <source>the year “%1” is not a number</source>
        <translation>das Jahr „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="264"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>das Jahr %1 liegt vor 1 n. Chr., was Entente noch nicht darstellen kann</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="274"/>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message>
        <location filename="../../app/export/timelinedocument.cpp" line="73"/>
        <location filename="../../app/timeline/timelinelayout.cpp" line="26"/>
        <source>c. %1</source>
        <translation>ca. %1</translation>
    </message>
    <message>
        <location filename="../../app/timeline/axispainter.cpp" line="136"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/axispainter.cpp" line="205"/>
        <source>%Ln undated events: see the list</source>
        <translation>
            <numerusform>%Ln undatiertes Ereignis: siehe Liste</numerusform>
            <numerusform>%Ln undatierte Ereignisse: siehe Liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/legendpainter.cpp" line="39"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>entente::TimelineToolTips</name>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="68"/>
        <source>%n provisions today: %1</source>
        <translation>
            <numerusform>%n Bestimmung, Stand heute: %1</numerusform>
            <numerusform>%n Bestimmungen, Stand heute: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="101"/>
        <source>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</source>
        <translation>
            <numerusform>&lt;b&gt;%n Ereignis&lt;/b&gt; zu dicht an anderen, um es zu unterscheiden, %1 – %2&lt;br&gt;Klicken, um hineinzuzoomen und es auszuwählen</numerusform>
            <numerusform>&lt;b&gt;%n Ereignisse&lt;/b&gt; zu dicht beieinander, um sie zu unterscheiden, %1 – %2&lt;br&gt;Klicken, um hineinzuzoomen und sie auszuwählen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="113"/>
        <source>&lt;br&gt;Click to unfold the lanes under it.</source>
        <translation>&lt;br&gt;Klicken, um die Spuren darunter aufzuklappen.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="114"/>
        <source>&lt;br&gt;Click to fold the lanes under it into this one.</source>
        <translation>&lt;br&gt;Klicken, um die Spuren darunter in diese zuzuklappen.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="117"/>
        <source>&lt;br&gt;Drag to move it; right-click to move or hide it.</source>
        <translation>&lt;br&gt;Ziehen, um sie zu verschieben; Rechtsklick, um sie zu verschieben oder auszublenden.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="119"/>
        <source>&lt;br&gt;Right-click to hide it.</source>
        <translation>&lt;br&gt;Rechtsklick, um sie auszublenden.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineaccessible.cpp" line="159"/>
        <source>Timeline</source>
        <comment>the name a screen reader says</comment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="444"/>
        <source>The timeline could not be read:
%1

It is read again when you move or zoom.</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden:
%1

Sie wird beim Verschieben oder Zoomen erneut gelesen.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineXmlReader</name>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="63"/>
        <source>a file of Timeline&apos;s old text format, which Entente does not read; open it in Timeline and save it, which writes the XML format, and import that file</source>
        <translation>eine Datei im alten Textformat von Timeline, das Entente nicht liest; die Datei in Timeline öffnen und speichern, womit sie im XML-Format geschrieben wird, und dann diese Datei importieren</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="72"/>
        <source>not a Timeline file: its first element is &lt;%1&gt;, not &lt;timeline&gt;</source>
        <translation>keine Timeline-Datei: Ihr erstes Element ist &lt;%1&gt;, nicht &lt;timeline&gt;</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="133"/>
        <source>the timeline counts time as “%1”; Entente reads only timelines of Gregorian dates (“gregoriantime”)</source>
        <translation>die Zeitleiste zählt die Zeit als „%1“; Entente liest nur Zeitleisten mit gregorianischen Daten („gregoriantime“)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="144"/>
        <source>a category without a name is left out</source>
        <translation>eine Kategorie ohne Namen wird weggelassen</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="260"/>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="264"/>
        <source>“%1” is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="268"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>das Jahr %1 liegt vor 1 n. Chr., was Entente noch nicht darstellen kann</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="272"/>
        <source>“%1” is not a date of the calendar</source>
        <translation>„%1“ ist kein Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="279"/>
        <source>“%1” is not a time of day</source>
        <translation>„%1“ ist keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="298"/>
        <source>“%1” is not a colour (r,g,b); the colour is left out</source>
        <translation>„%1“ ist keine Farbe (r,g,b); die Farbe wird weggelassen</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="318"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>„%1“ ist keine Webadresse; sie wird weggelassen</translation>
    </message>
</context>
<context>
    <name>entente::Translations</name>
    <message>
        <location filename="../../app/window/translations.cpp" line="99"/>
        <source>%1 or %2</source>
        <comment>a list of language codes: “en, de, nl or uk”</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>entente::UcdpReader</name>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="48"/>
        <source>State-based conflict</source>
        <translation>Staatsbasierter Konflikt</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="51"/>
        <source>Non-state conflict</source>
        <translation>Nichtstaatlicher Konflikt</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="54"/>
        <source>One-sided violence</source>
        <translation>Einseitige Gewalt</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="82"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="109"/>
        <source>Deaths: %1 (best estimate; low %2, high %3).</source>
        <translation>Todesopfer: %1 (beste Schätzung; Untergrenze %2, Obergrenze %3).</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="214"/>
        <source>the row has no id</source>
        <translation>die Zeile hat keine ID</translation>
    </message>
</context>
<context>
    <name>entente::Validator</name>
    <message>
        <location filename="../../core/model/validator.cpp" line="19"/>
        <source>At most %L1 characters; this one has %L2.</source>
        <translation>Höchstens %L1 Zeichen; hier sind es %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="26"/>
        <source>At most %L1 entries; this one has %L2.</source>
        <translation>Höchstens %L1 Einträge; hier sind es %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="62"/>
        <source>An event needs a title.</source>
        <translation>Ein Ereignis braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="66"/>
        <source>Importance goes from 1 (minor) to 5 (major).</source>
        <translation>Die Wichtigkeit reicht von 1 (gering) bis 5 (hoch).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="72"/>
        <source>A single moment has no end; make it a period to give one.</source>
        <translation>Ein einzelner Zeitpunkt hat kein Ende; um eines anzugeben, ihn in einen Zeitraum umwandeln.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="79"/>
        <source>A period with an end needs a start.</source>
        <translation>Ein Zeitraum mit Ende braucht einen Beginn.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="82"/>
        <source>A period needs an end, or to be marked as ongoing.</source>
        <translation>Ein Zeitraum braucht ein Ende oder muss als andauernd markiert sein.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="85"/>
        <source>An ongoing period has no end yet; clear one of them.</source>
        <translation>Ein andauernder Zeitraum hat noch kein Ende; eines von beiden entfernen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="88"/>
        <location filename="../../core/model/validator.cpp" line="165"/>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Das Ende (%1) liegt vor dem Beginn (%2).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="98"/>
        <source>An attribute needs a name.</source>
        <translation>Ein Attribut braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="102"/>
        <source>The attribute name “%1…” is longer than %2 characters.</source>
        <translation>Der Attributname „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="108"/>
        <source>The attribute “%1” is longer than %2 characters.</source>
        <translation>Das Attribut „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="128"/>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>Die Adresse muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="139"/>
        <source>An actor needs a name.</source>
        <translation>Ein Akteur braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="145"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Ein Akteur kann nicht zu sich selbst gehören.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="155"/>
        <source>An era needs a name.</source>
        <translation>Eine Epoche braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="159"/>
        <source>An era needs a start.</source>
        <translation>Eine Epoche braucht einen Beginn.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="162"/>
        <source>An era needs an end.</source>
        <translation>Eine Epoche braucht ein Ende.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="176"/>
        <source>A relation links two events.</source>
        <translation>Eine Beziehung verbindet zwei Ereignisse.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="178"/>
        <source>An event cannot be related to itself.</source>
        <translation>Ein Ereignis kann nicht mit sich selbst in Beziehung stehen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="181"/>
        <source>A relation needs a type.</source>
        <translation>Eine Beziehung braucht einen Typ.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="192"/>
        <source>A provision belongs to an agreement.</source>
        <translation>Eine Bestimmung gehört zu einem Abkommen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="195"/>
        <source>A provision needs a summary.</source>
        <translation>Eine Bestimmung braucht eine Zusammenfassung.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="205"/>
        <source>A position counts from 0.</source>
        <translation>Eine Position wird ab 0 gezählt.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="215"/>
        <source>A deadline is a date or a number of days after something, not both.</source>
        <translation>Eine Frist ist ein Datum oder eine Anzahl von Tagen nach etwas, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="220"/>
        <source>A deadline after another provision needs its number of days.</source>
        <translation>Eine Frist nach einer anderen Bestimmung braucht eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="228"/>
        <source>A link joins an event and a provision.</source>
        <translation>Eine Verknüpfung verbindet ein Ereignis mit einer Bestimmung.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="238"/>
        <source>An assessment is of a provision.</source>
        <translation>Eine Bewertung bezieht sich auf eine Bestimmung.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="241"/>
        <source>An assessment needs a date.</source>
        <translation>Eine Bewertung braucht ein Datum.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="245"/>
        <source>“Not assessed” is what a provision is before any assessment.</source>
        <translation>„Nicht bewertet“ ist der Stand einer Bestimmung vor jeder Bewertung.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="256"/>
        <source>An agreement cannot end itself.</source>
        <translation>Ein Abkommen kann sich nicht selbst beenden.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="265"/>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="277"/>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="306"/>
        <source>A colour is written #rrggbb.</source>
        <translation>Eine Farbe wird als #rrggbb geschrieben.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="323"/>
        <source>field “%1”: %2</source>
        <translation>Feld „%1“: %2</translation>
    </message>
</context>
<context>
    <name>entente::WholeFileReader</name>
    <message>
        <location filename="../../core/io/wholefilereader.cpp" line="13"/>
        <source>%1 is larger than %L2 MB; files of this format are read whole, and Entente reads them up to that size. Nothing was imported.</source>
        <translation>%1 ist größer als %L2 MB; Dateien dieses Formats werden vollständig eingelesen, und Entente liest sie nur bis zu dieser Größe. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>entente::WriteBatch</name>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="25"/>
        <source>%1: the timeline is read-only; nothing was changed</source>
        <translation>%1: Die Zeitleiste ist schreibgeschützt; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="52"/>
        <source>%1: a write in this batch failed, so none of the batch was kept</source>
        <translation>%1: Ein Schreibvorgang in diesem Stapel ist fehlgeschlagen, daher wurde nichts aus dem Stapel übernommen</translation>
    </message>
</context>
</TS>
