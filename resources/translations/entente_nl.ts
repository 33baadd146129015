<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="236"/>
        <source>the row has no event id</source>
        <translation>de rij heeft geen gebeurtenis-id</translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="242"/>
        <source>“%1” is not a time precision: ACLED writes 1 (day), 2 (week) or 3 (month)</source>
        <translation>‘%1’ is geen tijdsprecisie: ACLED schrijft 1 (dag), 2 (week) of 3 (maand)</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>New Actor</source>
        <translation>Nieuwe actor</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>Edit Actor</source>
        <translation>Actor bewerken</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="44"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="45"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="46"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="47"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="51"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="57"/>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="74"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Korte naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="75"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="76"/>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Hoort bij:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="77"/>
        <source>&amp;Colour:</source>
        <translation>K&amp;leur:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="78"/>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliassen:</translation>
    </message>
</context>
<context>
    <name>entente::ActorFilterTree</name>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="38"/>
        <source>Find an actor…</source>
        <translation>Actor zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="40"/>
        <source>Show only the actors whose names or aliases contain this text</source>
        <translation>Alleen de actoren tonen van wie de naam of een alias deze tekst bevat</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="44"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="45"/>
        <source>Shows the events in which any of the ticked actors takes part. Ticking a state or organisation does not tick its people.</source>
        <translation>Toont de gebeurtenissen waaraan een van de aangevinkte actoren deelneemt. Een staat of organisatie aanvinken vinkt de personen daarvan niet aan.</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="86"/>
        <source>%1 (also %2)</source>
        <translation>%1 (ook %2)</translation>
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
            <numerusform>%n gebeurtenis zonder actoren</numerusform>
            <numerusform>%n gebeurtenissen zonder actoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupDialog</name>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>New Actor Group</source>
        <translation>Nieuwe actorgroep</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>Edit Actor Group</source>
        <translation>Actorgroep bewerken</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="29"/>
        <source>e.g. Normandy format</source>
        <translation>bijv. Normandië-formaat</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="47"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="48"/>
        <source>&amp;Members:</source>
        <translation>&amp;Leden:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="67"/>
        <source>Pick an actor</source>
        <translation>Kies een actor</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="88"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="89"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="90"/>
        <source>&amp;Up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="91"/>
        <source>&amp;Down</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="140"/>
        <source>(actor %1)</source>
        <translation>(actor %1)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="190"/>
        <source>A group needs a name, as the negotiating table shows it.</source>
        <translation>Een groep heeft een naam nodig, zoals de onderhandelingstafel die toont.</translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupManager</name>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="20"/>
        <source>Actor Groups</source>
        <translation>Actorgroepen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="24"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="25"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="26"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="27"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="42"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>Rename Actor Group</source>
        <translation>Naam van actorgroep wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="102"/>
        <source>A group needs a name.</source>
        <translation>Een groep heeft een naam nodig.</translation>
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
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="34"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="36"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/actormanager.cpp" line="78"/>
        <source>“%1” is named in %n events.</source>
        <translation>
            <numerusform>‘%1’ wordt in %n gebeurtenis genoemd.</numerusform>
            <numerusform>‘%1’ wordt in %n gebeurtenissen genoemd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="84"/>
        <source>Provisions that bind it: %1. Reassigned, they bind the other actor instead; otherwise they lose it. Undo gives it back.</source>
        <translation>Bepalingen die deze actor binden: %1. Worden de gebeurtenissen opnieuw toegewezen, dan binden die bepalingen voortaan de andere actor; anders verliezen ze deze actor. Ongedaan maken zet alles terug.</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="93"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="97"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="98"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="146"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="210"/>
        <source>Delete Actor</source>
        <translation>Actor verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="211"/>
        <source>&amp;Reassign them to:</source>
        <translation>Opnieuw &amp;toewijzen aan:</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="212"/>
        <source>Re&amp;move “%1” from them</source>
        <translation>‘%1’ uit de gebeurtenissen &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="230"/>
        <source>Delete Actor “%1”</source>
        <translation>Actor ‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="248"/>
        <source>Reassign Events</source>
        <translation>Gebeurtenissen opnieuw toewijzen</translation>
    </message>
</context>
<context>
    <name>entente::ActorRole</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="44"/>
        <location filename="../../core/model/actorrole.cpp" line="25"/>
        <source>party</source>
        <translation>partij</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="46"/>
        <location filename="../../core/model/actorrole.cpp" line="26"/>
        <source>signatory</source>
        <translation>ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="49"/>
        <source>third party</source>
        <translation>derde partij</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="50"/>
        <source>associated</source>
        <translation>betrokken</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="45"/>
        <location filename="../../core/model/actorrole.cpp" line="27"/>
        <source>mediator</source>
        <translation>bemiddelaar</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="28"/>
        <source>guarantor</source>
        <translation>garant</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="29"/>
        <source>observer</source>
        <translation>waarnemer</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="30"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="31"/>
        <source>demanded a seat</source>
        <translation>eiste een plaats aan tafel</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="47"/>
        <location filename="../../core/model/actorrole.cpp" line="33"/>
        <source>speaker</source>
        <translation>spreker</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="48"/>
        <location filename="../../core/model/actorrole.cpp" line="34"/>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleCommand</name>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="25"/>
        <source>Add Role “%1”</source>
        <translation>Rol ‘%1’ toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="34"/>
        <source>Rename Role “%1” to “%2”</source>
        <translation>Naam van rol ‘%1’ wijzigen in ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="45"/>
        <source>Edit Role “%1”</source>
        <translation>Rol ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="54"/>
        <source>Delete Role “%1”</source>
        <translation>Rol ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleDialog</name>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>New Role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>Edit Role</source>
        <translation>Rol bewerken</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="13"/>
        <source>e.g. co-chair, as events and files keep it</source>
        <translation>bijv. covoorzitter, zoals gebeurtenissen en bestanden de rol opslaan</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="14"/>
        <source>e.g. co-chair of the talks, as the views say it</source>
        <translation>bijv. covoorzitter van de gesprekken, zoals de weergaven de rol tonen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="15"/>
        <source>Automatic: the negotiating table&apos;s colour for its seat</source>
        <translation>Automatisch: de kleur die de onderhandelingstafel aan deze plaats geeft</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="16"/>
        <source>The views show a role by its label.</source>
        <translation>De weergaven tonen een rol met zijn label.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="34"/>
        <source>Where an actor with this role sits in the negotiating table</source>
        <translation>Waar een actor met deze rol aan de onderhandelingstafel zit</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="35"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="42"/>
        <source>at the table</source>
        <translation>aan tafel</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="44"/>
        <source>kept from the table</source>
        <translation>van tafel geweerd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="46"/>
        <source>neither</source>
        <translation>geen van beide</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleTable</name>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="49"/>
        <location filename="../../core/store/actorroletable.cpp" line="170"/>
        <source>role “%1”: %2 Nothing was changed.</source>
        <translation>rol ‘%1’: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="53"/>
        <location filename="../../core/store/actorroletable.cpp" line="147"/>
        <source>There is a role “%1” already. Nothing was changed.</source>
        <translation>Er bestaat al een rol ‘%1’. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="143"/>
        <source>A role needs a name of at most %L1 characters. Nothing was changed.</source>
        <translation>Een rol heeft een naam van hoogstens %L1 tekens nodig. Er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/store/actorroletable.cpp" line="201"/>
        <source>The role “%1” is used by %n event(s); give them another role first. Nothing was changed.</source>
        <translation>
            <numerusform>De rol ‘%1’ wordt door %n gebeurtenis gebruikt; geef die eerst een andere rol. Er is niets gewijzigd.</numerusform>
            <numerusform>De rol ‘%1’ wordt door %n gebeurtenissen gebruikt; geef die eerst een andere rol. Er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="213"/>
        <source>There is no role “%1” in this timeline. Nothing was changed.</source>
        <translation>Er is geen rol ‘%1’ in deze tijdlijn. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>entente::ActorRolesEdit</name>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="39"/>
        <source>Add Actor</source>
        <translation>Actor toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="73"/>
        <source>Pick an actor or type a new name</source>
        <translation>Kies een actor of typ een nieuwe naam</translation>
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
        <translation>partij, bemiddelaar, spreker…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="141"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="142"/>
        <source>Take this actor out of the event</source>
        <translation>Deze actor uit de gebeurtenis verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="174"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="175"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="176"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="177"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
</context>
<context>
    <name>entente::ActorTree</name>
    <message>
        <location filename="../../core/model/actortree.cpp" line="54"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Een actor kan niet bij zichzelf horen.</translation>
    </message>
    <message>
        <location filename="../../core/model/actortree.cpp" line="65"/>
        <source>“%1” cannot belong to “%2”, which belongs to it (%3): that would make a loop.</source>
        <translation>‘%1’ kan niet bij ‘%2’ horen, dat er zelf bij hoort (%3): dat zou een kringloop opleveren.</translation>
    </message>
</context>
<context>
    <name>entente::AddEventsCommand</name>
    <message>
        <location filename="../../app/commands/addeventscommand.cpp" line="22"/>
        <source>Add “%1”</source>
        <translation>‘%1’ toevoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/addeventscommand.cpp" line="24"/>
        <source>Add %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis toevoegen</numerusform>
            <numerusform>%n gebeurtenissen toevoegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AddRowCommand</name>
    <message>
        <location filename="../../app/commands/addrowcommand.h" line="17"/>
        <source>Add %1 “%2”</source>
        <translation>%1 ‘%2’ toevoegen</translation>
    </message>
</context>
<context>
    <name>entente::AgreementCommand</name>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="74"/>
        <source>Set the stage of %1 to “%2”</source>
        <translation>Fase van %1 instellen op ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="78"/>
        <source>Set the peace process of %1 to “%2”</source>
        <translation>Vredesproces van %1 instellen op ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="81"/>
        <source>Set the end of %1 to “%2”</source>
        <translation>Einde van %1 instellen op ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="83"/>
        <source>Edit the stage, process and end of %1</source>
        <translation>Fase, vredesproces en einde van %1 bewerken</translation>
    </message>
</context>
<context>
    <name>entente::AgreementDetailsHtml</name>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="55"/>
        <source>Implements</source>
        <translation>Voert uit</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="57"/>
        <source>Violates</source>
        <translation>Schendt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="61"/>
        <source>Refers to</source>
        <translation>Verwijst naar</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="104"/>
        <source>Provisions</source>
        <translation>Bepalingen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="107"/>
        <source>Show all their events on the timeline</source>
        <translation>Al hun gebeurtenissen op de tijdlijn tonen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="130"/>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="133"/>
        <source>Process: %1</source>
        <translation>Proces: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="139"/>
        <source>Ended: %1 by %2</source>
        <translation>Beëindigd: %1 door %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="140"/>
        <source>Ended: %1</source>
        <translation>Beëindigd: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="156"/>
        <source>Show this provision&apos;s events on the timeline</source>
        <translation>De gebeurtenissen van deze bepaling op de tijdlijn tonen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="175"/>
        <source>assessed from %1</source>
        <translation>beoordeeld vanaf %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="177"/>
        <source>from its linked events since %1</source>
        <translation>volgens de gekoppelde gebeurtenissen sinds %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="179"/>
        <source>violated since %1</source>
        <translation>geschonden sinds %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="181"/>
        <source>lapsed since %1</source>
        <translation>verlopen sinds %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="194"/>
        <source>due by %1</source>
        <translation>uiterlijk op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="196"/>
        <source>due %n days after the agreement</source>
        <translation>
            <numerusform>uiterlijk %n dag na het akkoord</numerusform>
            <numerusform>uiterlijk %n dagen na het akkoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="199"/>
        <source>due %n days after point %1 is carried out</source>
        <translation>
            <numerusform>uiterlijk %n dag nadat punt %1 is uitgevoerd</numerusform>
            <numerusform>uiterlijk %n dagen nadat punt %1 is uitgevoerd</numerusform>
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
        <translation>Beoordeeld: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="237"/>
        <source>No evidence yet.</source>
        <translation>Nog geen bewijs.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="260"/>
        <source>%1: %2, point %3</source>
        <translation>%1: %2, punt %3</translation>
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
        <translation>Bepalingen be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="25"/>
        <source>&amp;Link to Provision…</source>
        <translation>Aan bepaling koppe&amp;len…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="27"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="69"/>
        <source>This file is read-only: its agreements cannot be edited.</source>
        <translation>Dit bestand is alleen-lezen: de akkoorden erin kunnen niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="73"/>
        <source>Edit the provisions of the selected agreement, their links and levels</source>
        <translation>De bepalingen van het geselecteerde akkoord bewerken, met hun koppelingen en niveaus</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="74"/>
        <source>Select an agreement (an event of category “agreement”) to edit its provisions</source>
        <translation>Selecteer een akkoord (een gebeurtenis van de categorie ‘agreement’) om de bepalingen ervan te bewerken</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="79"/>
        <source>Select an event to link it to a provision of an agreement</source>
        <translation>Selecteer een gebeurtenis om die aan een bepaling van een akkoord te koppelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="80"/>
        <source>An agreement&apos;s own provisions are edited with Edit Provisions…</source>
        <translation>De eigen bepalingen van een akkoord worden bewerkt met Bepalingen bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="81"/>
        <source>Link the selected event to a provision of an agreement: implements, violates or refers to</source>
        <translation>De geselecteerde gebeurtenis aan een bepaling van een akkoord koppelen: voert uit, schendt of verwijst naar</translation>
    </message>
</context>
<context>
    <name>entente::AgreementEditor</name>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="51"/>
        <source>%n day(s) after signing</source>
        <translation>
            <numerusform>%n dag na ondertekening</numerusform>
            <numerusform>%n dagen na ondertekening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="56"/>
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n dag na %1</numerusform>
            <numerusform>%n dagen na %1</numerusform>
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
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Level now</source>
        <translation>Huidig niveau</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="88"/>
        <source>Agreement</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="117"/>
        <source>Provisions</source>
        <translation>Bepalingen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="119"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="123"/>
        <source>&amp;Up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="126"/>
        <source>Do&amp;wn</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="144"/>
        <source>%1 (%2 in the table)</source>
        <translation>%1 (%2 in de tabel)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="161"/>
        <source>Provision</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="165"/>
        <source>Linked Events</source>
        <translation>Gekoppelde gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="166"/>
        <source>Levels Set by Hand</source>
        <translation>Met de hand ingestelde niveaus</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="197"/>
        <source>An assessment needs a date.</source>
        <translation>Een beoordeling heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="274"/>
        <source>Provisions of “%1”</source>
        <translation>Bepalingen van ‘%1’</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="356"/>
        <source>Type the new provision&apos;s summary: it is added when the summary is entered.</source>
        <translation>Typ de samenvatting van de nieuwe bepaling: de bepaling wordt toegevoegd zodra de samenvatting is ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="422"/>
        <source>Select the event on the timeline first, then link it here.</source>
        <translation>Selecteer eerst de gebeurtenis op de tijdlijn en koppel die dan hier.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="442"/>
        <source>The selected event is linked so already.</source>
        <translation>De geselecteerde gebeurtenis is al op deze manier gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="448"/>
        <source>An assessment needs a date: type the date the level held on.</source>
        <translation>Een beoordeling heeft een datum nodig: typ de datum waarop het niveau gold.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementImport</name>
    <message>
        <location filename="../../core/io/agreementimport.cpp" line="197"/>
        <source>A link, an assessment or a deadline names provision %1 of the content, which it does not have.</source>
        <translation>Een koppeling, een beoordeling of een termijn verwijst naar bepaling %1 van de inhoud, maar die komt daarin niet voor.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementLabels</name>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="10"/>
        <source>(not said)</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="12"/>
        <source>Pre-negotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Voorbereidende gesprekken</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="14"/>
        <source>Ceasefire</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Staakt-het-vuren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="16"/>
        <source>Framework/substantive</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Kader-/inhoudelijk akkoord</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="18"/>
        <source>Implementation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="20"/>
        <source>Renegotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Heronderhandeling</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="29"/>
        <source>In force (or not said)</source>
        <comment>how an agreement ended</comment>
        <translation>Van kracht (of niet vermeld)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="31"/>
        <source>Superseded</source>
        <comment>how an agreement ended</comment>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="33"/>
        <source>Denounced</source>
        <comment>how an agreement ended</comment>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="35"/>
        <source>Lapsed</source>
        <comment>how an agreement ended</comment>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="44"/>
        <source>Implements</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Voert uit</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="46"/>
        <source>Violates</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Schendt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="48"/>
        <source>Refers to</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Verwijst naar</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="90"/>
        <source>point %1</source>
        <translation>punt %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="93"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
</context>
<context>
    <name>entente::AgreementParts</name>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="31"/>
        <source>a provision</source>
        <translation>een bepaling</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="33"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="54"/>
        <source>Add %1 to %2</source>
        <translation>%1 aan %2 toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="60"/>
        <source>Edit %1 of %2</source>
        <translation>%1 van %2 bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="66"/>
        <source>Delete %1 of %2</source>
        <translation>%1 van %2 verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="77"/>
        <source>%1 (deadline of %2 now counted from the agreement)</source>
        <translation>%1 (termijn van %2 telt nu vanaf het akkoord)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="86"/>
        <source>The deadline of %1 followed %2</source>
        <translation>De termijn van %1 volgde op %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="91"/>
        <source>%1 and had no date yet: it now counts from the agreement.</source>
        <translation>%1 en had nog geen datum: die telt nu vanaf het akkoord.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="92"/>
        <source>%1: it is now %2, the date it fell on.</source>
        <translation>%1: de termijn is nu %2, de datum waarop die viel.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="100"/>
        <source>Link “%1” to %2 (%3)</source>
        <translation>‘%1’ aan %2 koppelen (%3)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="107"/>
        <source>Edit the link of “%1” to %2</source>
        <translation>Koppeling van ‘%1’ aan %2 bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="113"/>
        <source>Unlink “%1” from %2</source>
        <translation>‘%1’ loskoppelen van %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="119"/>
        <source>Assess %1 as “%2” on %3</source>
        <translation>%1 op %3 beoordelen als ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="126"/>
        <source>Edit the assessment of %1 on %2</source>
        <translation>Beoordeling van %1 op %2 bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="132"/>
        <source>Delete the assessment of %1 on %2</source>
        <translation>Beoordeling van %1 op %2 verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::AgreementRowEdit</name>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="30"/>
        <source>Use Selected Event</source>
        <translation>Geselecteerde gebeurtenis gebruiken</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="31"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="45"/>
        <source>e.g. Ukraine peace process</source>
        <translation>bijv. vredesproces Oekraïne</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="48"/>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="49"/>
        <source>Peace pr&amp;ocess:</source>
        <translation>&amp;Vredesproces:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="50"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Beëindigd:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="62"/>
        <source>The event selected on the timeline ended the agreement</source>
        <translation>De op de tijdlijn geselecteerde gebeurtenis heeft het akkoord beëindigd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="64"/>
        <source>Or find the event that ended it…</source>
        <translation>Of zoek de gebeurtenis die het akkoord beëindigde…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="109"/>
        <source>by “%1” (%2)</source>
        <translation>door ‘%1’ (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="110"/>
        <source>by no event named</source>
        <translation>zonder vermelde gebeurtenis</translation>
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
        <translation>%1: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="167"/>
        <location filename="../../core/store/agreementrows.cpp" line="168"/>
        <location filename="../../core/store/agreementrows.cpp" line="170"/>
        <location filename="../../core/store/agreementrows.cpp" line="178"/>
        <location filename="../../core/store/agreementrows.cpp" line="180"/>
        <source>agreement</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="258"/>
        <source>There is no provision %1 in this timeline. Nothing was changed.</source>
        <translation>Er is geen bepaling %1 in deze tijdlijn. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="308"/>
        <source>provision “%1”</source>
        <translation>bepaling ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="315"/>
        <source>%1: its deadline follows provision %2, which is not another provision of the same agreement. Nothing was changed.</source>
        <translation>%1: de termijn volgt op bepaling %2, maar dat is geen andere bepaling van hetzelfde akkoord. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="327"/>
        <source>%1: the agreement has provision “%2” at position %3 already. Nothing was changed.</source>
        <translation>%1: het akkoord heeft al een bepaling ‘%2’ op positie %3. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="385"/>
        <location filename="../../core/store/agreementrows.cpp" line="386"/>
        <location filename="../../core/store/agreementrows.cpp" line="387"/>
        <source>provision link</source>
        <translation>koppeling aan bepaling</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="403"/>
        <location filename="../../core/store/agreementrows.cpp" line="404"/>
        <location filename="../../core/store/agreementrows.cpp" line="412"/>
        <location filename="../../core/store/agreementrows.cpp" line="413"/>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="445"/>
        <location filename="../../core/store/agreementrows.cpp" line="454"/>
        <source>group “%1”</source>
        <translation>groep ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="603"/>
        <source>%1: there is no event %2 in this timeline. Nothing was changed.</source>
        <translation>%1: er is geen gebeurtenis %2 in deze tijdlijn. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="612"/>
        <source>%1: there is no provision %2 in this timeline. Nothing was changed.</source>
        <translation>%1: er is geen bepaling %2 in deze tijdlijn. Er is niets gewijzigd.</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>&amp;Assess</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="35"/>
        <source>Sets the provision&apos;s level at the date below, with its source</source>
        <translation>Stelt het niveau van de bepaling in op de datum hieronder, met de bron</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="66"/>
        <source>What the source says</source>
        <translation>Wat de bron zegt</translation>
    </message>
</context>
<context>
    <name>entente::Cancelled</name>
    <message>
        <location filename="../../core/io/cancelled.h" line="23"/>
        <location filename="../../core/io/readahead.cpp" line="56"/>
        <source>The import was cancelled.</source>
        <translation>Het importeren is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>entente::CategoryCommand</name>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Edit Category “%1”</source>
        <translation>Categorie ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Add Category “%1”</source>
        <translation>Categorie ‘%1’ toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="37"/>
        <source>Rename Category “%1” to “%2”</source>
        <translation>Naam van categorie ‘%1’ wijzigen in ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="47"/>
        <source>Delete Category “%1”</source>
        <translation>Categorie ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::CategoryManager</name>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="20"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="22"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="23"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="24"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="25"/>
        <source>A&amp;utomatic Colour</source>
        <translation>A&amp;utomatische kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="43"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="67"/>
        <source>A category needs a name.</source>
        <translation>Een categorie heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="74"/>
        <source>“%1” is a category already: choose another name, or delete one of the two and move its events to the other.</source>
        <translation>‘%1’ is al een categorie: kies een andere naam, of verwijder een van de twee en verplaats de gebeurtenissen ervan naar de andere.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <source>New Category</source>
        <translation>Nieuwe categorie</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>Rename Category</source>
        <translation>Naam van categorie wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="127"/>
        <source>Colour of “%1”</source>
        <translation>Kleur van ‘%1’</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="168"/>
        <source>Delete Category</source>
        <translation>Categorie verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/categorymanager.cpp" line="169"/>
        <source>%n events use “%1”.</source>
        <translation>
            <numerusform>%n gebeurtenis gebruikt ‘%1’.</numerusform>
            <numerusform>%n gebeurtenissen gebruiken ‘%1’.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Leave them uncategorized</source>
        <translation>&amp;Zonder categorie laten</translation>
    </message>
</context>
<context>
    <name>entente::CategoryRows</name>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="43"/>
        <location filename="../../core/store/categoryrows.cpp" line="58"/>
        <source>a category needs a name; nothing was changed</source>
        <translation>een categorie heeft een naam nodig; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="63"/>
        <source>there is already a category “%1”; nothing was changed</source>
        <translation>er bestaat al een categorie ‘%1’; er is niets gewijzigd</translation>
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
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>entente::CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="44"/>
        <source>Open the timeline FILE (the window creates an empty one if missing; --list and --export-image do not).</source>
        <translation>De tijdlijn FILE openen (het venster maakt een lege aan als die ontbreekt; --list en --export-image doen dat niet).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="50"/>
        <source>Draw the timeline into FILE (.png, .svg or .pdf) and exit.</source>
        <translation>De tijdlijn in FILE tekenen (.png, .svg of .pdf) en afsluiten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="54"/>
        <source>Draw the negotiating table (who took part in which talks and agreements) into FILE (.png, .svg, .pdf or .csv) and exit; --from, --to and --process choose its columns.</source>
        <translation>De onderhandelingstafel (wie aan welke gesprekken en akkoorden deelnam) in FILE tekenen (.png, .svg, .pdf of .csv) en afsluiten; --from, --to en --process bepalen de kolommen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="60"/>
        <source>For --export-table: only the agreements of the peace process NAME.</source>
        <translation>Voor --export-table: alleen de akkoorden van het vredesproces NAME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="64"/>
        <source>Write the timeline&apos;s data into FILE and exit; the format is given by --format or by the extension (.json, .csv, .ics).</source>
        <translation>De gegevens van de tijdlijn naar FILE schrijven en afsluiten; het formaat volgt uit --format of uit de extensie (.json, .csv, .ics).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="69"/>
        <source>Keep the events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD); for --export-image, where the drawn range starts.</source>
        <translation>De gebeurtenissen vanaf DATE behouden (YYYY, YYYY-MM of YYYY-MM-DD); bij --export-image: waar het getekende bereik begint.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="73"/>
        <source>Keep the events up to DATE; for --export-image, where the drawn range ends.</source>
        <translation>De gebeurtenissen tot en met DATE behouden; bij --export-image: waar het getekende bereik eindigt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="78"/>
        <source>Width and least height of an exported PNG or SVG, which grows to hold every lane (default 1600x900).</source>
        <translation>Breedte en minimale hoogte van een geëxporteerde PNG of SVG, die meegroeit tot elke baan erin past (standaard 1600x900).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="83"/>
        <source>Colours: light or dark. Exports are light unless told; the window follows the desktop unless told.</source>
        <translation>Kleuren: light (licht) of dark (donker). Exportbestanden zijn licht, tenzij anders opgegeven; het venster volgt het bureaublad, tenzij anders opgegeven.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="89"/>
        <source>Lanes of the exported image: actor (default), category or packed.</source>
        <translation>Banen van de geëxporteerde afbeelding: actor (standaard), category of packed.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="91"/>
        <source>Print every event and exit.</source>
        <translation>Alle gebeurtenissen naar de standaarduitvoer schrijven en afsluiten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="94"/>
        <source>Format of --list: json (default) or csv; of --export: json, csv, timelinejs or ics; of --import: %1 (default: told from the file).</source>
        <translation>Formaat van --list: json (standaard) of csv; van --export: json, csv, timelinejs of ics; van --import: %1 (standaard: afgeleid uit het bestand).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="100"/>
        <source>Add the events of FILE to the timeline, all or nothing, and exit.</source>
        <translation>De gebeurtenissen uit FILE aan de tijdlijn toevoegen, alles of niets, en afsluiten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="104"/>
        <source>What --import does with an event the timeline has (same uid or dataset id): skip (default) or update.</source>
        <translation>Wat --import doet met een gebeurtenis die al in de tijdlijn staat (zelfde uid of dataset-id): skip (overslaan, standaard) of update (bijwerken).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="109"/>
        <source>Let --import leave out rows it cannot read (listed on stderr) instead of importing nothing.</source>
        <translation>Met --import onleesbare rijen weglaten (vermeld op stderr) in plaats van niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="113"/>
        <source>Columns of a CSV file of no known format, for --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… with COL a header name or a 1-based number (fields: %1; default: guessed from the header).</source>
        <translation>Kolommen van een CSV-bestand zonder bekend formaat, voor --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… met COL een kolomnaam uit de kopregel of een nummer vanaf 1 (velden: %1; standaard: afgeleid uit de kopregel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="121"/>
        <source>Whether --import reads dates such as 05/02/2025 day first (dmy) or month first (mdy), when the file&apos;s dates do not settle it.</source>
        <translation>Of --import datums zoals 05/02/2025 met de dag eerst (dmy) of de maand eerst (mdy) leest, als de datums in het bestand dat niet uitwijzen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="126"/>
        <source>Keep the events that match TEXT, in the search field&apos;s syntax: words, &quot;a phrase&quot;, prefix*, OR, -word, actor:, category:, source:.</source>
        <translation>De gebeurtenissen behouden die overeenkomen met TEXT, in de syntaxis van het zoekveld: woorden, &quot;een zinsdeel&quot;, voorvoegsel*, OR, -woord, actor:, category:, source:.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="131"/>
        <source>Keep the events of the actor NAME (its name, short name or an alias); given more than once, of any of them.</source>
        <translation>De gebeurtenissen van de actor NAME behouden (naam, korte naam of een alias); bij meerdere opgaven: van een van hen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="136"/>
        <source>Keep the events of the category NAME; given more than once, of any of them.</source>
        <translation>De gebeurtenissen van de categorie NAME behouden; bij meerdere opgaven: van een van die categorieën.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="140"/>
        <source>Keep the events tagged TAG; given more than once, tagged with any of them.</source>
        <translation>De gebeurtenissen met de tag TAG behouden; bij meerdere opgaven: met een van die tags.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="145"/>
        <source>The language of the window and the messages: %1 (default: the system&apos;s, if it is one of them, else English). Dates and numbers follow it.</source>
        <translation>De taal van het venster en de meldingen: %1 (standaard: die van het systeem, als die erbij is, anders Engels). Datums en getallen volgen die taal.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="151"/>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en afsluiten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="153"/>
        <source>Show the version and exit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="158"/>
        <source>Entente: a timeline viewer for conflict diplomacy.

Exit codes: 0 done, 1 failed (nothing changed), 2 bad usage, 3 --import found bad rows and imported nothing.</source>
        <translation>Entente: een tijdlijnviewer voor conflictdiplomatie.

Afsluitcodes: 0 gelukt, 1 mislukt (niets gewijzigd), 2 onjuist gebruik, 3 --import vond foute rijen en importeerde niets.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="166"/>
        <source>The timeline to open, as with --database.</source>
        <translation>De tijdlijn die moet worden geopend, zoals bij --database.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="183"/>
        <source>--%1: “%2” is not %3</source>
        <translation>--%1: ‘%2’ is niet %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="184"/>
        <location filename="../../app/cli/commandline.cpp" line="220"/>
        <location filename="../../app/cli/commandline.cpp" line="320"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="197"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="211"/>
        <source>--export cannot be used with --list or --export-image</source>
        <translation>--export kan niet samen met --list of --export-image worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="218"/>
        <location filename="../../app/cli/commandline.cpp" line="318"/>
        <source>--format: “%1” is not %2</source>
        <translation>--format: ‘%1’ is niet %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="226"/>
        <source>--export: cannot tell the format of “%1”; use .json, .csv or .ics, or --format timelinejs</source>
        <translation>--export: het formaat van ‘%1’ is niet te bepalen; gebruik .json, .csv of .ics, of --format timelinejs</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="242"/>
        <source>--size: “%1” is not WIDTHxHEIGHT between 200x100 and 16384x16384</source>
        <translation>--size: ‘%1’ is geen WIDTHxHEIGHT tussen 200x100 en 16384x16384</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="256"/>
        <source>unexpected argument “%1”: one timeline at a time (see --help)</source>
        <translation>onverwacht argument ‘%1’: één tijdlijn tegelijk (zie --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="261"/>
        <source>“%1” and --database %2: give the timeline once</source>
        <translation>‘%1’ en --database %2: geef de tijdlijn maar één keer op</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="279"/>
        <source>--query, --actor, --category and --tag go with --list, --export or --export-image</source>
        <translation>--query, --actor, --category en --tag horen bij --list, --export of --export-image</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="293"/>
        <source>--duplicates, --skip-bad-rows, --map and --date-order go with --import</source>
        <translation>--duplicates, --skip-bad-rows, --map en --date-order horen bij --import</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="299"/>
        <source>--import cannot be used with --list, --export or --export-image</source>
        <translation>--import kan niet samen met --list, --export of --export-image worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="334"/>
        <source>--process goes with --export-table</source>
        <translation>--process hoort bij --export-table</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="341"/>
        <source>--export-table cannot be used with --list, --export, --export-image or --import</source>
        <translation>--export-table kan niet samen met --list, --export, --export-image of --import worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="347"/>
        <source>--export-table: cannot tell the format of “%1”; use .png, .svg, .pdf or .csv</source>
        <translation>--export-table: het formaat van ‘%1’ is niet te bepalen; gebruik .png, .svg, .pdf of .csv</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="359"/>
        <source>--language: “%1” is not %2</source>
        <translation>--language: ‘%1’ is niet %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="390"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligt vóór --from %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="416"/>
        <source>--export-image: cannot tell the format of “%1”; use .png, .svg or .pdf</source>
        <translation>--export-image: het formaat van ‘%1’ is niet te bepalen; gebruik .png, .svg of .pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="422"/>
        <source>--list and --export-image cannot be used together</source>
        <translation>--list en --export-image kunnen niet samen worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="458"/>
        <source>%1 was upgraded from timeline format %2 to %3; older versions of Entente cannot open it now</source>
        <translation>%1 is bijgewerkt van tijdlijnformaat %2 naar %3; oudere versies van Entente kunnen het bestand nu niet meer openen</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="474"/>
        <source>%1: no such timeline file</source>
        <translation>%1: dit tijdlijnbestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="484"/>
        <source>cannot create the folder %1</source>
        <translation>kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="497"/>
        <source>cannot create %1</source>
        <translation>kan %1 niet aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="513"/>
        <source>unexpected error: %1</source>
        <translation>onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="551"/>
        <source>--actor: %1 has no actor named “%2”</source>
        <translation>--actor: %1 heeft geen actor met de naam ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="562"/>
        <source>--category: %1 has no category “%2”</source>
        <translation>--category: %1 heeft geen categorie ‘%2’</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/commandline.cpp" line="593"/>
        <source>events left out, undated (the format has no place for them): %n</source>
        <translation>
            <numerusform>ongedateerde gebeurtenis weggelaten (het formaat heeft er geen plaats voor): %n</numerusform>
            <numerusform>ongedateerde gebeurtenissen weggelaten (het formaat heeft er geen plaats voor): %n</numerusform>
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
        <translation>--process: %1 heeft geen akkoord van het vredesproces ‘%2’</translation>
    </message>
</context>
<context>
    <name>entente::ContentImport</name>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="314"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Het importeren is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="324"/>
        <source>Event %1 of %2 (“%3”): %4</source>
        <translation>Gebeurtenis %1 van %2 (‘%3’): %4</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="399"/>
        <source>it names an actor the content does not have</source>
        <translation>verwijst naar een actor die niet in de inhoud voorkomt</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="405"/>
        <source>it names a source the content does not have</source>
        <translation>verwijst naar een bron die niet in de inhoud voorkomt</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="432"/>
        <source>Saved view “%1”: %2</source>
        <translation>Opgeslagen weergave ‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="478"/>
        <source>A relation names event %1 of the content, which has %2.</source>
        <translation>Een relatie verwijst naar gebeurtenis %1 van de inhoud, maar die bevat er %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="508"/>
        <source>the file&apos;s title, “%1”, was not taken: the timeline keeps its own, “%2”</source>
        <translation>de titel van het bestand, ‘%1’, is niet overgenomen: de tijdlijn houdt haar eigen titel, ‘%2’</translation>
    </message>
</context>
<context>
    <name>entente::CsvMapping</name>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="24"/>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="26"/>
        <source>Date (start)</source>
        <translation>Datum (begin)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="27"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="28"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="29"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="30"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="31"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="32"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="33"/>
        <source>Source URL</source>
        <translation>Bron-URL</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="34"/>
        <source>Source title</source>
        <translation>Brontitel</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="35"/>
        <source>Source outlet</source>
        <translation>Bronmedium</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="36"/>
        <source>Identifier (uid)</source>
        <translation>Identificatie (uid)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="37"/>
        <source>Importance</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="38"/>
        <source>Keep as attribute</source>
        <translation>Als attribuut bewaren</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="159"/>
        <source>No column is the title (or a description to take it from).</source>
        <translation>Geen enkele kolom is de titel (of een beschrijving waaruit die kan worden gehaald).</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="233"/>
        <source>column mapping: “%1” is not FIELD=COLUMN with FIELD one of %2</source>
        <translation>kolomindeling: ‘%1’ is geen VELD=KOLOM met VELD een van %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="239"/>
        <source>column mapping: the file has no column “%1”; its columns are %2</source>
        <translation>kolomindeling: het bestand heeft geen kolom ‘%1’; de kolommen zijn %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="266"/>
        <source>column mapping: “%1” names no kind of actor in “%2”; the kinds are state, organisation, person and group</source>
        <translation>kolomindeling: ‘%1’ in ‘%2’ is geen soort actor; de soorten zijn state, organisation, person en group</translation>
    </message>
</context>
<context>
    <name>entente::CsvMappingDialog</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="79"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="81"/>
        <source>Entente does not know this file&apos;s columns. Choose what each one holds; the first rows are shown below.</source>
        <translation>Entente kent de kolommen van dit bestand niet. Kies wat elke kolom bevat; hieronder staan de eerste rijen.</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="86"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="87"/>
        <source>Day first (05/02/2025 is 5 February)</source>
        <translation>Dag eerst (05/02/2025 is 5 februari)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="88"/>
        <source>Month first (05/02/2025 is 2 May)</source>
        <translation>Maand eerst (05/02/2025 is 2 mei)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="95"/>
        <location filename="../../app/window/csvmappingdialog.cpp" line="171"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="112"/>
        <source>Map the columns myself</source>
        <translation>Kolommen zelf indelen</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="116"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="117"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="118"/>
        <source>Semicolon</source>
        <translation>Puntkomma</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="119"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="120"/>
        <source>Other:</source>
        <translation>Ander:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="123"/>
        <source>Other delimiter</source>
        <translation>Ander scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="129"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="193"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="226"/>
        <source>Field of column %1</source>
        <translation>Veld van kolom %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="237"/>
        <source>Role of the actors of column %1</source>
        <translation>Rol van de actoren in kolom %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="238"/>
        <source>How the actors of this column take part in the events</source>
        <translation>Hoe de actoren in deze kolom aan de gebeurtenissen deelnemen</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="242"/>
        <source>Kind of the actors of column %1</source>
        <translation>Soort van de actoren in kolom %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="243"/>
        <source>What a new actor of this column is; actors already in the timeline keep their own kind</source>
        <translation>Wat een nieuwe actor uit deze kolom is; actoren die al in de tijdlijn staan, houden hun eigen soort</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="297"/>
        <source>Dates such as “%1” can be read day first or month first, and no date in the file settles which:</source>
        <translation>Datums zoals ‘%1’ kunnen met de dag of met de maand eerst worden gelezen, en geen enkele datum in het bestand wijst uit welke van de twee:</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="204"/>
        <source>the quoted field that begins on this line is not closed by the end of the file</source>
        <translation>het veld tussen aanhalingstekens dat op deze regel begint, is aan het einde van het bestand nog niet afgesloten</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="207"/>
        <source>the quoted field that begins on this line goes on for more than %L1 characters; is a quote not closed?</source>
        <translation>het veld tussen aanhalingstekens dat op deze regel begint, is langer dan %L1 tekens; is er een aanhalingsteken niet afgesloten?</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="212"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
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
        <translation>CSV, één rij per gebeurtenis (*.csv)</translation>
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
        <translation>%1: kan niet worden geschreven: %2</translation>
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
        <translation>%1 geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/dataexportprompt.cpp" line="53"/>
        <source>(%n undated events left out: the format has no place for them)</source>
        <translation>
            <numerusform>(%n ongedateerde gebeurtenis weggelaten: het formaat heeft er geen plaats voor)</numerusform>
            <numerusform>(%n ongedateerde gebeurtenissen weggelaten: het formaat heeft er geen plaats voor)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="73"/>
        <source>Export Data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="74"/>
        <source>Export Data: the Events the Search and Filters Show</source>
        <translation>Gegevens exporteren: de gebeurtenissen die de zoekopdracht en de filters tonen</translation>
    </message>
</context>
<context>
    <name>entente::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="96"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="180"/>
        <location filename="../../core/db/database.cpp" line="190"/>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="263"/>
        <source>%1: cannot save a copy: %2</source>
        <translation>%1: kan geen kopie opslaan: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="284"/>
        <source>%1: cannot save a copy: the file cannot be replaced</source>
        <translation>%1: kan geen kopie opslaan: het bestand kan niet worden vervangen</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="309"/>
        <source>%1: the file is in use by another window or program; nothing was changed. Try again in a moment.</source>
        <translation>%1: het bestand is in gebruik door een ander venster of programma; er is niets gewijzigd. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="321"/>
        <source>%1: a value is larger than %2 MB, more than a timeline holds; it was not read or written</source>
        <translation>%1: een waarde is groter dan %2 MB, meer dan een tijdlijn kan bevatten; die is niet gelezen of geschreven</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="328"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/db/stoprequest.cpp" line="35"/>
        <source>%1: stopped before it finished; nothing was changed</source>
        <translation>%1: gestopt voordat het klaar was; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::DatasetTable</name>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="29"/>
        <source>%1:1: the header has no column “%2”, which %3 files have</source>
        <translation>%1:1: de kopregel heeft geen kolom ‘%2’, die %3-bestanden wel hebben</translation>
    </message>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="138"/>
        <source>a line not in UTF-8, read as Windows-1252: %1</source>
        <translation>een regel niet in UTF-8, gelezen als Windows-1252: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/datasettable.cpp" line="139"/>
        <source>%n lines not in UTF-8, read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n regel niet in UTF-8, gelezen als Windows-1252: %1</numerusform>
            <numerusform>%n regels niet in UTF-8, gelezen als Windows-1252: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DateColumn</name>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="201"/>
        <source>“%1” is not a date: expected one such as 2014-09-05, 05/09/2014, 5 Sep 2014 or September 5, 2014, or nothing for “undated”.</source>
        <translation>‘%1’ is geen datum: verwacht werd bijvoorbeeld 2014-09-05, 05/09/2014, 5 Sep 2014 of September 5, 2014, of niets voor ‘ongedateerd’.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="208"/>
        <source>with the day first (DD/MM/YYYY)</source>
        <translation>met de dag eerst (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="209"/>
        <source>with the month first (MM/DD/YYYY)</source>
        <translation>met de maand eerst (MM/DD/JJJJ)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="218"/>
        <source>“%1” is not a date: with AM or PM, the hour is from 1 to 12.</source>
        <translation>‘%1’ is geen datum: bij AM of PM loopt het uur van 1 tot 12.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="237"/>
        <source>“%1” is not a date: %2.</source>
        <translation>‘%1’ is geen datum: %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="238"/>
        <source>“%1”, read %2, is not a date: %3.</source>
        <translation>‘%1’, gelezen %2, is geen datum: %3.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="249"/>
        <source>“%1” may have the day or the month first: say which order the column&apos;s dates are written in.</source>
        <translation>Bij ‘%1’ kan de dag of de maand voorop staan: geef aan in welke volgorde de datums in de kolom zijn geschreven.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="319"/>
        <source>Some dates have the day first (%1) and others the month first (%2).</source>
        <translation>Sommige datums hebben de dag eerst (%1) en andere de maand eerst (%2).</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="338"/>
        <source>“%1” has a two-digit year: Entente reads years written with four digits, such as 05/09/2014.</source>
        <translation>‘%1’ heeft een jaartal van twee cijfers: Entente leest jaartallen van vier cijfers, zoals in 05/09/2014.</translation>
    </message>
</context>
<context>
    <name>entente::DateColumnReader</name>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="17"/>
        <source>the row has no date</source>
        <translation>de rij heeft geen datum</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="52"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the day first, as this format writes them</source>
        <translation>geen enkele datum in de kolom laat zien of de dag of de maand voorop staat (‘%1’); de datums zijn met de dag eerst gelezen, zoals dit formaat ze schrijft</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="55"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the month first, as this format writes them</source>
        <translation>geen enkele datum in de kolom laat zien of de dag of de maand voorop staat (‘%1’); de datums zijn met de maand eerst gelezen, zoals dit formaat ze schrijft</translation>
    </message>
</context>
<context>
    <name>entente::DeviceWriter</name>
    <message>
        <location filename="../../core/io/devicewriter.cpp" line="52"/>
        <source>cannot write: %1</source>
        <translation>kan niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>entente::DocumentController</name>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="53"/>
        <source>Read-only: this file is on a disk that cannot be written to. You can look, but not change it.</source>
        <translation>Alleen-lezen: dit bestand staat op een schijf waarop niet kan worden geschreven. Bekijken kan, wijzigen niet.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="58"/>
        <source>Read-only: you do not have permission to change this file. You can look, but not change it.</source>
        <translation>Alleen-lezen: er is geen toestemming om dit bestand te wijzigen. Bekijken kan, wijzigen niet.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="62"/>
        <source>Opened read-only: editing is off.</source>
        <translation>Geopend als alleen-lezen: bewerken is uitgeschakeld.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="110"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Nieuwe tijdlijn…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="112"/>
        <source>&amp;Open Timeline…</source>
        <translation>Tijdlijn &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="120"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="121"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="122"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="151"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Menu wissen</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="176"/>
        <source>Could not open %1: there is no such file.</source>
        <translation>Kan %1 niet openen: dat bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="192"/>
        <source>Could not open the timeline: %1</source>
        <translation>Kan de tijdlijn niet openen: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="202"/>
        <source>%1 is the timeline open in this window; choose another name for a new one.</source>
        <translation>%1 is de tijdlijn die in dit venster open is; kies een andere naam voor een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="216"/>
        <source>Could not create the timeline: %1</source>
        <translation>Kan de tijdlijn niet aanmaken: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="238"/>
        <source>Could not save the timeline as %1: %2</source>
        <translation>Kan de tijdlijn niet opslaan als %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="273"/>
        <source>%1 is in an older timeline format (%2). Before it is changed, Entente upgrades it to format %3, and older versions of Entente will not open it afterwards.

A copy of the original is kept as %4 until the upgrade has succeeded.

Upgrade it now?</source>
        <translation>%1 heeft een ouder tijdlijnformaat (%2). Voordat het bestand wordt gewijzigd, werkt Entente het bij naar formaat %3; oudere versies van Entente kunnen het daarna niet meer openen.

Tot het bijwerken is gelukt, blijft een kopie van het origineel bewaard als %4.

Nu bijwerken?</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="280"/>
        <source>Upgrade Timeline</source>
        <translation>Tijdlijn bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="312"/>
        <source>New Timeline</source>
        <translation>Nieuwe tijdlijn</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="319"/>
        <source>Open Timeline</source>
        <translation>Tijdlijn openen</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="329"/>
        <source>Save Timeline As</source>
        <translation>Tijdlijn opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="338"/>
        <source>Entente timelines (*.entente);;All files (*)</source>
        <translation>Entente-tijdlijnen (*.entente);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="394"/>
        <source>%1 is in an older timeline format (%2); Entente upgrades it the first time you change it.</source>
        <translation>%1 heeft een ouder tijdlijnformaat (%2); Entente werkt het bestand bij zodra het voor het eerst wordt gewijzigd.</translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <location filename="../../app/window/editactions.cpp" line="24"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="26"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
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
        <translation>Bewerkingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="41"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
</context>
<context>
    <name>entente::EditRowCommand</name>
    <message>
        <location filename="../../app/commands/editrowcommand.h" line="18"/>
        <source>Edit %1 “%2”</source>
        <translation>%1 ‘%2’ bewerken</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonReader</name>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="27"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="29"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="31"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="33"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="35"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="37"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="141"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: geen geldige JSON: %4</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="148"/>
        <source>%1:1: not an Entente timeline (expected an object with &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>%1:1: geen Entente-tijdlijn (verwacht werd een object met &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="159"/>
        <source>not an Entente timeline (expected &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>geen Entente-tijdlijn (verwacht werd &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="165"/>
        <source>expected a version number, not %1</source>
        <translation>verwacht werd een versienummer, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="169"/>
        <source>this timeline is of version %1, written by a newer Entente; this one reads versions 1 to %2</source>
        <translation>deze tijdlijn heeft versie %1 en is geschreven door een nieuwere Entente; deze versie leest versies 1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="217"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="258"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="294"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="424"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="545"/>
        <source>“%1” is used twice</source>
        <translation>‘%1’ komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="226"/>
        <source>“%1” is not one of state, organisation, person, group</source>
        <translation>‘%1’ is niet een van state, organisation, person, group</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="246"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="333"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="443"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="662"/>
        <source>no actor has the key “%1”</source>
        <translation>geen enkele actor heeft de sleutel ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="310"/>
        <source>expected &quot;point&quot; or &quot;period&quot;, not “%1”</source>
        <translation>verwacht werd &quot;point&quot; of &quot;period&quot;, niet ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="337"/>
        <source>a role is text, not %1</source>
        <translation>een rol is tekst, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="359"/>
        <source>no source has the key “%1”</source>
        <translation>geen enkele bron heeft de sleutel ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="364"/>
        <source>expected a source key, not %1</source>
        <translation>verwacht werd een bronsleutel, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="369"/>
        <source>no document has the key “%1”</source>
        <translation>geen enkel document heeft de sleutel ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="384"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="583"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="680"/>
        <source>expected an object, not %1</source>
        <translation>verwacht werd een object, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="390"/>
        <source>“%1” is %2, not text</source>
        <translation>‘%1’ is %2, geen tekst</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="406"/>
        <source>“%1” is not a relation type</source>
        <translation>‘%1’ is geen relatietype</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="464"/>
        <source>no event has the uid or index “%1”</source>
        <translation>geen enkele gebeurtenis heeft de uid of index ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="484"/>
        <source>“%1” is not one of %2</source>
        <translation>‘%1’ is niet een van %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="591"/>
        <source>a number of days is 0 or more</source>
        <translation>een aantal dagen is 0 of meer</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="642"/>
        <source>no provision has the uid or index “%1”</source>
        <translation>geen enkele bepaling heeft de uid of index ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="691"/>
        <source>expected text, not %1</source>
        <translation>verwacht werd tekst, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="700"/>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="709"/>
        <source>expected true or false, not %1</source>
        <translation>verwacht werd true of false, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="721"/>
        <source>expected a whole number, not %1</source>
        <translation>verwacht werd een geheel getal, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="730"/>
        <source>expected a list, not %1</source>
        <translation>verwacht werd een lijst, niet %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="740"/>
        <source>expected a list of text, with %1 in it</source>
        <translation>verwacht werd een lijst met tekst, maar er staat %1 in</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="756"/>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="774"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="775"/>
        <source>relation type</source>
        <translation>relatietype</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="776"/>
        <source>era</source>
        <translation>tijdvak</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="777"/>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="778"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="779"/>
        <source>event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="780"/>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="781"/>
        <source>saved view</source>
        <translation>opgeslagen weergave</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="782"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="783"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="784"/>
        <source>agreement</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="785"/>
        <source>provision</source>
        <translation>bepaling</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="786"/>
        <source>provision link</source>
        <translation>koppeling aan bepaling</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="787"/>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="798"/>
        <source>field “%1”</source>
        <translation>veld ‘%1’</translation>
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
        <translation>Nieuw tijdvak</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="34"/>
        <source>Edit Era</source>
        <translation>Tijdvak bewerken</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="35"/>
        <source>2014, Sep 2014 or 5 Sep 2014</source>
        <translation>2014, sep 2014 of 5 sep 2014</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="52"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="53"/>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="54"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
</context>
<context>
    <name>entente::EraManager</name>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="18"/>
        <source>Eras</source>
        <translation>Tijdvakken</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
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
        <translation>Entente had te weinig geheugen; de laatste handeling is niet voltooid.</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="35"/>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="37"/>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Onverwachte fout van onbekende aard.</translation>
    </message>
</context>
<context>
    <name>entente::Event</name>
    <message>
        <location filename="../../core/model/event.cpp" line="39"/>
        <source>ongoing</source>
        <translation>heden</translation>
    </message>
    <message>
        <location filename="../../core/model/event.cpp" line="41"/>
        <source>unknown start – %1</source>
        <translation>onbekend begin – %1</translation>
    </message>
</context>
<context>
    <name>entente::EventClipboard</name>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="24"/>
        <source>clipboard</source>
        <translation>klembord</translation>
    </message>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="28"/>
        <source>The clipboard does not hold Entente events: %1</source>
        <translation>Het klembord bevat geen Entente-gebeurtenissen: %1</translation>
    </message>
</context>
<context>
    <name>entente::EventCriteria</name>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="195"/>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actor: %1</source>
        <translation>Actor: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actors: %1</source>
        <translation>Actoren: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="204"/>
        <source>uncategorized</source>
        <translation>zonder categorie</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Categories: %1</source>
        <translation>Categorieën: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="209"/>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="211"/>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="213"/>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="216"/>
        <source>Importance %1 or more</source>
        <translation>Belang %1 of hoger</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Sources: %1</source>
        <translation>Bronnen: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="220"/>
        <source>Has relations</source>
        <translation>Met relaties</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="223"/>
        <source>Approximate dates only</source>
        <translation>Alleen datums bij benadering</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="254"/>
        <source>expected text</source>
        <translation>verwacht werd tekst</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="263"/>
        <source>expected true or false</source>
        <translation>verwacht werd true of false</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="275"/>
        <source>expected a whole number</source>
        <translation>verwacht werd een geheel getal</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="286"/>
        <source>expected a list of text</source>
        <translation>verwacht werd een lijst met tekst</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="299"/>
        <source>expected a list of actor ids (whole numbers)</source>
        <translation>verwacht werd een lijst met actor-id&apos;s (gehele getallen)</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="315"/>
        <source>expected a date and time such as 2015-02-12T00:00:00Z, not “%1”</source>
        <translation>verwacht werd een datum en tijd zoals 2015-02-12T00:00:00Z, niet ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="337"/>
        <source>expected a list</source>
        <translation>verwacht werd een lijst</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="345"/>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
</context>
<context>
    <name>entente::EventDetails</name>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="32"/>
        <source>no date given by the sources</source>
        <translation>de bronnen geven geen datum</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="37"/>
        <source>known to the year</source>
        <translation>tot op het jaar bekend</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="40"/>
        <source>known to the month</source>
        <translation>tot op de maand bekend</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="43"/>
        <source>known to the day</source>
        <translation>tot op de dag bekend</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="46"/>
        <source>known to the minute</source>
        <translation>tot op de minuut bekend</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="49"/>
        <source>%1, approximate</source>
        <translation>%1, bij benadering</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="69"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="92"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="94"/>
        <source>Edit this event here (F2 edits it in a window)</source>
        <translation>Deze gebeurtenis hier bewerken (met F2 in een apart venster)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="215"/>
        <source>Select an event on the timeline or in the list to read its details.</source>
        <translation>Selecteer een gebeurtenis op de tijdlijn of in de lijst om de details te lezen.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="219"/>
        <source>Start: %1</source>
        <translation>Begin: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: ongoing</source>
        <translation>Einde: loopt nog</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: %1</source>
        <translation>Einde: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="231"/>
        <source>Category: %1</source>
        <translation>Categorie: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="234"/>
        <source>Location: %1</source>
        <translation>Locatie: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="236"/>
        <source>Importance: %1 of 5</source>
        <translation>Belang: %1 van 5</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="278"/>
        <source>(removed actor)</source>
        <translation>(verwijderde actor)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="285"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="290"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="292"/>
        <source>No source cited.</source>
        <translation>Geen bron vermeld.</translation>
    </message>
</context>
<context>
    <name>entente::EventDrag</name>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="65"/>
        <source>ends %1 → %2</source>
        <translation>einde %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="68"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="73"/>
        <source>Move “%1”</source>
        <translation>‘%1’ verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="74"/>
        <source>Resize “%1”</source>
        <translation>Duur van ‘%1’ wijzigen</translation>
    </message>
</context>
<context>
    <name>entente::EventEditing</name>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="20"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Nieuwe gebeurtenis…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="21"/>
        <source>&amp;Edit Event…</source>
        <translation>Gebeurtenis &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="24"/>
        <source>Add an event to the timeline</source>
        <translation>Een gebeurtenis aan de tijdlijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="25"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="26"/>
        <source>Edit the selected event (also Enter or a double click in the Events list)</source>
        <translation>De geselecteerde gebeurtenis bewerken (ook met Enter of dubbelklikken in de lijst Gebeurtenissen)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="118"/>
        <source>This file is read-only: it was opened for viewing, so it cannot be edited.</source>
        <translation>Dit bestand is alleen-lezen: het is geopend om te bekijken en kan dus niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="119"/>
        <source>This file is read-only: it is write-protected or on a medium that cannot be written, so it cannot be edited.</source>
        <translation>Dit bestand is alleen-lezen: het is tegen schrijven beveiligd of staat op een medium waarop niet kan worden geschreven, en kan dus niet worden bewerkt.</translation>
    </message>
</context>
<context>
    <name>entente::EventEditor</name>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="30"/>
        <source>Still going on</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="39"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="40"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="41"/>
        <source>Relations to other events</source>
        <translation>Relaties met andere gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="76"/>
        <source>What happened, in a few words</source>
        <translation>Wat er gebeurde, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="79"/>
        <source>A moment</source>
        <translation>Een moment</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="80"/>
        <source>A period</source>
        <translation>Een periode</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="83"/>
        <source>Pick one, or type a new name</source>
        <translation>Kies er een of typ een nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="85"/>
        <source>1: minor, 5: major; bigger markers on the timeline</source>
        <translation>1: gering, 5: groot; grotere markeringen op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="86"/>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="91"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="92"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="94"/>
        <source>&amp;Start:</source>
        <translation>Be&amp;gin:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="95"/>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="97"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="98"/>
        <source>&amp;Importance:</source>
        <translation>Bela&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="99"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="100"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
</context>
<context>
    <name>entente::EventEditorDialog</name>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="60"/>
        <source>New Event</source>
        <translation>Nieuwe gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="61"/>
        <source>Edit “%1”</source>
        <translation>‘%1’ bewerken</translation>
    </message>
</context>
<context>
    <name>entente::EventListDock</name>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="15"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="57"/>
        <source>Could not list the events: %1</source>
        <translation>Kan de gebeurtenissen niet weergeven: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="77"/>
        <source>listing them…</source>
        <translation>lijst wordt opgebouwd…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="80"/>
        <source>%1 listed</source>
        <translation>%1 in de lijst</translation>
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
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="436"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="438"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
</context>
<context>
    <name>entente::EventStore</name>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="97"/>
        <source>event “%1”</source>
        <translation>gebeurtenis ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="102"/>
        <source>actor “%1”</source>
        <translation>actor ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="107"/>
        <source>source “%1”</source>
        <translation>bron ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="112"/>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="117"/>
        <source>era “%1”</source>
        <translation>tijdvak ‘%1’</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="135"/>
        <source>%1, %2 Nothing was changed.</source>
        <translation>%1, %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="268"/>
        <source>%1 is in an older timeline format (%2) and is upgraded before it is changed; nothing was changed</source>
        <translation>%1 heeft een ouder tijdlijnformaat (%2) en wordt bijgewerkt voordat het wordt gewijzigd; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="272"/>
        <source>%1 is open read-only; nothing was changed</source>
        <translation>%1 is geopend als alleen-lezen; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="513"/>
        <source>event %1 does not exist; nothing was changed</source>
        <translation>gebeurtenis %1 bestaat niet; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="994"/>
        <source>relation: there is no event %1 in this timeline. Nothing was changed.</source>
        <translation>relatie: er is geen gebeurtenis %1 in deze tijdlijn. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1004"/>
        <source>relation: there is no relation type “%1” in this timeline. Nothing was changed.</source>
        <translation>relatie: er is geen relatietype ‘%1’ in deze tijdlijn. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1105"/>
        <source>A saved view needs a name. Nothing was changed.</source>
        <translation>Een opgeslagen weergave heeft een naam nodig. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1111"/>
        <source>A saved view is named “%1” already. Nothing was changed.</source>
        <translation>Er is al een opgeslagen weergave met de naam ‘%1’. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1115"/>
        <source>Saved view “%1”: “%2” is not a lane mode (actor, category or packed). Nothing was changed.</source>
        <translation>Opgeslagen weergave ‘%1’: ‘%2’ is geen baanmodus (actor, category of packed). Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="32"/>
        <source>What the view shows</source>
        <translation>Wat de weergave toont</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="33"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="38"/>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Export Image</source>
        <translation>Afbeelding exporteren</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="39"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="43"/>
        <source>timeline.png, .svg or .pdf</source>
        <translation>tijdlijn.png, .svg of .pdf</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="50"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="56"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="67"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="75"/>
        <source>Time:</source>
        <translation>Tijd:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="77"/>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="100"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="116"/>
        <source>Choose a file to write.</source>
        <translation>Kies een bestand om naar te schrijven.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="118"/>
        <source>“%1” is not a format Entente writes: use .png, .svg or .pdf.</source>
        <translation>‘%1’ is geen formaat dat Entente schrijft: gebruik .png, .svg of .pdf.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="125"/>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="127"/>
        <source>To: %1</source>
        <translation>Tot: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>The range ends (%1) before it begins (%2).</source>
        <translation>Het bereik eindigt (%1) voordat het begint (%2).</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>A PDF takes the width of its pages, and as many pages as its lanes need.</source>
        <translation>Een pdf krijgt de breedte van zijn pagina&apos;s, en zoveel pagina&apos;s als de banen nodig hebben.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="139"/>
        <source>The image is this wide, and at least this high: it grows to hold every lane.</source>
        <translation>De afbeelding is zo breed en minstens zo hoog: ze groeit mee tot elke baan erin past.</translation>
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
        <translation>Kan %1 niet bijwerken: %2 Het bestand is ongewijzigd gebleven en er is een kopie van bewaard als %3.</translation>
    </message>
    <message>
        <location filename="../../core/store/fileupgrade.cpp" line="63"/>
        <source>Could not upgrade %1: a copy of it could not be kept as %2 first; it was not changed.</source>
        <translation>Kan %1 niet bijwerken: er kon niet eerst een kopie van worden bewaard als %2; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>entente::FilterChip</name>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="17"/>
        <source>%1 (Delete removes this filter)</source>
        <translation>%1 (Delete verwijdert dit filter)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="23"/>
        <source>Remove this filter</source>
        <translation>Dit filter verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="24"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::FilterControls</name>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="21"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="30"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="48"/>
        <source>Saved &amp;Views</source>
        <translation>Opgeslagen &amp;weergaven</translation>
    </message>
</context>
<context>
    <name>entente::FilterPanel</name>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="77"/>
        <source>(uncategorized)</source>
        <translation>(zonder categorie)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="97"/>
        <source>Has &amp;relations</source>
        <translation>Met &amp;relaties</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="98"/>
        <source>Appro&amp;ximate dates only</source>
        <translation>Alleen datums bij &amp;benadering</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="99"/>
        <source>C&amp;lear All Filters</source>
        <translation>Alle filters &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="103"/>
        <source>Shows the events of any of the ticked categories</source>
        <translation>Toont de gebeurtenissen uit een van de aangevinkte categorieën</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="105"/>
        <source>Shows the events that have any of the ticked tags</source>
        <translation>Toont de gebeurtenissen met een van de aangevinkte tags</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="107"/>
        <source>Shows the events with a source from any of the ticked outlets</source>
        <translation>Toont de gebeurtenissen met een bron uit een van de aangevinkte media</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="109"/>
        <source>Shows every event again (the search stays)</source>
        <translation>Toont weer alle gebeurtenissen (de zoekopdracht blijft staan)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="116"/>
        <source>&amp;Actors</source>
        <translation>&amp;Actoren</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="118"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorieën</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="120"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="122"/>
        <source>Date&amp;s</source>
        <translation>&amp;Datums</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="124"/>
        <source>Source &amp;outlets</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="182"/>
        <source>Clear the date</source>
        <translation>Datum wissen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="202"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="203"/>
        <source>Shows the events that end on or after this date</source>
        <translation>Toont de gebeurtenissen die op of na deze datum eindigen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="204"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="205"/>
        <source>Shows the events that begin on or before this date</source>
        <translation>Toont de gebeurtenissen die op of vóór deze datum beginnen</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="210"/>
        <source> or more</source>
        <translation> of meer</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="212"/>
        <source>Shows the events at least this important, from 1 (any) to 5 (the most important)</source>
        <translation>Toont de gebeurtenissen die minstens zo belangrijk zijn, van 1 (alle) tot 5 (de belangrijkste)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="216"/>
        <source>&amp;Importance</source>
        <translation>Be&amp;lang</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="227"/>
        <source>Shows only the events at either end of a relation</source>
        <translation>Toont alleen de gebeurtenissen aan een van beide uiteinden van een relatie</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="229"/>
        <source>Shows only the events whose start or end is known to no more than a month or a year, or marked approximate (“c.”)</source>
        <translation>Toont alleen de gebeurtenissen waarvan begin of einde slechts tot op de maand of het jaar bekend is, of die als ongeveer zijn gemarkeerd (‘ca.’)</translation>
    </message>
</context>
<context>
    <name>entente::FoldTokenizer</name>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="278"/>
        <source>%1: the SQLite library this program uses has no full-text search (FTS5), which a timeline needs. Build the program with an SQLite that has it: with vcpkg, install &quot;sqlite3[fts5]&quot;; the system SQLite of Debian and Ubuntu and Homebrew&apos;s sqlite have it.</source>
        <translation>%1: de SQLite-bibliotheek die dit programma gebruikt, heeft geen zoeken in volledige tekst (FTS5), en dat heeft een tijdlijn nodig. Bouw het programma met een SQLite die het wel heeft: installeer met vcpkg &quot;sqlite3[fts5]&quot;; de systeem-SQLite van Debian en Ubuntu en de sqlite van Homebrew hebben het.</translation>
    </message>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="288"/>
        <source>%1: cannot register the search tokenizer: %2</source>
        <translation>%1: kan de tokenizer voor het zoeken niet registreren: %2</translation>
    </message>
</context>
<context>
    <name>entente::GoToDatePrompt</name>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="15"/>
        <location filename="../../app/window/gotodateprompt.cpp" line="28"/>
        <source>Go to Date</source>
        <translation>Ga naar datum</translation>
    </message>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="16"/>
        <source>A date, such as 2022, Feb 2022, 14 Feb 2022 or 2022-02-14:</source>
        <translation>Een datum, zoals 2022, feb 2022, 14 feb 2022 of 2022-02-14:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarExport</name>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="162"/>
        <source>Actors: %1</source>
        <translation>Actoren: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="174"/>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarLine</name>
    <message>
        <location filename="../../core/io/icalendarline.cpp" line="99"/>
        <source>%1:%2: “%3” is not an iCalendar line (NAME:value)</source>
        <translation>%1:%2: ‘%3’ is geen iCalendar-regel (NAAM:waarde)</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarReader</name>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="114"/>
        <source>not an iCalendar file: it does not begin with BEGIN:VCALENDAR</source>
        <translation>geen iCalendar-bestand: het begint niet met BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="135"/>
        <source>BEGIN:%1 is never closed by END:%1</source>
        <translation>BEGIN:%1 wordt nergens afgesloten met END:%1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="143"/>
        <source>BEGIN:%1 outside of a VCALENDAR</source>
        <translation>BEGIN:%1 buiten een VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="155"/>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 zonder BEGIN:%1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="156"/>
        <source>END:%1 where END:%2 (of line %3) was expected</source>
        <translation>END:%1 waar END:%2 (van regel %3) werd verwacht</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="189"/>
        <source>the event repeats; only its first occurrence is imported (recurrences are not expanded)</source>
        <translation>de gebeurtenis herhaalt zich; alleen de eerste keer wordt geïmporteerd (herhalingen worden niet uitgewerkt)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="205"/>
        <source>the event has no DTSTART</source>
        <translation>de gebeurtenis heeft geen DTSTART</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="238"/>
        <source>“%1” is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)</source>
        <translation>‘%1’ is geen datum (YYYYMMDD) en geen datum met tijd (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="261"/>
        <source>“%1” is not a duration (such as P1D or PT1H30M)</source>
        <translation>‘%1’ is geen tijdsduur (zoals P1D of PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="310"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>‘%1’ is geen webadres; het wordt weggelaten</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="327"/>
        <source>lines read as Windows-1252, not being UTF-8: %1</source>
        <translation>regels gelezen als Windows-1252, omdat ze geen UTF-8 zijn: %1</translation>
    </message>
</context>
<context>
    <name>entente::ImplementationLevel</name>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="35"/>
        <source>Not initiated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="38"/>
        <source>Minimal</source>
        <comment>how far a provision is implemented</comment>
        <translation>Minimaal</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="41"/>
        <source>Intermediate</source>
        <comment>how far a provision is implemented</comment>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="44"/>
        <source>Full</source>
        <comment>how far a provision is implemented</comment>
        <translation>Volledig</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="47"/>
        <source>Violated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Geschonden</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="50"/>
        <source>Lapsed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="53"/>
        <source>Not assessed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>entente::ImportCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/importcommand.cpp" line="20"/>
        <source>Import %1 (%n events)</source>
        <translation>
            <numerusform>%1 importeren (%n gebeurtenis)</numerusform>
            <numerusform>%1 importeren (%n gebeurtenissen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportController</name>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="60"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan het bestand niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="72"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="73"/>
        <source>Add the events of a dataset or timeline file to this timeline</source>
        <translation>De gebeurtenissen uit een dataset of tijdlijnbestand aan deze tijdlijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="95"/>
        <source>All supported (*.csv *.tsv *.txt *.json *.timeline *.ics)</source>
        <translation>Alle ondersteunde bestanden (*.csv *.tsv *.txt *.json *.timeline *.ics)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="99"/>
        <source>CSV of any columns, mapped by hand (*.csv *.tsv *.txt)</source>
        <translation>CSV met willekeurige kolommen, met de hand ingedeeld (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="104"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="139"/>
        <location filename="../../app/window/importcontroller.cpp" line="364"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="151"/>
        <source>This timeline is read-only: nothing can be imported into it.</source>
        <translation>Deze tijdlijn is alleen-lezen: er kan niets in worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="170"/>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="203"/>
        <location filename="../../app/window/importcontroller.cpp" line="257"/>
        <location filename="../../app/window/importcontroller.cpp" line="281"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="342"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="365"/>
        <source>%n events of the file are already in the timeline.</source>
        <translation>
            <numerusform>%n gebeurtenis uit het bestand staat al in de tijdlijn.</numerusform>
            <numerusform>%n gebeurtenissen uit het bestand staan al in de tijdlijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="367"/>
        <source>Skip them, or update them with what the file says?</source>
        <translation>Overslaan of bijwerken met wat in het bestand staat?</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="368"/>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="369"/>
        <source>&amp;Update</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="386"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="405"/>
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>%n gebeurtenis geïmporteerd uit %1</numerusform>
            <numerusform>%n gebeurtenissen geïmporteerd uit %1</numerusform>
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
        <translation>Entente kan niet vaststellen in welk formaat het bestand is; kies een van %1.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="204"/>
        <source>%1: Entente cannot tell which format this file is in; choose one of %2.</source>
        <translation>%1: Entente kan niet vaststellen in welk formaat dit bestand is; kies een van %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="208"/>
        <source>Importing %1 files is not supported yet.</source>
        <translation>Het importeren van %1-bestanden wordt nog niet ondersteund.</translation>
    </message>
</context>
<context>
    <name>entente::ImportProblemsDialog</name>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="34"/>
        <source>Import Problems</source>
        <translation>Importproblemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="38"/>
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n rij kan niet worden geïmporteerd.</numerusform>
            <numerusform>%n rijen kunnen niet worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="39"/>
        <source>The other %n events can be.</source>
        <translation>
            <numerusform>De andere %n gebeurtenis kan wel.</numerusform>
            <numerusform>De andere %n gebeurtenissen kunnen wel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="40"/>
        <source>The file can be imported (%n events), but note:</source>
        <translation>
            <numerusform>Het bestand kan worden geïmporteerd (%n gebeurtenis), maar let op:</numerusform>
            <numerusform>Het bestand kan worden geïmporteerd (%n gebeurtenissen), maar let op:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="42"/>
        <source>The first %1 are listed; Save writes them all.</source>
        <translation>Alleen de eerste %1 staan hier; Opslaan schrijft ze allemaal weg.</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="48"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="73"/>
        <source>warning: </source>
        <translation>waarschuwing: </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Skip These Rows</source>
        <translation>Deze rijen &amp;overslaan</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="58"/>
        <source>&amp;Cancel Import</source>
        <translation>Importeren &amp;annuleren</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="59"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="61"/>
        <source>Sa&amp;ve…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="86"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="94"/>
        <source>Save Import Problems</source>
        <translation>Importproblemen opslaan</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="87"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="95"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: kan het bestand niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>entente::ImportRun</name>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="47"/>
        <location filename="../../app/cli/importrun.cpp" line="161"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan het bestand niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="66"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="90"/>
        <source>Rows with problems: nothing was imported.</source>
        <translation>Rijen met problemen: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="111"/>
        <source>a row with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>een rij met problemen; er is niets geïmporteerd (--skip-bad-rows importeert de overige rijen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="113"/>
        <source>%n rows with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>
            <numerusform>%n rij met problemen; er is niets geïmporteerd (--skip-bad-rows importeert de overige rijen)</numerusform>
            <numerusform>%n rijen met problemen; er is niets geïmporteerd (--skip-bad-rows importeert de overige rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="120"/>
        <source>Imported %n events (%1 updated, %2 skipped) from %3</source>
        <translation>
            <numerusform>%n gebeurtenis geïmporteerd (%1 bijgewerkt, %2 overgeslagen) uit %3</numerusform>
            <numerusform>%n gebeurtenissen geïmporteerd (%1 bijgewerkt, %2 overgeslagen) uit %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="143"/>
        <source>--map: %1 is a %2 file, whose columns Entente knows</source>
        <translation>--map: %1 is een %2-bestand, waarvan Entente de kolommen kent</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="184"/>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>entente::IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../../core/db/integritycheck.cpp" line="39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/db/integritycheck.cpp" line="41"/>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 is beschadigd (%2); het is niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::LaneHeaders</name>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Unfold %1</source>
        <translation>%1 &amp;uitklappen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Fold %1</source>
        <translation>%1 &amp;inklappen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="119"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="122"/>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="126"/>
        <source>&amp;Hide %1</source>
        <translation>%1 &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="130"/>
        <source>&amp;Show All Lanes</source>
        <translation>Alle banen &amp;tonen</translation>
    </message>
</context>
<context>
    <name>entente::LaneModel</name>
    <message>
        <location filename="../../app/timeline/timelinecolours.cpp" line="226"/>
        <location filename="../../core/timeline/lanearrangements.cpp" line="135"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="79"/>
        <source>Uncategorized</source>
        <translation>Zonder categorie</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanearrangements.cpp" line="141"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="66"/>
        <source>No actor</source>
        <translation>Geen actor</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanemodel.cpp" line="92"/>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
</context>
<context>
    <name>entente::LanguageMenu</name>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="13"/>
        <source>Lang&amp;uage</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="26"/>
        <source>Same as the &amp;System (%1)</source>
        <translation>Zelfde als het &amp;systeem (%1)</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="46"/>
        <source>Entente will use %1 from its next start.</source>
        <translation>Entente gebruikt %1 vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>entente::LevelColours</name>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="47"/>
        <source>%n full</source>
        <translation>
            <numerusform>%n volledig</numerusform>
            <numerusform>%n volledig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="49"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n gedeeltelijk</numerusform>
            <numerusform>%n gedeeltelijk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="51"/>
        <source>%n none</source>
        <translation>
            <numerusform>%n geen</numerusform>
            <numerusform>%n geen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="53"/>
        <source>%n violated</source>
        <translation>
            <numerusform>%n geschonden</numerusform>
            <numerusform>%n geschonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="55"/>
        <source>%n lapsed</source>
        <translation>
            <numerusform>%n verlopen</numerusform>
            <numerusform>%n verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="57"/>
        <source>%n not assessed</source>
        <translation>
            <numerusform>%n niet beoordeeld</numerusform>
            <numerusform>%n niet beoordeeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LinkOpener</name>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="18"/>
        <location filename="../../app/window/linkopener.cpp" line="26"/>
        <source>Open Link</source>
        <translation>Koppeling openen</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="19"/>
        <source>Entente opens only web (http, https) and e-mail addresses. This link was not opened:

%1</source>
        <translation>Entente opent alleen web- (http, https) en e-mailadressen. Deze koppeling is niet geopend:

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="28"/>
        <source>Open this address?

%1</source>
        <translation>Dit adres openen?

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="29"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="121"/>
        <source>Could not read the timeline: %1</source>
        <translation>Kan de tijdlijn niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="174"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="214"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ga naar datum…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="215"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="236"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="249"/>
        <source>&amp;Export Image…</source>
        <translation>Afbeelding &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="251"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="253"/>
        <source>Export &amp;Data…</source>
        <translation>&amp;Gegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="255"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="259"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="269"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="290"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="303"/>
        <source>Find Ne&amp;xt</source>
        <translation>Vol&amp;gende zoeken</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="307"/>
        <source>Find Pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="339"/>
        <source>&amp;Data</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="340"/>
        <source>&amp;Actors…</source>
        <translation>&amp;Actoren…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="342"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Categorieën…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="344"/>
        <source>&amp;Eras…</source>
        <translation>&amp;Tijdvakken…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="346"/>
        <source>&amp;Relation Types…</source>
        <translation>&amp;Relatietypen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="349"/>
        <source>R&amp;oles…</source>
        <translation>R&amp;ollen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="351"/>
        <source>Actor &amp;Groups…</source>
        <translation>Actor&amp;groepen…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="358"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="361"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="363"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Passend zoomen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="365"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="368"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="372"/>
        <source>For&amp;ward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="385"/>
        <source>&amp;Colour Events By</source>
        <translation>Gebeurtenissen &amp;kleuren naar</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="398"/>
        <source>&amp;Actor (lane)</source>
        <translation>&amp;Actor (baan)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="399"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="401"/>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legenda tonen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="422"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="423"/>
        <source>&amp;About Entente</source>
        <translation>&amp;Over Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="425"/>
        <source>About Entente</source>
        <translation>Over Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="426"/>
        <source>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;A timeline viewer for conflict diplomacy: who met whom, what followed what, and where each fact comes from.&lt;p&gt;Timeline: wheel zooms about the cursor, drag pans, arrow keys pan, + and − zoom, F fits everything, Esc clears the selection. F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;Een tijdlijnviewer voor conflictdiplomatie: wie met wie sprak, wat op wat volgde, en waar elk feit vandaan komt.&lt;p&gt;Tijdlijn: het muiswiel zoomt rond de cursor, slepen verschuift, de pijltoetsen verschuiven, + en − zoomen, F toont alles, Esc heft de selectie op. F6 of Ctrl+Tab gaat naar het volgende paneel.</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="437"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Banen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>By &amp;Actor</source>
        <translation>Per &amp;actor</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>A lane per actor, people under their state (Ctrl+1)</source>
        <translation>Een baan per actor, personen onder hun staat (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="452"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>By &amp;Category</source>
        <translation>Per &amp;categorie</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>A lane per category of event (Ctrl+2)</source>
        <translation>Een baan per categorie van gebeurtenissen (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="454"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>&amp;Packed</source>
        <translation>&amp;Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>Every event in one lane (Ctrl+3)</source>
        <translation>Alle gebeurtenissen in één baan (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="456"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="462"/>
        <source>Show &amp;Hidden Lane</source>
        <translation>&amp;Verborgen baan tonen</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="471"/>
        <source>(none hidden)</source>
        <translation>(geen verborgen)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="474"/>
        <source>Show Al&amp;l Lanes</source>
        <translation>Alle banen &amp;tonen</translation>
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
        <translation>%1 (alleen-lezen) — Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="557"/>
        <source>%1 — Entente</source>
        <translation>%1 — Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="560"/>
        <source>%1 (%2, read-only) — Entente</source>
        <translation>%1 (%2, alleen-lezen) — Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="561"/>
        <source>%1 (%2) — Entente</source>
        <translation>%1 (%2) — Entente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/mainwindow.cpp" line="575"/>
        <source>%Ln events in %1</source>
        <translation>
            <numerusform>%Ln gebeurtenis in %1</numerusform>
            <numerusform>%Ln gebeurtenissen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="577"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="677"/>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="681"/>
        <location filename="../../app/window/mainwindow.cpp" line="696"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>entente::ManagerDialog</name>
    <message>
        <location filename="../../app/window/managerdialog.cpp" line="139"/>
        <source>This timeline is read-only (the file is write-protected or on a read-only medium): it can be looked at here, not changed.</source>
        <translation>Deze tijdlijn is alleen-lezen (het bestand is schrijfbeveiligd of staat op een alleen-lezenmedium): hij kan hier worden bekeken, niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>entente::MappedCsvReader</name>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="59"/>
        <source>lines read as Windows-1252 because they are not UTF-8: %1</source>
        <translation>regels gelezen als Windows-1252, omdat ze geen UTF-8 zijn: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="62"/>
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="123"/>
        <source>%1:1: the column mapping is for %n columns, the file has %2</source>
        <translation>
            <numerusform>%1:1: de kolomindeling is voor %n kolom, het bestand heeft er %2</numerusform>
            <numerusform>%1:1: de kolomindeling is voor %n kolommen, het bestand heeft er %2</numerusform>
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
        <translation>%1: %2 Geef aan in welke volgorde de datums staan (dag eerst of maand eerst).</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="160"/>
        <source>%1: dates such as “%2” can be read day first or month first, and no date in the file settles which. Say which order the dates are in.</source>
        <translation>%1: datums zoals ‘%2’ kunnen met de dag of met de maand voorop worden gelezen, en geen enkele datum in het bestand geeft uitsluitsel. Geef aan in welke volgorde de datums staan.</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="237"/>
        <source>“%1” is no importance: write a number from 1 (minor) to 5 (major).</source>
        <translation>‘%1’ is geen geldig belang: schrijf een getal van 1 (gering) tot 5 (groot).</translation>
    </message>
</context>
<context>
    <name>entente::MoveProvisionCommand</name>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="30"/>
        <source>Move %1 of %2 up</source>
        <translation>%1 van %2 omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="31"/>
        <source>Move %1 of %2 down</source>
        <translation>%1 van %2 omlaag verplaatsen</translation>
    </message>
</context>
<context>
    <name>entente::NameLabelDialog</name>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="36"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="37"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableCsv</name>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Shown as</source>
        <translation>Weergegeven als</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableDock</name>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="32"/>
        <source>Negotiating Table</source>
        <translation>Onderhandelingstafel</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
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
        <translation>&amp;Proces:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="75"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="76"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorieën:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="172"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="192"/>
        <source>More than %L1 events in these categories: the first %L1 are shown. Untick a category to see the others.</source>
        <translation>Meer dan %L1 gebeurtenissen in deze categorieën: de eerste %L1 worden getoond. Vink een categorie uit om de andere te zien.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="226"/>
        <source>Negotiating table — %1</source>
        <translation>Onderhandelingstafel — %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="233"/>
        <source>Export Negotiating Table</source>
        <translation>Onderhandelingstafel exporteren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="234"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf);;CSV-tabel (*.csv)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableExport</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="40"/>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="45"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="57"/>
        <source>Negotiating table</source>
        <translation>Onderhandelingstafel</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTablePainter</name>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="227"/>
        <source>%1: not at %2</source>
        <translation>%1: niet bij %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="229"/>
        <source>%1 at %2: %3</source>
        <translation>%1 bij %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="251"/>
        <source>No talks or agreements within these filters.</source>
        <translation>Geen gesprekken of akkoorden binnen deze filters.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="315"/>
        <source>undated</source>
        <translation>ongedateerd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="470"/>
        <source>a group&apos;s members at the table, kept from it</source>
        <translation>leden van een groep: aan tafel, ervan geweerd</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableText</name>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="45"/>
        <source>%n at the table</source>
        <translation>
            <numerusform>%n aan tafel</numerusform>
            <numerusform>%n aan tafel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="48"/>
        <source>%n excluded</source>
        <translation>
            <numerusform>%n uitgesloten</numerusform>
            <numerusform>%n uitgesloten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="55"/>
        <source>%1 (group)</source>
        <translation>%1 (groep)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableView</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableview.cpp" line="24"/>
        <source>Negotiating table</source>
        <translation>Onderhandelingstafel</translation>
    </message>
</context>
<context>
    <name>entente::OverviewStrip</name>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="25"/>
        <location filename="../../app/timeline/overviewstrip.cpp" line="143"/>
        <source>All of the timeline</source>
        <translation>De hele tijdlijn</translation>
    </message>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="26"/>
        <source>The whole timeline: drag the frame to move through time, its edges to zoom</source>
        <translation>De hele tijdlijn: sleep het kader om door de tijd te gaan, de randen ervan om te zoomen</translation>
    </message>
</context>
<context>
    <name>entente::PaneFocus</name>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="11"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Volge&amp;nd paneel</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="12"/>
        <source>P&amp;revious Pane</source>
        <translation>Vo&amp;rig paneel</translation>
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
        <translation>De toetsenbordfocus naar het volgende paneel verplaatsen (F6 of Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="19"/>
        <source>Move the keyboard focus to the previous pane (Shift+F6 or Ctrl+Shift+Tab)</source>
        <translation>De toetsenbordfocus naar het vorige paneel verplaatsen (Shift+F6 of Ctrl+Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>entente::PartialDate</name>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="32"/>
        <source>year %1 is outside 1–9999</source>
        <translation>jaar %1 ligt buiten 1–9999</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="35"/>
        <source>month %1 is not between 01 and 12</source>
        <translation>maand %1 ligt niet tussen 01 en 12</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="38"/>
        <source>day %1 does not exist in %2-%3</source>
        <translation>dag %1 bestaat niet in %2-%3</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="44"/>
        <source>time %1:%2 is not a valid time of day</source>
        <translation>tijd %1:%2 is geen geldig tijdstip</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="146"/>
        <source>Entente cannot read “%1” as a date: write it as 2022-02-14, 14 Feb 2022 or February 14, 2022.</source>
        <translation>Entente kan ‘%1’ niet als datum lezen: schrijf hem als 2022-02-14, 14 feb 2022 of 14 februari 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="221"/>
        <source>No month is called “%1”: write a date as 14 Feb 2022.</source>
        <translation>Er is geen maand die ‘%1’ heet: schrijf een datum als 14 feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="227"/>
        <source>A year is missing from “%1”: write it as 14 Feb 2022.</source>
        <translation>In ‘%1’ ontbreekt een jaar: schrijf de datum als 14 feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="286"/>
        <source>the date is empty</source>
        <translation>de datum is leeg</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="291"/>
        <source>“%1” is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (optionally followed by ~ for “approximate”)</source>
        <translation>‘%1’ is geen datum in de vorm YYYY, YYYY-MM, YYYY-MM-DD of YYYY-MM-DDThh:mm (eventueel gevolgd door ~ voor ‘ongeveer’)</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="306"/>
        <source>Type a date, such as 2022-02-14 or 14 Feb 2022.</source>
        <translation>Typ een datum, zoals 2022-02-14 of 14 feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="391"/>
        <source>undated</source>
        <translation>ongedateerd</translation>
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
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="430"/>
        <source>year</source>
        <comment>how precisely a date is known</comment>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="432"/>
        <source>month</source>
        <comment>how precisely a date is known</comment>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="434"/>
        <source>day</source>
        <comment>how precisely a date is known</comment>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="436"/>
        <source>minute</source>
        <comment>how precisely a date is known</comment>
        <translation>minuut</translation>
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
        <translation>Ongeveer</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="48"/>
        <source>e.g. 2014, Sep 2014, 14 Feb 2022</source>
        <translation>bijv. 2014, sep 2014, 14 feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="54"/>
        <source>How precisely the sources give the date; choose a coarser one to drop what they do not say</source>
        <translation>Hoe precies de bronnen de datum geven; kies een grovere precisie om weg te laten wat ze niet vermelden</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="57"/>
        <source>The sources give the date only roughly (“c.”)</source>
        <translation>De bronnen geven de datum slechts bij benadering (‘ca.’)</translation>
    </message>
</context>
<context>
    <name>entente::PasteEventsCommand</name>
    <message>
        <location filename="../../app/commands/pasteeventscommand.cpp" line="11"/>
        <source>Paste “%1”</source>
        <translation>‘%1’ plakken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/pasteeventscommand.cpp" line="13"/>
        <source>Paste %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis plakken</numerusform>
            <numerusform>%n gebeurtenissen plakken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::PaxCoding</name>
    <message numerus="yes">
        <location filename="../../core/io/paxcoding.cpp" line="53"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/paxcoding.cpp" line="55"/>
        <source>%1 (coded by PA-X: %2)</source>
        <translation>%1 (gecodeerd door PA-X: %2)</translation>
    </message>
</context>
<context>
    <name>entente::PaxReader</name>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="115"/>
        <source>Parties: %1</source>
        <translation>Partijen: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="118"/>
        <source>Third parties: %1</source>
        <translation>Derde partijen: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="199"/>
        <source>the row has no agreement id</source>
        <translation>de rij heeft geen akkoord-id</translation>
    </message>
</context>
<context>
    <name>entente::PictureExport</name>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="32"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="92"/>
        <source>the file cannot be opened for writing</source>
        <translation>het bestand kan niet worden geopend om te schrijven</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="97"/>
        <source>nothing was written</source>
        <translation>er is niets geschreven</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="113"/>
        <source>cannot write %1: unknown format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>kan %1 niet schrijven: onbekend formaat &quot;%2&quot;; gebruik .png, .svg of .pdf</translation>
    </message>
</context>
<context>
    <name>entente::PrintPreview</name>
    <message>
        <location filename="../../app/export/printpreview.cpp" line="47"/>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionForm</name>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="36"/>
        <source>As the agreement numbers it: 1, 2a, IV.3</source>
        <translation>Zoals het akkoord ze nummert: 1, 2a, IV.3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="37"/>
        <source>One neutral line: what it promises</source>
        <translation>Eén neutrale regel: wat de bepaling belooft</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="38"/>
        <source>The full text, where known</source>
        <translation>De volledige tekst, voor zover bekend</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="49"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="50"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="52"/>
        <source>Full &amp;text:</source>
        <translation>Volledige &amp;tekst:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="53"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="54"/>
        <source>Part&amp;ies:</source>
        <translation>&amp;Partijen:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="55"/>
        <source>&amp;Deadline:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>On a date</source>
        <translation>Op een datum</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>Days after the agreement</source>
        <translation>Dagen na het akkoord</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="68"/>
        <source>Days after another provision is carried out</source>
        <translation>Dagen nadat een andere bepaling is uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="73"/>
        <source> days after</source>
        <translation> dagen na</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="216"/>
        <source>Type the date it was due by.</source>
        <translation>Typ de uiterste datum.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="223"/>
        <source>The agreement has no other provision to follow.</source>
        <translation>Het akkoord heeft geen andere bepaling waarop deze kan volgen.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="224"/>
        <source>Choose the provision whose fulfilment the days count from.</source>
        <translation>Kies de bepaling na de uitvoering waarvan de dagen worden geteld.</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionLinkDialog</name>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="33"/>
        <source>Link “%1” to a Provision</source>
        <translation>‘%1’ aan een bepaling koppelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="46"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Akkoord:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="47"/>
        <source>&amp;Provision:</source>
        <translation>&amp;Bepaling:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="49"/>
        <source>The event:</source>
        <translation>De gebeurtenis:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="50"/>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="51"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="53"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="77"/>
        <source>No agreement in this timeline has provisions yet: add them with Edit ▸ Edit Provisions… on the agreement.</source>
        <translation>Geen enkel akkoord in deze tijdlijn heeft al bepalingen: voeg ze toe met Bewerken ▸ Bepalingen bewerken… bij het akkoord.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="119"/>
        <source>The event is linked to this provision so already.</source>
        <translation>De gebeurtenis is al op deze manier aan deze bepaling gekoppeld.</translation>
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
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="29"/>
        <source>&amp;Link Selected Event</source>
        <translation>Geselecteerde gebeurtenis &amp;koppelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="30"/>
        <source>Unlin&amp;k</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="34"/>
        <source>Links the events selected on the timeline to this provision, with the link, source and note below</source>
        <translation>Koppelt de op de tijdlijn geselecteerde gebeurtenissen aan deze bepaling, met de koppeling, bron en notitie hieronder</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="65"/>
        <source>Why the source says so</source>
        <translation>Waarom de bron dat zegt</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionTopic</name>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="42"/>
        <source>Ceasefire</source>
        <translation>Staakt-het-vuren</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="44"/>
        <source>Withdrawal and disarmament</source>
        <translation>Terugtrekking en ontwapening</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="46"/>
        <source>Monitoring and verification</source>
        <translation>Toezicht en verificatie</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="49"/>
        <source>Prisoners and detainees</source>
        <translation>Gevangenen en gedetineerden</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="51"/>
        <source>Amnesty</source>
        <translation>Amnestie</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="53"/>
        <source>Humanitarian access</source>
        <translation>Humanitaire toegang</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="55"/>
        <source>Elections</source>
        <translation>Verkiezingen</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="57"/>
        <source>Constitutional reform and decentralisation</source>
        <translation>Grondwetshervorming en decentralisatie</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="60"/>
        <source>Borders</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="62"/>
        <source>Security guarantees</source>
        <translation>Veiligheidsgaranties</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="64"/>
        <source>Economic and social ties</source>
        <translation>Economische en sociale banden</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="66"/>
        <source>Implementation mechanism</source>
        <translation>Uitvoeringsmechanisme</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="68"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>entente::ReaderConnection</name>
    <message>
        <location filename="../../core/store/readerconnection.cpp" line="34"/>
        <source>reading %1 was stopped</source>
        <translation>het lezen van %1 is gestopt</translation>
    </message>
</context>
<context>
    <name>entente::ReadingCopy</name>
    <message>
        <location filename="../../core/store/readingcopy.cpp" line="56"/>
        <source>%1: cannot make a temporary copy to read it from (%2)</source>
        <translation>%1: kan geen tijdelijke kopie maken om uit te lezen (%2)</translation>
    </message>
</context>
<context>
    <name>entente::ReassignDialog</name>
    <message>
        <location filename="../../app/window/reassigndialog.cpp" line="30"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
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
        <translation>%1 is verdwenen: daar staat geen bestand meer</translation>
    </message>
</context>
<context>
    <name>entente::Relation</name>
    <message>
        <location filename="../../core/model/relation.cpp" line="17"/>
        <source>led to</source>
        <translation>leidde tot</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="20"/>
        <source>response to</source>
        <translation>reactie op</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="23"/>
        <source>violates</source>
        <translation>schendt</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="26"/>
        <source>confirms</source>
        <translation>bevestigt</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="29"/>
        <source>related to</source>
        <translation>houdt verband met</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeCommand</name>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Edit Relation Type “%1”</source>
        <translation>Relatietype ‘%1’ bewerken</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Add Relation Type “%1”</source>
        <translation>Relatietype ‘%1’ toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="41"/>
        <source>Rename Relation Type “%1” to “%2”</source>
        <translation>Naam van relatietype ‘%1’ wijzigen in ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="51"/>
        <source>Delete Relation Type “%1”</source>
        <translation>Relatietype ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeDialog</name>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="10"/>
        <source>New Relation Type</source>
        <translation>Nieuw relatietype</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="11"/>
        <source>Edit Relation Type</source>
        <translation>Relatietype bewerken</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="12"/>
        <source>e.g. escalated, in the files and the clipboard</source>
        <translation>bijv. escaleerde, in de bestanden en op het klembord</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="13"/>
        <source>e.g. escalated into, as the timeline says it</source>
        <translation>bijv. escaleerde tot, zoals de tijdlijn het zegt</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="14"/>
        <source>Automatic: the arrows keep their usual colour</source>
        <translation>Automatisch: de pijlen houden hun gewone kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="15"/>
        <source>The timeline shows a relation by its type&apos;s label.</source>
        <translation>De tijdlijn toont bij een relatie het label van het type.</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeManager</name>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="19"/>
        <source>Relation Types</source>
        <translation>Relatietypen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="23"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="25"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="39"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="64"/>
        <source>A relation type needs a name.</source>
        <translation>Een relatietype heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="71"/>
        <source>“%1” is a relation type already: choose another name, or delete one of the two and change its relations to the other.</source>
        <translation>‘%1’ is al een relatietype: kies een andere naam, of verwijder een van de twee en zet de relaties ervan om naar het andere.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>Rename Relation Type</source>
        <translation>Naam van relatietype wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="147"/>
        <source>Delete Relation Type</source>
        <translation>Relatietype verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/relationtypemanager.cpp" line="148"/>
        <source>%n relations are of the type “%1”.</source>
        <translation>
            <numerusform>%n relatie is van het type ‘%1’.</numerusform>
            <numerusform>%n relaties zijn van het type ‘%1’.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>&amp;Change them to:</source>
        <translation>&amp;Omzetten naar:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>D&amp;elete them</source>
        <translation>Ze verwij&amp;deren</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeTable</name>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="59"/>
        <location filename="../../core/store/relationtypetable.cpp" line="127"/>
        <source>a relation type needs a name; nothing was changed</source>
        <translation>een relatietype heeft een naam nodig; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="62"/>
        <source>the relation type “%1” needs a label; nothing was changed</source>
        <translation>het relatietype ‘%1’ heeft een label nodig; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="102"/>
        <source>the relations of “%1” cannot move to the type being removed; nothing was changed</source>
        <translation>de relaties van ‘%1’ kunnen niet worden overgezet naar het type dat wordt verwijderd; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="130"/>
        <source>there is already a relation type “%1”; nothing was changed</source>
        <translation>er is al een relatietype ‘%1’; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="137"/>
        <source>there is no relation type “%1”; nothing was changed</source>
        <translation>er is geen relatietype ‘%1’; er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::RelationsEdit</name>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Other event</source>
        <translation>Andere gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="45"/>
        <source>Add Relation</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="76"/>
        <source>this event →</source>
        <translation>deze gebeurtenis →</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="77"/>
        <source>this event ←</source>
        <translation>deze gebeurtenis ←</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="78"/>
        <source>→: this event led to, answered… the other; ←: the other one did</source>
        <translation>→: deze gebeurtenis leidde tot, beantwoordde… de andere; ←: de andere deed dat</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="94"/>
        <source>What links them</source>
        <translation>Wat ze verbindt</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="99"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="130"/>
        <source>Type a title and pick the event</source>
        <translation>Typ een titel en kies de gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="203"/>
        <source>Relation %1: pick the other event from the list that opens as you type its title.</source>
        <translation>Relatie %1: kies de andere gebeurtenis uit de lijst die opengaat bij het typen van de titel.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="213"/>
        <source>Relation %1: %2</source>
        <translation>Relatie %1: %2</translation>
    </message>
</context>
<context>
    <name>entente::RemoveEventsCommand</name>
    <message>
        <location filename="../../app/commands/removeeventscommand.cpp" line="14"/>
        <source>Delete “%1”</source>
        <translation>‘%1’ verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/removeeventscommand.cpp" line="16"/>
        <source>Delete %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis verwijderen</numerusform>
            <numerusform>%n gebeurtenissen verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RemoveRowCommand</name>
    <message>
        <location filename="../../app/commands/removerowcommand.h" line="24"/>
        <source>Delete %1 “%2”</source>
        <translation>%1 ‘%2’ verwijderen</translation>
    </message>
</context>
<context>
    <name>entente::RoleManager</name>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Seat</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="34"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="36"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="37"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="38"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="59"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="103"/>
        <source>Entente&apos;s own roles keep their names, which files and imports use: change its label with Edit… instead.</source>
        <translation>De eigen rollen van Entente houden hun naam, die in bestanden en bij het importeren wordt gebruikt: wijzig in plaats daarvan het label (met Bewerken…).</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="117"/>
        <source>“%1” is one of Entente&apos;s own roles: it cannot be deleted.</source>
        <translation>‘%1’ is een van de eigen rollen van Entente: die kan niet worden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/rolemanager.cpp" line="121"/>
        <source>%Ln events give the role “%1”: give them another role first.</source>
        <translation>
            <numerusform>Eén gebeurtenis kent de rol ‘%1’ toe: geef die eerst een andere rol.</numerusform>
            <numerusform>%Ln gebeurtenissen kennen de rol ‘%1’ toe: geef ze eerst een andere rol.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="142"/>
        <source>A role needs a name.</source>
        <translation>Een rol heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="149"/>
        <source>“%1” is a role already: choose another name.</source>
        <translation>‘%1’ is al een rol: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>Rename Role</source>
        <translation>Naam van rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>entente::SaveEventCommand</name>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="11"/>
        <source>Add “%1”</source>
        <translation>‘%1’ toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="12"/>
        <source>Edit “%1”</source>
        <translation>‘%1’ bewerken</translation>
    </message>
</context>
<context>
    <name>entente::SavedView</name>
    <message>
        <location filename="../../core/store/savedview.cpp" line="37"/>
        <source>“name”: expected the view&apos;s name</source>
        <translation>‘name’: de naam van de weergave verwacht</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="39"/>
        <source>“criteria”: expected an object</source>
        <translation>‘criteria’: een object verwacht</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="41"/>
        <source>“visible”: expected an object with “from” and “to”, or null</source>
        <translation>‘visible’: een object met ‘from’ en ‘to’ verwacht, of null</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="45"/>
        <source>“lanes”: expected one of actor, category, packed or &quot;&quot;</source>
        <translation>‘lanes’: een van actor, category, packed of &quot;&quot; verwacht</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="52"/>
        <source>“criteria”, %1</source>
        <translation>‘criteria’, %1</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="58"/>
        <source>“visible”: expected “from” and “to” as date-times or seconds</source>
        <translation>‘visible’: ‘from’ en ‘to’ als datum-tijd of seconden verwacht</translation>
    </message>
</context>
<context>
    <name>entente::SavedViewsMenu</name>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="27"/>
        <source>&amp;Saved Views</source>
        <translation>Opgeslagen &amp;weergaven</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="46"/>
        <source>A saved view needs a name.</source>
        <translation>Een opgeslagen weergave heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="51"/>
        <source>“%1” is the name of a saved view already: choose another.</source>
        <translation>‘%1’ is al de naam van een opgeslagen weergave: kies een andere.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="76"/>
        <source>Save &amp;Current View…</source>
        <translation>&amp;Huidige weergave opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="84"/>
        <source>&amp;Update to Current View</source>
        <translation>&amp;Bijwerken naar huidige weergave</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="85"/>
        <source>&amp;Rename View</source>
        <translation>&amp;Naam van weergave wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="86"/>
        <source>&amp;Delete View</source>
        <translation>Weergave &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="92"/>
        <source>No Saved Views</source>
        <translation>Geen opgeslagen weergaven</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="120"/>
        <source>Save Current View</source>
        <translation>Huidige weergave opslaan</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="140"/>
        <source>Rename Saved View</source>
        <translation>Naam van opgeslagen weergave wijzigen</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="147"/>
        <source>Rename Saved View “%1” to “%2”</source>
        <translation>Naam van opgeslagen weergave ‘%1’ wijzigen in ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="161"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>entente::SchemaCheck</name>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="62"/>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="65"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="68"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="71"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="86"/>
        <source>%1 has a %2 “%3” that no Entente timeline has; it was not opened and not changed, because it could run code that the file brings</source>
        <translation>%1 bevat een %2 ‘%3’ die geen enkele Entente-tijdlijn heeft; het bestand is niet geopend en niet gewijzigd, omdat daarmee code uit het bestand zou kunnen worden uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="91"/>
        <source>%1: its %2 “%3” is not the one of timeline format %4; it was not opened and not changed</source>
        <translation>%1: de %2 ‘%3’ is niet die van tijdlijnformaat %4; het bestand is niet geopend en niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="99"/>
        <source>%1 lacks the %2 “%3” of timeline format %4: it is damaged or was not written by Entente; it was not changed</source>
        <translation>In %1 ontbreekt de %2 ‘%3’ van tijdlijnformaat %4: het bestand is beschadigd of niet door Entente geschreven; het is niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::SchemaMigrator</name>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="31"/>
        <source>%1 is not an Entente timeline, or it is damaged (%2)</source>
        <translation>%1 is geen Entente-tijdlijn, of het is beschadigd (%2)</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="57"/>
        <source>%1 is read-only and in an older timeline format (%2) that needs upgrading; copy it somewhere writable</source>
        <translation>%1 is alleen-lezen en in een ouder tijdlijnformaat (%2) dat moet worden bijgewerkt; kopieer het naar een plek waar geschreven kan worden</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="84"/>
        <source>%1: upgrading to timeline format %2 would leave a row of “%3” referring to nothing; it was not changed</source>
        <translation>%1: bijwerken naar tijdlijnformaat %2 zou een rij van ‘%3’ achterlaten die naar niets verwijst; het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="100"/>
        <source>schema script %1 is missing from this build</source>
        <translation>schemascript %1 ontbreekt in deze build</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardDock</name>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="38"/>
        <source>Agreement Scorecard</source>
        <translation>Uitvoeringsoverzicht</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="41"/>
        <source>F&amp;it</source>
        <translation>&amp;Inpassen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="44"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="48"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Akkoord:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="52"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="137"/>
        <source>undated</source>
        <translation>ongedateerd</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="182"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="183"/>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="184"/>
        <source>the agreement&apos;s date</source>
        <translation>datum van het akkoord</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="185"/>
        <source>its end, or today</source>
        <translation>einde ervan, of vandaag</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="186"/>
        <source>Show the agreement&apos;s whole span: from its date to its end, or today</source>
        <translation>De hele looptijd van het akkoord tonen: van de datum tot het einde, of tot vandaag</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardPainter</name>
    <message>
        <location filename="../../app/agreements/scorecardpainter.cpp" line="305"/>
        <source>deadline</source>
        <translation>termijn</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardText</name>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="16"/>
        <source>implements</source>
        <translation>voert uit</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="18"/>
        <source>violates</source>
        <translation>schendt</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="20"/>
        <source>refers to</source>
        <translation>verwijst naar</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="28"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="34"/>
        <source>All provisions</source>
        <translation>Alle bepalingen</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="35"/>
        <source>All of %1</source>
        <translation>Alle bepalingen: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="47"/>
        <source>%1
%2 — %3 this provision</source>
        <translation>%1
%2 — %3: deze bepaling</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="54"/>
        <source>%1 from %2
%3</source>
        <translation>%1 vanaf %2
%3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="62"/>
        <source>Since the agreement was signed: no event linked, no level set by hand</source>
        <translation>Sinds de ondertekening van het akkoord: geen gebeurtenis gekoppeld, geen niveau met de hand ingesteld</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand</source>
        <translation>Met de hand beoordeeld</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand: %1</source>
        <translation>Met de hand beoordeeld: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="68"/>
        <source>Proposed by: %1</source>
        <translation>Voorgesteld door: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="70"/>
        <source>Violated by: %1</source>
        <translation>Geschonden door: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="72"/>
        <source>The deadline passed unmet</source>
        <translation>De termijn is verstreken zonder uitvoering</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="80"/>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="84"/>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2 van %3 (%4%)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="105"/>
        <source>Due by %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardView</name>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="27"/>
        <source>&amp;Export Scorecard…</source>
        <translation>Uitvoeringsoverzicht &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="63"/>
        <source>Scorecard: %1</source>
        <translation>Uitvoeringsoverzicht: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="79"/>
        <source>Export Scorecard</source>
        <translation>Uitvoeringsoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="80"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="95"/>
        <source>Select an agreement on the timeline, or choose one above.</source>
        <translation>Selecteer een akkoord op de tijdlijn, of kies er hierboven een.</translation>
    </message>
</context>
<context>
    <name>entente::SearchDock</name>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="23"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="29"/>
        <source>words &quot;a phrase&quot; prefix* OR -not actor: category: source:</source>
        <translation>woorden &quot;een zinsdeel&quot; begin* OR -niet actor: category: source:</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="31"/>
        <source>Search events</source>
        <translation>Gebeurtenissen zoeken</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="38"/>
        <source>Best first</source>
        <translation>Beste eerst</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="40"/>
        <source>Best matches first, instead of in time order</source>
        <translation>Beste resultaten eerst, in plaats van in volgorde van tijd</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="51"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/searchdock.cpp" line="131"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln resultaat</numerusform>
            <numerusform>%Ln resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SearchIndex</name>
    <message>
        <location filename="../../core/store/searchindex.cpp" line="140"/>
        <source>%1: more than %2 events on one day (%3); nothing was changed</source>
        <translation>%1: meer dan %2 gebeurtenissen op één dag (%3); er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::SeedLoader</name>
    <message>
        <location filename="../../core/io/seedloader.cpp" line="20"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>entente::SourceField</name>
    <message>
        <location filename="../../app/agreements/sourcefield.cpp" line="12"/>
        <source>None: type part of an outlet or title (↓ lists them)</source>
        <translation>Geen: typ een deel van een medium of titel (↓ toont ze)</translation>
    </message>
</context>
<context>
    <name>entente::SourceLookup</name>
    <message>
        <location filename="../../app/window/sourcelookup.cpp" line="119"/>
        <source>(new source)</source>
        <translation>(nieuwe bron)</translation>
    </message>
</context>
<context>
    <name>entente::SourcesEdit</name>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="46"/>
        <source>New Source</source>
        <translation>Nieuwe bron</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="50"/>
        <source>Cite a source of this timeline…</source>
        <translation>Een bron uit deze tijdlijn aanhalen…</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="51"/>
        <source>Type part of its outlet or title, or press ↓ to list sources</source>
        <translation>Typ een deel van het medium of de titel, of druk op ↓ voor een lijst met bronnen</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="53"/>
        <source>Cite</source>
        <translation>Aanhalen</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="56"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="58"/>
        <source>The event no longer cites the selected source</source>
        <translation>De gebeurtenis haalt de geselecteerde bron niet langer aan</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="81"/>
        <source>e.g. 14 Feb 2022</source>
        <translation>bijv. 14 feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="82"/>
        <source>The sentence the event rests on, as the source says it</source>
        <translation>De zin waarop de gebeurtenis berust, zoals de bron hem formuleert</translation>
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
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="92"/>
        <source>Published:</source>
        <translation>Gepubliceerd:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="94"/>
        <source>Quote:</source>
        <translation>Citaat:</translation>
    </message>
</context>
<context>
    <name>entente::StartPage</name>
    <message>
        <location filename="../../app/window/startpage.cpp" line="17"/>
        <source>No timeline is open</source>
        <translation>Er is geen tijdlijn geopend</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="21"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Nieuwe tijdlijn…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="23"/>
        <source>&amp;Open Timeline…</source>
        <translation>Tijdlijn &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="57"/>
        <source>Recent timelines:</source>
        <translation>Recente tijdlijnen:</translation>
    </message>
</context>
<context>
    <name>entente::StoreOpening</name>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="25"/>
        <source>Opening Timeline</source>
        <translation>Tijdlijn openen</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="104"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="106"/>
        <source>Checking every page of %1 before opening it: Entente did not save it last.</source>
        <translation>Elke pagina van %1 wordt vóór het openen gecontroleerd: het bestand is de laatste keer niet door Entente opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="109"/>
        <source>Making a copy of %1 to read it from, so that reading it leaves it unchanged: it is in an older format, or was not closed properly.</source>
        <translation>Er wordt een kopie van %1 gemaakt om uit te lezen, zodat het lezen het bestand ongewijzigd laat: het is in een ouder formaat, of is niet goed afgesloten.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="113"/>
        <source>Upgrading the copy of %1 to this version&apos;s format to read it.</source>
        <translation>De kopie van %1 wordt bijgewerkt naar het formaat van deze versie om die te kunnen lezen.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="115"/>
        <source>Keeping a copy of %1 as it is before upgrading it.</source>
        <translation>Er wordt een kopie van %1 bewaard zoals het is, voordat het wordt bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="117"/>
        <source>Upgrading %1 to this version&apos;s format.</source>
        <translation>%1 wordt bijgewerkt naar het formaat van deze versie.</translation>
    </message>
</context>
<context>
    <name>entente::StoreRows</name>
    <message>
        <location filename="../../app/commands/storerows.h" line="41"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="63"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="79"/>
        <source>Era</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="95"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="122"/>
        <source>Saved View</source>
        <translation>Opgeslagen weergave</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="144"/>
        <source>Actor Group</source>
        <translation>Actorgroep</translation>
    </message>
</context>
<context>
    <name>entente::SvgWriter</name>
    <message>
        <location filename="../../app/export/svgwriter.cpp" line="155"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditActions</name>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="20"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Knippen</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>Kopiër&amp;en</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="24"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Duplic&amp;ate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="33"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="35"/>
        <source>Ne&amp;w Event at Cursor</source>
        <translation>Nieuwe gebeurtenis bij &amp;cursor</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditor</name>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="219"/>
        <source>Move %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis verplaatsen</numerusform>
            <numerusform>%n gebeurtenissen verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="323"/>
        <source>“%1” … “%2”</source>
        <translation>‘%1’ … ‘%2’</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="454"/>
        <source>Duplicate “%1”</source>
        <translation>‘%1’ dupliceren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="455"/>
        <source>Duplicate %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis dupliceren</numerusform>
            <numerusform>%n gebeurtenissen dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="498"/>
        <source>New event</source>
        <translation>Nieuwe gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="539"/>
        <source>Cut “%1”</source>
        <translation>‘%1’ knippen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="540"/>
        <source>Cut %n Events</source>
        <translation>
            <numerusform>%n gebeurtenis knippen</numerusform>
            <numerusform>%n gebeurtenissen knippen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineExporter</name>
    <message>
        <location filename="../../app/export/timelinedocument.cpp" line="119"/>
        <source>cannot read the timeline</source>
        <translation>kan de tijdlijn niet lezen</translation>
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
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="192"/>
        <source>An event; the larger, the more important</source>
        <translation>Een gebeurtenis; hoe groter, hoe belangrijker</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="193"/>
        <source>Dated to the month or year: hollow, over the whole interval</source>
        <translation>Gedateerd op de maand of het jaar: open, over de hele periode</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="194"/>
        <source>Approximate date (“c.” in its label): dashed</source>
        <translation>Datum bij benadering (‘ca.’ in het label): gestreept</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="195"/>
        <source>A period; a faded end is uncertain, an arrow means ongoing</source>
        <translation>Een periode; een vervagend einde is onzeker, een pijl betekent dat ze nog loopt</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="197"/>
        <source>A relation between two events</source>
        <translation>Een relatie tussen twee gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="198"/>
        <source>A relation between two events, drawn as its type:</source>
        <translation>Een relatie tussen twee gebeurtenissen, getekend naar haar type:</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="199"/>
        <source>Events too close together to tell apart, with their number</source>
        <translation>Gebeurtenissen die te dicht op elkaar liggen om te onderscheiden, met hun aantal</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="296"/>
        <location filename="../../app/export/timelineexporter.cpp" line="313"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="316"/>
        <source>cannot write %1</source>
        <translation>kan %1 niet schrijven</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="344"/>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="369"/>
        <source>Key</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="385"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="423"/>
        <source>cannot start the document</source>
        <translation>kan het document niet starten</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="451"/>
        <source>%1: cannot tell the format from “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: kan het formaat niet afleiden uit ‘.%2’; gebruik .png, .svg of .pdf</translation>
    </message>
</context>
<context>
    <name>entente::TimelineFileHeader</name>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="33"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="77"/>
        <source>%1 is not an Entente timeline (an empty file); it was not changed</source>
        <translation>%1 is geen Entente-tijdlijn (een leeg bestand); het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="80"/>
        <source>%1 is not an Entente timeline (not an SQLite database); it was not changed</source>
        <translation>%1 is geen Entente-tijdlijn (geen SQLite-database); het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="98"/>
        <source>%1 is damaged: it is truncated (%2 of %3 bytes); it was not changed</source>
        <translation>%1 is beschadigd: het is afgekapt (%2 van %3 bytes); het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="107"/>
        <source>%1 is an SQLite database of another program, not an Entente timeline; it was not changed</source>
        <translation>%1 is een SQLite-database van een ander programma, geen Entente-tijdlijn; het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="114"/>
        <source>%1 is an SQLite database but not an Entente timeline; it was not changed</source>
        <translation>%1 is een SQLite-database, maar geen Entente-tijdlijn; het is niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="119"/>
        <source>%1 was written by a newer version of Entente (timeline format %2; this version reads up to %3); it was not changed</source>
        <translation>%1 is geschreven door een nieuwere versie van Entente (tijdlijnformaat %2; deze versie leest tot en met %3); het is niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsReader</name>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="104"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: geen geldige JSON: %3</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="126"/>
        <source>%1:1: not a TimelineJS timeline: it has neither “events” (TimelineJS 3) nor “timeline” (TimelineJS 2)</source>
        <translation>%1:1: geen TimelineJS-tijdlijn: er staat geen ‘events’ (TimelineJS 3) en geen ‘timeline’ (TimelineJS 2) in</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="165"/>
        <source>the slide has no headline, text or media caption</source>
        <translation>de dia heeft geen kop, tekst of mediabijschrift</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="172"/>
        <source>the slide has no start date</source>
        <translation>de dia heeft geen begindatum</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="217"/>
        <source>“%1” is not a web address; the media is left out</source>
        <translation>‘%1’ is geen webadres; het media-item wordt weggelaten</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="261"/>
        <source>the year “%1” is not a number</source>
        <translation>het jaar ‘%1’ is geen getal</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="264"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>het jaar %1 ligt vóór het jaar 1 n.Chr., en dat kan Entente nog niet opslaan</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="274"/>
        <source>“%1” is not a number</source>
        <translation>‘%1’ is geen getal</translation>
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
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/axispainter.cpp" line="205"/>
        <source>%Ln undated events: see the list</source>
        <translation>
            <numerusform>%Ln ongedateerde gebeurtenis: zie de lijst</numerusform>
            <numerusform>%Ln ongedateerde gebeurtenissen: zie de lijst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/legendpainter.cpp" line="39"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
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
            <numerusform>%n bepaling vandaag: %1</numerusform>
            <numerusform>%n bepalingen vandaag: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="101"/>
        <source>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</source>
        <translation>
            <numerusform>&lt;b&gt;%n gebeurtenis&lt;/b&gt; te dicht op elkaar om te onderscheiden, %1 – %2&lt;br&gt;Klik om in te zoomen en ze te selecteren</numerusform>
            <numerusform>&lt;b&gt;%n gebeurtenissen&lt;/b&gt; te dicht op elkaar om te onderscheiden, %1 – %2&lt;br&gt;Klik om in te zoomen en ze te selecteren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="113"/>
        <source>&lt;br&gt;Click to unfold the lanes under it.</source>
        <translation>&lt;br&gt;Klik om de banen eronder uit te klappen.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="114"/>
        <source>&lt;br&gt;Click to fold the lanes under it into this one.</source>
        <translation>&lt;br&gt;Klik om de banen eronder in deze baan in te klappen.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="117"/>
        <source>&lt;br&gt;Drag to move it; right-click to move or hide it.</source>
        <translation>&lt;br&gt;Sleep om te verplaatsen; klik met de rechtermuisknop om te verplaatsen of te verbergen.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="119"/>
        <source>&lt;br&gt;Right-click to hide it.</source>
        <translation>&lt;br&gt;Klik met de rechtermuisknop om te verbergen.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineaccessible.cpp" line="159"/>
        <source>Timeline</source>
        <comment>the name a screen reader says</comment>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="444"/>
        <source>The timeline could not be read:
%1

It is read again when you move or zoom.</source>
        <translation>De tijdlijn kon niet worden gelezen:
%1

Hij wordt opnieuw gelezen bij verschuiven of zoomen.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineXmlReader</name>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="63"/>
        <source>a file of Timeline&apos;s old text format, which Entente does not read; open it in Timeline and save it, which writes the XML format, and import that file</source>
        <translation>een bestand in het oude tekstformaat van Timeline, dat Entente niet leest; open het in Timeline en sla het op, waarmee het XML-formaat wordt geschreven, en importeer dat bestand</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="72"/>
        <source>not a Timeline file: its first element is &lt;%1&gt;, not &lt;timeline&gt;</source>
        <translation>geen Timeline-bestand: het eerste element is &lt;%1&gt;, niet &lt;timeline&gt;</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="133"/>
        <source>the timeline counts time as “%1”; Entente reads only timelines of Gregorian dates (“gregoriantime”)</source>
        <translation>de tijdlijn telt de tijd als ‘%1’; Entente leest alleen tijdlijnen met gregoriaanse datums (‘gregoriantime’)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="144"/>
        <source>a category without a name is left out</source>
        <translation>een categorie zonder naam wordt weggelaten</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="260"/>
        <source>the date is missing</source>
        <translation>de datum ontbreekt</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="264"/>
        <source>“%1” is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>‘%1’ is geen datum met tijd (YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="268"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>het jaar %1 ligt vóór het jaar 1 n.Chr., en dat kan Entente nog niet opslaan</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="272"/>
        <source>“%1” is not a date of the calendar</source>
        <translation>‘%1’ is geen datum die in de kalender bestaat</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="279"/>
        <source>“%1” is not a time of day</source>
        <translation>‘%1’ is geen tijdstip</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="298"/>
        <source>“%1” is not a colour (r,g,b); the colour is left out</source>
        <translation>‘%1’ is geen kleur (r,g,b); de kleur wordt weggelaten</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="318"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>‘%1’ is geen webadres; het wordt weggelaten</translation>
    </message>
</context>
<context>
    <name>entente::Translations</name>
    <message>
        <location filename="../../app/window/translations.cpp" line="99"/>
        <source>%1 or %2</source>
        <comment>a list of language codes: “en, de, nl or uk”</comment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>entente::UcdpReader</name>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="48"/>
        <source>State-based conflict</source>
        <translation>Statelijk conflict</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="51"/>
        <source>Non-state conflict</source>
        <translation>Niet-statelijk conflict</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="54"/>
        <source>One-sided violence</source>
        <translation>Eenzijdig geweld</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="82"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="109"/>
        <source>Deaths: %1 (best estimate; low %2, high %3).</source>
        <translation>Doden: %1 (beste schatting; ondergrens %2, bovengrens %3).</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="214"/>
        <source>the row has no id</source>
        <translation>de rij heeft geen id</translation>
    </message>
</context>
<context>
    <name>entente::Validator</name>
    <message>
        <location filename="../../core/model/validator.cpp" line="19"/>
        <source>At most %L1 characters; this one has %L2.</source>
        <translation>Hoogstens %L1 tekens; dit zijn er %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="26"/>
        <source>At most %L1 entries; this one has %L2.</source>
        <translation>Hoogstens %L1 items; dit zijn er %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="62"/>
        <source>An event needs a title.</source>
        <translation>Een gebeurtenis heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="66"/>
        <source>Importance goes from 1 (minor) to 5 (major).</source>
        <translation>Het belang loopt van 1 (gering) tot 5 (groot).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="72"/>
        <source>A single moment has no end; make it a period to give one.</source>
        <translation>Een enkel moment heeft geen einde; maak er een periode van om een einde op te geven.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="79"/>
        <source>A period with an end needs a start.</source>
        <translation>Een periode met een einde heeft een begin nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="82"/>
        <source>A period needs an end, or to be marked as ongoing.</source>
        <translation>Een periode heeft een einde nodig, of moet als lopend zijn gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="85"/>
        <source>An ongoing period has no end yet; clear one of them.</source>
        <translation>Een lopende periode heeft nog geen einde; wis een van beide.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="88"/>
        <location filename="../../core/model/validator.cpp" line="165"/>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Het einde (%1) ligt vóór het begin (%2).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="98"/>
        <source>An attribute needs a name.</source>
        <translation>Een attribuut heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="102"/>
        <source>The attribute name “%1…” is longer than %2 characters.</source>
        <translation>De attribuutnaam ‘%1…’ is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="108"/>
        <source>The attribute “%1” is longer than %2 characters.</source>
        <translation>Het attribuut ‘%1’ is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="128"/>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>Het adres moet een webadres zijn dat begint met http:// of https://.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="139"/>
        <source>An actor needs a name.</source>
        <translation>Een actor heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="145"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Een actor kan niet bij zichzelf horen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="155"/>
        <source>An era needs a name.</source>
        <translation>Een tijdvak heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="159"/>
        <source>An era needs a start.</source>
        <translation>Een tijdvak heeft een begin nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="162"/>
        <source>An era needs an end.</source>
        <translation>Een tijdvak heeft een einde nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="176"/>
        <source>A relation links two events.</source>
        <translation>Een relatie verbindt twee gebeurtenissen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="178"/>
        <source>An event cannot be related to itself.</source>
        <translation>Een gebeurtenis kan geen relatie met zichzelf hebben.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="181"/>
        <source>A relation needs a type.</source>
        <translation>Een relatie heeft een type nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="192"/>
        <source>A provision belongs to an agreement.</source>
        <translation>Een bepaling hoort bij een akkoord.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="195"/>
        <source>A provision needs a summary.</source>
        <translation>Een bepaling heeft een samenvatting nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="205"/>
        <source>A position counts from 0.</source>
        <translation>Een positie telt vanaf 0.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="215"/>
        <source>A deadline is a date or a number of days after something, not both.</source>
        <translation>Een termijn is een datum of een aantal dagen na iets, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="220"/>
        <source>A deadline after another provision needs its number of days.</source>
        <translation>Een termijn na een andere bepaling heeft een aantal dagen nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="228"/>
        <source>A link joins an event and a provision.</source>
        <translation>Een koppeling verbindt een gebeurtenis met een bepaling.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="238"/>
        <source>An assessment is of a provision.</source>
        <translation>Een beoordeling hoort bij een bepaling.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="241"/>
        <source>An assessment needs a date.</source>
        <translation>Een beoordeling heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="245"/>
        <source>“Not assessed” is what a provision is before any assessment.</source>
        <translation>‘Niet beoordeeld’ is de stand van een bepaling zolang er geen beoordeling is.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="256"/>
        <source>An agreement cannot end itself.</source>
        <translation>Een akkoord kan zichzelf niet beëindigen.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="265"/>
        <source>A role needs a name.</source>
        <translation>Een rol heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="277"/>
        <source>A group needs a name.</source>
        <translation>Een groep heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="306"/>
        <source>A colour is written #rrggbb.</source>
        <translation>Een kleur wordt geschreven als #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="323"/>
        <source>field “%1”: %2</source>
        <translation>veld ‘%1’: %2</translation>
    </message>
</context>
<context>
    <name>entente::WholeFileReader</name>
    <message>
        <location filename="../../core/io/wholefilereader.cpp" line="13"/>
        <source>%1 is larger than %L2 MB; files of this format are read whole, and Entente reads them up to that size. Nothing was imported.</source>
        <translation>%1 is groter dan %L2 MB; bestanden in dit formaat worden in hun geheel gelezen, en Entente leest ze tot die grootte. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>entente::WriteBatch</name>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="25"/>
        <source>%1: the timeline is read-only; nothing was changed</source>
        <translation>%1: de tijdlijn is alleen-lezen; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="52"/>
        <source>%1: a write in this batch failed, so none of the batch was kept</source>
        <translation>%1: een schrijfbewerking in deze reeks is mislukt, dus is niets van de reeks bewaard</translation>
    </message>
</context>
</TS>
