<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>entente::AcledReader</name>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="51"/>
        <source> in %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="52"/>
        <source> and </source>
        <translation> та </translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="236"/>
        <source>the row has no event id</source>
        <translation>у рядку немає ідентифікатора події</translation>
    </message>
    <message>
        <location filename="../../core/io/acledreader.cpp" line="242"/>
        <source>“%1” is not a time precision: ACLED writes 1 (day), 2 (week) or 3 (month)</source>
        <translation>«%1» не є точністю дати: ACLED записує 1 (день), 2 (тиждень) або 3 (місяць)</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>New Actor</source>
        <translation>Новий учасник</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="43"/>
        <source>Edit Actor</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="44"/>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="45"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="46"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="47"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="51"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="57"/>
        <source>One per line</source>
        <translation>По одному в рядку</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="73"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="74"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Скорочена назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="75"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="76"/>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Входить до:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="77"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../../app/window/actordialog.cpp" line="78"/>
        <source>&amp;Aliases:</source>
        <translation>&amp;Інші назви:</translation>
    </message>
</context>
<context>
    <name>entente::ActorFilterTree</name>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="38"/>
        <source>Find an actor…</source>
        <translation>Знайти учасника…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="40"/>
        <source>Show only the actors whose names or aliases contain this text</source>
        <translation>Показувати лише учасників, чиї назви або інші назви містять цей текст</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="44"/>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="45"/>
        <source>Shows the events in which any of the ticked actors takes part. Ticking a state or organisation does not tick its people.</source>
        <translation>Показує події, у яких бере участь будь-хто з позначених учасників. Якщо позначити державу чи організацію, особи, що до неї належать, не позначаються.</translation>
    </message>
    <message>
        <location filename="../../app/window/actorfiltertree.cpp" line="86"/>
        <source>%1 (also %2)</source>
        <translation>%1 (також %2)</translation>
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
            <numerusform>%n подія без учасників</numerusform>
            <numerusform>%n події без учасників</numerusform>
            <numerusform>%n подій без учасників</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupDialog</name>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>New Actor Group</source>
        <translation>Нова група учасників</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="28"/>
        <source>Edit Actor Group</source>
        <translation>Редагування групи учасників</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="29"/>
        <source>e.g. Normandy format</source>
        <translation>напр., нормандський формат</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="44"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="47"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="48"/>
        <source>&amp;Members:</source>
        <translation>&amp;Склад:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="67"/>
        <source>Pick an actor</source>
        <translation>Виберіть учасника</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="88"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="89"/>
        <source>Re&amp;move</source>
        <translation>&amp;Прибрати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="90"/>
        <source>&amp;Up</source>
        <translation>&amp;Вгору</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="91"/>
        <source>&amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="140"/>
        <source>(actor %1)</source>
        <translation>(учасник %1)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupdialog.cpp" line="190"/>
        <source>A group needs a name, as the negotiating table shows it.</source>
        <translation>Група повинна мати назву: під нею вона з&apos;являється за столом переговорів.</translation>
    </message>
</context>
<context>
    <name>entente::ActorGroupManager</name>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="18"/>
        <source>Members</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="20"/>
        <source>Actor Groups</source>
        <translation>Групи учасників</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="24"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="25"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="26"/>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;йменувати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="27"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="42"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>Rename Actor Group</source>
        <translation>Перейменування групи учасників</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorgroupmanager.cpp" line="102"/>
        <source>A group needs a name.</source>
        <translation>Група повинна мати назву.</translation>
    </message>
</context>
<context>
    <name>entente::ActorManager</name>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="30"/>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="32"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="34"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="36"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/actormanager.cpp" line="78"/>
        <source>“%1” is named in %n events.</source>
        <translation>
            <numerusform>«%1» згадано в %n події.</numerusform>
            <numerusform>«%1» згадано в %n подіях.</numerusform>
            <numerusform>«%1» згадано в %n подіях.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="84"/>
        <source>Provisions that bind it: %1. Reassigned, they bind the other actor instead; otherwise they lose it. Undo gives it back.</source>
        <translation>Положень, які його зобов&apos;язують: %1. Після перепризначення вони зобов&apos;язуватимуть іншого учасника, інакше цей учасник із них зникне. Скасування дії поверне його.</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Short name</source>
        <translation>Скорочена назва</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="90"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="93"/>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="97"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="98"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="146"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="210"/>
        <source>Delete Actor</source>
        <translation>Видалення учасника</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="211"/>
        <source>&amp;Reassign them to:</source>
        <translation>&amp;Перепризначити їх учасникові:</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="212"/>
        <source>Re&amp;move “%1” from them</source>
        <translation>При&amp;брати з них «%1»</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="230"/>
        <source>Delete Actor “%1”</source>
        <translation>Видалити учасника «%1»</translation>
    </message>
    <message>
        <location filename="../../app/window/actormanager.cpp" line="248"/>
        <source>Reassign Events</source>
        <translation>Перепризначити події</translation>
    </message>
</context>
<context>
    <name>entente::ActorRole</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="44"/>
        <location filename="../../core/model/actorrole.cpp" line="25"/>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="46"/>
        <location filename="../../core/model/actorrole.cpp" line="26"/>
        <source>signatory</source>
        <translation>підписант</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="49"/>
        <source>third party</source>
        <translation>третя сторона</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="50"/>
        <source>associated</source>
        <translation>причетний</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="45"/>
        <location filename="../../core/model/actorrole.cpp" line="27"/>
        <source>mediator</source>
        <translation>посередник</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="28"/>
        <source>guarantor</source>
        <translation>гарант</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="29"/>
        <source>observer</source>
        <translation>спостерігач</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="30"/>
        <source>excluded</source>
        <translation>не допущено</translation>
    </message>
    <message>
        <location filename="../../core/model/actorrole.cpp" line="31"/>
        <source>demanded a seat</source>
        <translation>вимагав місця за столом</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="47"/>
        <location filename="../../core/model/actorrole.cpp" line="33"/>
        <source>speaker</source>
        <translation>промовець</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="48"/>
        <location filename="../../core/model/actorrole.cpp" line="34"/>
        <source>subject</source>
        <translation>об&apos;єкт</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleCommand</name>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="25"/>
        <source>Add Role “%1”</source>
        <translation>Додати роль «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="34"/>
        <source>Rename Role “%1” to “%2”</source>
        <translation>Перейменувати роль «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="45"/>
        <source>Edit Role “%1”</source>
        <translation>Редагувати роль «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/actorrolecommand.cpp" line="54"/>
        <source>Delete Role “%1”</source>
        <translation>Видалити роль «%1»</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleDialog</name>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>New Role</source>
        <translation>Нова роль</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="12"/>
        <source>Edit Role</source>
        <translation>Редагування ролі</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="13"/>
        <source>e.g. co-chair, as events and files keep it</source>
        <translation>напр., співголова — під цією назвою її зберігають події та файли</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="14"/>
        <source>e.g. co-chair of the talks, as the views say it</source>
        <translation>напр., співголова переговорів — так її показують панелі програми</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="15"/>
        <source>Automatic: the negotiating table&apos;s colour for its seat</source>
        <translation>Автоматично: колір, яким стіл переговорів позначає її місце</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="16"/>
        <source>The views show a role by its label.</source>
        <translation>Панелі програми показують роль за її підписом.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="34"/>
        <source>Where an actor with this role sits in the negotiating table</source>
        <translation>Де сидить учасник із цією роллю за столом переговорів</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="35"/>
        <source>&amp;Seat:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="42"/>
        <source>at the table</source>
        <translation>за столом</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="44"/>
        <source>kept from the table</source>
        <translation>не допущено до столу</translation>
    </message>
    <message>
        <location filename="../../app/agreements/actorroledialog.cpp" line="46"/>
        <source>neither</source>
        <translation>ні те, ні інше</translation>
    </message>
</context>
<context>
    <name>entente::ActorRoleTable</name>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="49"/>
        <location filename="../../core/store/actorroletable.cpp" line="170"/>
        <source>role “%1”: %2 Nothing was changed.</source>
        <translation>роль «%1»: %2 Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="53"/>
        <location filename="../../core/store/actorroletable.cpp" line="147"/>
        <source>There is a role “%1” already. Nothing was changed.</source>
        <translation>Роль «%1» уже існує. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="143"/>
        <source>A role needs a name of at most %L1 characters. Nothing was changed.</source>
        <translation>Назва ролі має бути не довшою за %L1 символів. Нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/store/actorroletable.cpp" line="201"/>
        <source>The role “%1” is used by %n event(s); give them another role first. Nothing was changed.</source>
        <translation>
            <numerusform>Роль «%1» використано в %n події; спершу призначте там іншу роль. Нічого не змінено.</numerusform>
            <numerusform>Роль «%1» використано в %n подіях; спершу призначте там іншу роль. Нічого не змінено.</numerusform>
            <numerusform>Роль «%1» використано в %n подіях; спершу призначте там іншу роль. Нічого не змінено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/store/actorroletable.cpp" line="213"/>
        <source>There is no role “%1” in this timeline. Nothing was changed.</source>
        <translation>У цій хронології немає ролі «%1». Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>entente::ActorRolesEdit</name>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="31"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="39"/>
        <source>Add Actor</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="73"/>
        <source>Pick an actor or type a new name</source>
        <translation>Виберіть учасника або введіть нову назву</translation>
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
        <translation>сторона, посередник, промовець…</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="141"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="142"/>
        <source>Take this actor out of the event</source>
        <translation>Вилучити цього учасника з події</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="174"/>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="175"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="176"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../app/window/actorrolesedit.cpp" line="177"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
</context>
<context>
    <name>entente::ActorTree</name>
    <message>
        <location filename="../../core/model/actortree.cpp" line="54"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Учасник не може належати сам до себе.</translation>
    </message>
    <message>
        <location filename="../../core/model/actortree.cpp" line="65"/>
        <source>“%1” cannot belong to “%2”, which belongs to it (%3): that would make a loop.</source>
        <translation>«%1» не може належати до «%2», бо «%2» належить до «%1» (%3): утворилося б замкнене коло.</translation>
    </message>
</context>
<context>
    <name>entente::AddEventsCommand</name>
    <message>
        <location filename="../../app/commands/addeventscommand.cpp" line="22"/>
        <source>Add “%1”</source>
        <translation>Додати «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/addeventscommand.cpp" line="24"/>
        <source>Add %n Events</source>
        <translation>
            <numerusform>Додати %n подію</numerusform>
            <numerusform>Додати %n події</numerusform>
            <numerusform>Додати %n подій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AddRowCommand</name>
    <message>
        <location filename="../../app/commands/addrowcommand.h" line="17"/>
        <source>Add %1 “%2”</source>
        <translation>Додати %1 «%2»</translation>
    </message>
</context>
<context>
    <name>entente::AgreementCommand</name>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="74"/>
        <source>Set the stage of %1 to “%2”</source>
        <translation>Змінити етап угоди «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="78"/>
        <source>Set the peace process of %1 to “%2”</source>
        <translation>Змінити мирний процес угоди «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="81"/>
        <source>Set the end of %1 to “%2”</source>
        <translation>Змінити завершення угоди «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementcommand.cpp" line="83"/>
        <source>Edit the stage, process and end of %1</source>
        <translation>Редагувати етап, процес і завершення угоди «%1»</translation>
    </message>
</context>
<context>
    <name>entente::AgreementDetailsHtml</name>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="55"/>
        <source>Implements</source>
        <translation>Виконує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="57"/>
        <source>Violates</source>
        <translation>Порушує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="61"/>
        <source>Refers to</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="104"/>
        <source>Provisions</source>
        <translation>Положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="107"/>
        <source>Show all their events on the timeline</source>
        <translation>Показати всі їхні події на хронології</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="130"/>
        <source>Stage: %1</source>
        <translation>Етап: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="133"/>
        <source>Process: %1</source>
        <translation>Процес: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="139"/>
        <source>Ended: %1 by %2</source>
        <translation>Завершення: %1 (подія: %2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="140"/>
        <source>Ended: %1</source>
        <translation>Завершення: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="156"/>
        <source>Show this provision&apos;s events on the timeline</source>
        <translation>Показати події цього положення на хронології</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="175"/>
        <source>assessed from %1</source>
        <translation>за оцінкою від %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="177"/>
        <source>from its linked events since %1</source>
        <translation>за прив&apos;язаними подіями з %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="179"/>
        <source>violated since %1</source>
        <translation>порушено з %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="181"/>
        <source>lapsed since %1</source>
        <translation>прострочено з %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="194"/>
        <source>due by %1</source>
        <translation>строк — до %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="196"/>
        <source>due %n days after the agreement</source>
        <translation>
            <numerusform>строк — %n день після укладення угоди</numerusform>
            <numerusform>строк — %n дні після укладення угоди</numerusform>
            <numerusform>строк — %n днів після укладення угоди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="199"/>
        <source>due %n days after point %1 is carried out</source>
        <translation>
            <numerusform>строк — %n день після виконання пункту %1</numerusform>
            <numerusform>строк — %n дні після виконання пункту %1</numerusform>
            <numerusform>строк — %n днів після виконання пункту %1</numerusform>
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
        <translation>Оцінка: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="237"/>
        <source>No evidence yet.</source>
        <translation>Підстав поки немає.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementdetailshtml.cpp" line="260"/>
        <source>%1: %2, point %3</source>
        <translation>%1: %2, пункт %3</translation>
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
        <translation>Редагувати по&amp;ложення…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="25"/>
        <source>&amp;Link to Provision…</source>
        <translation>Прив&apos;&amp;язати до положення…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="27"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="69"/>
        <source>This file is read-only: its agreements cannot be edited.</source>
        <translation>Цей файл відкрито лише для читання: його угоди не можна редагувати.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="73"/>
        <source>Edit the provisions of the selected agreement, their links and levels</source>
        <translation>Редагувати положення вибраної угоди, їхні прив&apos;язки та рівні виконання</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="74"/>
        <source>Select an agreement (an event of category “agreement”) to edit its provisions</source>
        <translation>Виберіть угоду (подію категорії «agreement»), щоб редагувати її положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="79"/>
        <source>Select an event to link it to a provision of an agreement</source>
        <translation>Виберіть подію, щоб прив&apos;язати її до положення угоди</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="80"/>
        <source>An agreement&apos;s own provisions are edited with Edit Provisions…</source>
        <translation>Власні положення угоди редагують командою «Редагувати положення…»</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementediting.cpp" line="81"/>
        <source>Link the selected event to a provision of an agreement: implements, violates or refers to</source>
        <translation>Прив&apos;язати вибрану подію до положення угоди: виконує, порушує або стосується</translation>
    </message>
</context>
<context>
    <name>entente::AgreementEditor</name>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="51"/>
        <source>%n day(s) after signing</source>
        <translation>
            <numerusform>%n день після підписання</numerusform>
            <numerusform>%n дні після підписання</numerusform>
            <numerusform>%n днів після підписання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/agreementeditor.cpp" line="56"/>
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n день після %1</numerusform>
            <numerusform>%n дні після %1</numerusform>
            <numerusform>%n днів після %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Summary</source>
        <translation>Стислий зміст</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="82"/>
        <source>Level now</source>
        <translation>Поточний рівень</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="88"/>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="117"/>
        <source>Provisions</source>
        <translation>Положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="119"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="123"/>
        <source>&amp;Up</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="126"/>
        <source>Do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="144"/>
        <source>%1 (%2 in the table)</source>
        <translation>%1 (%2 у таблиці)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="161"/>
        <source>Provision</source>
        <translation>Положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="165"/>
        <source>Linked Events</source>
        <translation>Прив&apos;язані події</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="166"/>
        <source>Levels Set by Hand</source>
        <translation>Рівні, встановлені вручну</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="197"/>
        <source>An assessment needs a date.</source>
        <translation>Оцінка повинна мати дату.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="274"/>
        <source>Provisions of “%1”</source>
        <translation>Положення угоди «%1»</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="356"/>
        <source>Type the new provision&apos;s summary: it is added when the summary is entered.</source>
        <translation>Введіть стислий зміст нового положення: положення буде додано, щойно ви підтвердите введення.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="422"/>
        <source>Select the event on the timeline first, then link it here.</source>
        <translation>Спершу виберіть подію на хронології, а потім прив&apos;яжіть її тут.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="442"/>
        <source>The selected event is linked so already.</source>
        <translation>Вибрану подію вже прив&apos;язано саме так.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementeditor.cpp" line="448"/>
        <source>An assessment needs a date: type the date the level held on.</source>
        <translation>Оцінка повинна мати дату: введіть дату, станом на яку діяв цей рівень.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementImport</name>
    <message>
        <location filename="../../core/io/agreementimport.cpp" line="197"/>
        <source>A link, an assessment or a deadline names provision %1 of the content, which it does not have.</source>
        <translation>Прив&apos;язка, оцінка або строк посилається на положення %1 вмісту, якого там немає.</translation>
    </message>
</context>
<context>
    <name>entente::AgreementLabels</name>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="10"/>
        <source>(not said)</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="12"/>
        <source>Pre-negotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Попередні переговори</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="14"/>
        <source>Ceasefire</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Припинення вогню</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="16"/>
        <source>Framework/substantive</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Рамкова/змістовна угода</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="18"/>
        <source>Implementation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Виконання</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="20"/>
        <source>Renegotiation</source>
        <comment>the stage of an agreement (PA-X)</comment>
        <translation>Повторні переговори</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="29"/>
        <source>In force (or not said)</source>
        <comment>how an agreement ended</comment>
        <translation>Чинна (або не вказано)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="31"/>
        <source>Superseded</source>
        <comment>how an agreement ended</comment>
        <translation>Замінена</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="33"/>
        <source>Denounced</source>
        <comment>how an agreement ended</comment>
        <translation>Денонсована</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="35"/>
        <source>Lapsed</source>
        <comment>how an agreement ended</comment>
        <translation>Втратила чинність</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="44"/>
        <source>Implements</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Виконує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="46"/>
        <source>Violates</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Порушує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="48"/>
        <source>Refers to</source>
        <comment>what an event does to a provision of an agreement</comment>
        <translation>Стосується</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="90"/>
        <source>point %1</source>
        <translation>п. %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementlabels.cpp" line="93"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>entente::AgreementParts</name>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="31"/>
        <source>a provision</source>
        <translation>положення</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="33"/>
        <source>%1 of %2</source>
        <translation>%1 угоди «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="54"/>
        <source>Add %1 to %2</source>
        <translation>Додати %1 до угоди «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="60"/>
        <source>Edit %1 of %2</source>
        <translation>Редагувати %1 угоди «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="66"/>
        <source>Delete %1 of %2</source>
        <translation>Видалити %1 угоди «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="77"/>
        <source>%1 (deadline of %2 now counted from the agreement)</source>
        <translation>%1 (строк для %2 тепер відлічується від укладення угоди)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="86"/>
        <source>The deadline of %1 followed %2</source>
        <translation>Строк %1 відлічувався від %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="91"/>
        <source>%1 and had no date yet: it now counts from the agreement.</source>
        <translation>%1 і ще не мав дати: тепер він відлічується від укладення угоди.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="92"/>
        <source>%1: it is now %2, the date it fell on.</source>
        <translation>%1; тепер це %2 — дата, на яку він припадав.</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="100"/>
        <source>Link “%1” to %2 (%3)</source>
        <translation>Прив&apos;язати «%1» до %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="107"/>
        <source>Edit the link of “%1” to %2</source>
        <translation>Редагувати прив&apos;язку «%1» до %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="113"/>
        <source>Unlink “%1” from %2</source>
        <translation>Відв&apos;язати «%1» від %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="119"/>
        <source>Assess %1 as “%2” on %3</source>
        <translation>Оцінити %1 як «%2» станом на %3</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="126"/>
        <source>Edit the assessment of %1 on %2</source>
        <translation>Редагувати оцінку %1 станом на %2</translation>
    </message>
    <message>
        <location filename="../../app/commands/agreementparts.cpp" line="132"/>
        <source>Delete the assessment of %1 on %2</source>
        <translation>Видалити оцінку %1 станом на %2</translation>
    </message>
</context>
<context>
    <name>entente::AgreementRowEdit</name>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="30"/>
        <source>Use Selected Event</source>
        <translation>Взяти вибрану подію</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="31"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="45"/>
        <source>e.g. Ukraine peace process</source>
        <translation>напр., мирний процес в Україні</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="48"/>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="49"/>
        <source>Peace pr&amp;ocess:</source>
        <translation>&amp;Мирний процес:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="50"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Завершення:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="62"/>
        <source>The event selected on the timeline ended the agreement</source>
        <translation>Угоду припинила подія, вибрана на хронології</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="64"/>
        <source>Or find the event that ended it…</source>
        <translation>Або знайдіть подію, що її припинила…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="109"/>
        <source>by “%1” (%2)</source>
        <translation>подія «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/agreementrowedit.cpp" line="110"/>
        <source>by no event named</source>
        <translation>подію не вказано</translation>
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
        <translation>%1: %2 Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="167"/>
        <location filename="../../core/store/agreementrows.cpp" line="168"/>
        <location filename="../../core/store/agreementrows.cpp" line="170"/>
        <location filename="../../core/store/agreementrows.cpp" line="178"/>
        <location filename="../../core/store/agreementrows.cpp" line="180"/>
        <source>agreement</source>
        <translation>угода</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="258"/>
        <source>There is no provision %1 in this timeline. Nothing was changed.</source>
        <translation>У цій хронології немає положення %1. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="308"/>
        <source>provision “%1”</source>
        <translation>положення «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="315"/>
        <source>%1: its deadline follows provision %2, which is not another provision of the same agreement. Nothing was changed.</source>
        <translation>%1: його строк відлічується від положення %2, яке не є іншим положенням тієї самої угоди. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="327"/>
        <source>%1: the agreement has provision “%2” at position %3 already. Nothing was changed.</source>
        <translation>%1: угода вже має положення «%2» на позиції %3. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="385"/>
        <location filename="../../core/store/agreementrows.cpp" line="386"/>
        <location filename="../../core/store/agreementrows.cpp" line="387"/>
        <source>provision link</source>
        <translation>прив&apos;язка до положення</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="403"/>
        <location filename="../../core/store/agreementrows.cpp" line="404"/>
        <location filename="../../core/store/agreementrows.cpp" line="412"/>
        <location filename="../../core/store/agreementrows.cpp" line="413"/>
        <source>assessment</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="445"/>
        <location filename="../../core/store/agreementrows.cpp" line="454"/>
        <source>group “%1”</source>
        <translation>група «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="603"/>
        <source>%1: there is no event %2 in this timeline. Nothing was changed.</source>
        <translation>%1: у цій хронології немає події %2. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/agreementrows.cpp" line="612"/>
        <source>%1: there is no provision %2 in this timeline. Nothing was changed.</source>
        <translation>%1: у цій хронології немає положення %2. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>entente::AssessmentsEdit</name>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="29"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>&amp;Assess</source>
        <translation>&amp;Оцінити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="30"/>
        <source>Dele&amp;te</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="35"/>
        <source>Sets the provision&apos;s level at the date below, with its source</source>
        <translation>Встановлює рівень виконання положення станом на дату нижче, із зазначенням джерела</translation>
    </message>
    <message>
        <location filename="../../app/agreements/assessmentsedit.cpp" line="66"/>
        <source>What the source says</source>
        <translation>Що повідомляє джерело</translation>
    </message>
</context>
<context>
    <name>entente::Cancelled</name>
    <message>
        <location filename="../../core/io/cancelled.h" line="23"/>
        <location filename="../../core/io/readahead.cpp" line="56"/>
        <source>The import was cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
</context>
<context>
    <name>entente::CategoryCommand</name>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Edit Category “%1”</source>
        <translation>Редагувати категорію «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="27"/>
        <source>Add Category “%1”</source>
        <translation>Додати категорію «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="37"/>
        <source>Rename Category “%1” to “%2”</source>
        <translation>Перейменувати категорію «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/categorycommand.cpp" line="47"/>
        <source>Delete Category “%1”</source>
        <translation>Видалити категорію «%1»</translation>
    </message>
</context>
<context>
    <name>entente::CategoryManager</name>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="18"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="20"/>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="22"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="23"/>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;йменувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="24"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Колір…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="25"/>
        <source>A&amp;utomatic Colour</source>
        <translation>&amp;Автоматичний колір</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="43"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="67"/>
        <source>A category needs a name.</source>
        <translation>Категорія повинна мати назву.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="74"/>
        <source>“%1” is a category already: choose another name, or delete one of the two and move its events to the other.</source>
        <translation>Категорія «%1» уже існує: виберіть іншу назву або видаліть одну з двох категорій і перенесіть її події до іншої.</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <source>New Category</source>
        <translation>Нова категорія</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="85"/>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="106"/>
        <source>Rename Category</source>
        <translation>Перейменування категорії</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="127"/>
        <source>Colour of “%1”</source>
        <translation>Колір категорії «%1»</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="168"/>
        <source>Delete Category</source>
        <translation>Видалення категорії</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/categorymanager.cpp" line="169"/>
        <source>%n events use “%1”.</source>
        <translation>
            <numerusform>Категорію «%1» використовує %n подія.</numerusform>
            <numerusform>Категорію «%1» використовують %n події.</numerusform>
            <numerusform>Категорію «%1» використовують %n подій.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Перенести їх до категорії:</translation>
    </message>
    <message>
        <location filename="../../app/window/categorymanager.cpp" line="170"/>
        <source>&amp;Leave them uncategorized</source>
        <translation>&amp;Залишити їх без категорії</translation>
    </message>
</context>
<context>
    <name>entente::CategoryRows</name>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="43"/>
        <location filename="../../core/store/categoryrows.cpp" line="58"/>
        <source>a category needs a name; nothing was changed</source>
        <translation>категорія повинна мати назву; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/categoryrows.cpp" line="63"/>
        <source>there is already a category “%1”; nothing was changed</source>
        <translation>категорія «%1» уже існує; нічого не змінено</translation>
    </message>
</context>
<context>
    <name>entente::ColourPicker</name>
    <message>
        <location filename="../../app/window/colourpicker.cpp" line="15"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/window/colourpicker.cpp" line="65"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
</context>
<context>
    <name>entente::CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="44"/>
        <source>Open the timeline FILE (the window creates an empty one if missing; --list and --export-image do not).</source>
        <translation>Відкрити хронологію FILE (якщо файлу немає, вікно створює порожню хронологію; --list і --export-image — ні).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="50"/>
        <source>Draw the timeline into FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Зберегти зображення хронології у FILE (.png, .svg або .pdf) і завершити роботу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="54"/>
        <source>Draw the negotiating table (who took part in which talks and agreements) into FILE (.png, .svg, .pdf or .csv) and exit; --from, --to and --process choose its columns.</source>
        <translation>Зберегти стіл переговорів (хто брав участь у яких переговорах і угодах) у FILE (.png, .svg, .pdf або .csv) і завершити роботу; стовпці визначають --from, --to і --process.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="60"/>
        <source>For --export-table: only the agreements of the peace process NAME.</source>
        <translation>Для --export-table: лише угоди мирного процесу NAME.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="64"/>
        <source>Write the timeline&apos;s data into FILE and exit; the format is given by --format or by the extension (.json, .csv, .ics).</source>
        <translation>Записати дані хронології у FILE і завершити роботу; формат визначає --format або розширення файлу (.json, .csv, .ics).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="69"/>
        <source>Keep the events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD); for --export-image, where the drawn range starts.</source>
        <translation>Залишити події починаючи з DATE (YYYY, YYYY-MM або YYYY-MM-DD); для --export-image — початок зображеного проміжку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="73"/>
        <source>Keep the events up to DATE; for --export-image, where the drawn range ends.</source>
        <translation>Залишити події до DATE включно; для --export-image — кінець зображеного проміжку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="78"/>
        <source>Width and least height of an exported PNG or SVG, which grows to hold every lane (default 1600x900).</source>
        <translation>Ширина й найменша висота експортованого PNG чи SVG; висота зростає, щоб умістити всі смуги (типово 1600x900).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="83"/>
        <source>Colours: light or dark. Exports are light unless told; the window follows the desktop unless told.</source>
        <translation>Кольори: light (світлі) або dark (темні). Якщо не вказано інше, експорт світлий, а вікно відповідає темі робочого столу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="89"/>
        <source>Lanes of the exported image: actor (default), category or packed.</source>
        <translation>Смуги експортованого зображення: actor (за учасниками, типово), category (за категоріями) або packed (ущільнені).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="91"/>
        <source>Print every event and exit.</source>
        <translation>Вивести всі події і завершити роботу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="94"/>
        <source>Format of --list: json (default) or csv; of --export: json, csv, timelinejs or ics; of --import: %1 (default: told from the file).</source>
        <translation>Формат для --list: json (типово) або csv; для --export: json, csv, timelinejs або ics; для --import: %1 (типово визначається за файлом).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="100"/>
        <source>Add the events of FILE to the timeline, all or nothing, and exit.</source>
        <translation>Додати події з FILE до хронології (усі або жодної) і завершити роботу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="104"/>
        <source>What --import does with an event the timeline has (same uid or dataset id): skip (default) or update.</source>
        <translation>Що --import робить із подією, яка вже є в хронології (той самий uid або ідентифікатор у наборі даних): skip (пропустити, типово) або update (оновити).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="109"/>
        <source>Let --import leave out rows it cannot read (listed on stderr) instead of importing nothing.</source>
        <translation>Дозволити --import пропускати рядки, які не вдається прочитати (їх буде перелічено в stderr), замість того щоб не імпортувати нічого.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="113"/>
        <source>Columns of a CSV file of no known format, for --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,… with COL a header name or a 1-based number (fields: %1; default: guessed from the header).</source>
        <translation>Стовпці файлу CSV невідомого формату для --import: title=COL,date=COL,end=COL,actor[:ROLE[:KIND]]=COL,…, де COL — назва стовпця в заголовку або його номер, починаючи з 1 (поля: %1; типово визначаються за заголовком).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="121"/>
        <source>Whether --import reads dates such as 05/02/2025 day first (dmy) or month first (mdy), when the file&apos;s dates do not settle it.</source>
        <translation>Чи читає --import дати на зразок 05/02/2025 з днем на початку (dmy) або з місяцем на початку (mdy), коли самі дати у файлі цього не визначають.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="126"/>
        <source>Keep the events that match TEXT, in the search field&apos;s syntax: words, &quot;a phrase&quot;, prefix*, OR, -word, actor:, category:, source:.</source>
        <translation>Залишити події, що відповідають TEXT, у синтаксисі поля пошуку: слова, &quot;фраза&quot;, префікс*, OR, -слово, actor:, category:, source:.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="131"/>
        <source>Keep the events of the actor NAME (its name, short name or an alias); given more than once, of any of them.</source>
        <translation>Залишити події учасника NAME (назва, скорочена назва або інша назва); якщо параметр задано кілька разів — будь-кого з них.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="136"/>
        <source>Keep the events of the category NAME; given more than once, of any of them.</source>
        <translation>Залишити події категорії NAME; якщо параметр задано кілька разів — будь-якої з них.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="140"/>
        <source>Keep the events tagged TAG; given more than once, tagged with any of them.</source>
        <translation>Залишити події з міткою TAG; якщо параметр задано кілька разів — з будь-якою з цих міток.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="145"/>
        <source>The language of the window and the messages: %1 (default: the system&apos;s, if it is one of them, else English). Dates and numbers follow it.</source>
        <translation>Мова вікна та повідомлень: %1 (типово — мова системи, якщо вона серед них, інакше англійська). Дати й числа записуються за її правилами.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="151"/>
        <source>Show this help and exit.</source>
        <translation>Показати цю довідку і завершити роботу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="153"/>
        <source>Show the version and exit.</source>
        <translation>Показати версію і завершити роботу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="158"/>
        <source>Entente: a timeline viewer for conflict diplomacy.

Exit codes: 0 done, 1 failed (nothing changed), 2 bad usage, 3 --import found bad rows and imported nothing.</source>
        <translation>Entente: програма для перегляду хронології дипломатії конфліктів.

Коди виходу: 0 — виконано, 1 — помилка (нічого не змінено), 2 — неправильний виклик, 3 — --import знайшов хибні рядки й нічого не імпортував.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="166"/>
        <source>The timeline to open, as with --database.</source>
        <translation>Хронологія, яку слід відкрити (як із --database).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="183"/>
        <source>--%1: “%2” is not %3</source>
        <translation>--%1: неприпустиме значення «%2» (можливі: %3)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="184"/>
        <location filename="../../app/cli/commandline.cpp" line="220"/>
        <location filename="../../app/cli/commandline.cpp" line="320"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="197"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="211"/>
        <source>--export cannot be used with --list or --export-image</source>
        <translation>--export не можна поєднувати з --list або --export-image</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="218"/>
        <location filename="../../app/cli/commandline.cpp" line="318"/>
        <source>--format: “%1” is not %2</source>
        <translation>--format: неприпустиме значення «%1» (можливі: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="226"/>
        <source>--export: cannot tell the format of “%1”; use .json, .csv or .ics, or --format timelinejs</source>
        <translation>--export: не вдається визначити формат «%1»; використайте .json, .csv або .ics чи --format timelinejs</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="242"/>
        <source>--size: “%1” is not WIDTHxHEIGHT between 200x100 and 16384x16384</source>
        <translation>--size: «%1» не відповідає формату WIDTHxHEIGHT у межах від 200x100 до 16384x16384</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="256"/>
        <source>unexpected argument “%1”: one timeline at a time (see --help)</source>
        <translation>неочікуваний аргумент «%1»: можна відкрити лише одну хронологію (див. --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="261"/>
        <source>“%1” and --database %2: give the timeline once</source>
        <translation>«%1» і --database %2: хронологію слід указати лише один раз</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="279"/>
        <source>--query, --actor, --category and --tag go with --list, --export or --export-image</source>
        <translation>--query, --actor, --category і --tag використовуються лише з --list, --export або --export-image</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="293"/>
        <source>--duplicates, --skip-bad-rows, --map and --date-order go with --import</source>
        <translation>--duplicates, --skip-bad-rows, --map і --date-order використовуються лише з --import</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="299"/>
        <source>--import cannot be used with --list, --export or --export-image</source>
        <translation>--import не можна поєднувати з --list, --export або --export-image</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="334"/>
        <source>--process goes with --export-table</source>
        <translation>--process використовується лише з --export-table</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="341"/>
        <source>--export-table cannot be used with --list, --export, --export-image or --import</source>
        <translation>--export-table не можна поєднувати з --list, --export, --export-image або --import</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="347"/>
        <source>--export-table: cannot tell the format of “%1”; use .png, .svg, .pdf or .csv</source>
        <translation>--export-table: не вдається визначити формат «%1»; використайте .png, .svg, .pdf або .csv</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="359"/>
        <source>--language: “%1” is not %2</source>
        <translation>--language: неприпустиме значення «%1» (можливі: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="390"/>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 раніше за --from %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="416"/>
        <source>--export-image: cannot tell the format of “%1”; use .png, .svg or .pdf</source>
        <translation>--export-image: не вдається визначити формат «%1»; використайте .png, .svg або .pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="422"/>
        <source>--list and --export-image cannot be used together</source>
        <translation>--list і --export-image не можна використовувати разом</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="458"/>
        <source>%1 was upgraded from timeline format %2 to %3; older versions of Entente cannot open it now</source>
        <translation>%1 оновлено з формату хронології %2 до %3; старіші версії Entente тепер не зможуть його відкрити</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="474"/>
        <source>%1: no such timeline file</source>
        <translation>%1: такого файлу хронології немає</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="484"/>
        <source>cannot create the folder %1</source>
        <translation>не вдається створити теку %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="497"/>
        <source>cannot create %1</source>
        <translation>не вдається створити %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="513"/>
        <source>unexpected error: %1</source>
        <translation>неочікувана помилка: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="551"/>
        <source>--actor: %1 has no actor named “%2”</source>
        <translation>--actor: у %1 немає учасника з назвою «%2»</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="562"/>
        <source>--category: %1 has no category “%2”</source>
        <translation>--category: у %1 немає категорії «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/commandline.cpp" line="593"/>
        <source>events left out, undated (the format has no place for them): %n</source>
        <translation>
            <numerusform>пропущено подій без дати (формат не має для них місця): %n</numerusform>
            <numerusform>пропущено подій без дати (формат не має для них місця): %n</numerusform>
            <numerusform>пропущено подій без дати (формат не має для них місця): %n</numerusform>
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
        <translation>--process: у %1 немає угоди мирного процесу «%2»</translation>
    </message>
</context>
<context>
    <name>entente::ContentImport</name>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="314"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Імпорт скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="324"/>
        <source>Event %1 of %2 (“%3”): %4</source>
        <translation>Подія %1 з %2 («%3»): %4</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="399"/>
        <source>it names an actor the content does not have</source>
        <translation>вона посилається на учасника, якого немає у вмісті</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="405"/>
        <source>it names a source the content does not have</source>
        <translation>вона посилається на джерело, якого немає у вмісті</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="432"/>
        <source>Saved view “%1”: %2</source>
        <translation>Збережений вигляд «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="478"/>
        <source>A relation names event %1 of the content, which has %2.</source>
        <translation>Зв&apos;язок посилається на подію %1 вмісту, хоча подій у ньому лише %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/contentimport.cpp" line="508"/>
        <source>the file&apos;s title, “%1”, was not taken: the timeline keeps its own, “%2”</source>
        <translation>назву файлу «%1» не перенесено: хронологія зберігає власну назву «%2»</translation>
    </message>
</context>
<context>
    <name>entente::CsvMapping</name>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="24"/>
        <source>(ignore)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="25"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="26"/>
        <source>Date (start)</source>
        <translation>Дата (початок)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="27"/>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="28"/>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="29"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="30"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="31"/>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="32"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="33"/>
        <source>Source URL</source>
        <translation>URL джерела</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="34"/>
        <source>Source title</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="35"/>
        <source>Source outlet</source>
        <translation>Видання (джерело)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="36"/>
        <source>Identifier (uid)</source>
        <translation>Ідентифікатор (uid)</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="37"/>
        <source>Importance</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="38"/>
        <source>Keep as attribute</source>
        <translation>Зберегти як атрибут</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="159"/>
        <source>No column is the title (or a description to take it from).</source>
        <translation>Жоден стовпець не містить назви (або опису, з якого її можна взяти).</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="233"/>
        <source>column mapping: “%1” is not FIELD=COLUMN with FIELD one of %2</source>
        <translation>зіставлення стовпців: «%1» не має вигляду FIELD=COLUMN, де FIELD — одне з: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="239"/>
        <source>column mapping: the file has no column “%1”; its columns are %2</source>
        <translation>зіставлення стовпців: у файлі немає стовпця «%1»; наявні стовпці: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvmapping.cpp" line="266"/>
        <source>column mapping: “%1” names no kind of actor in “%2”; the kinds are state, organisation, person and group</source>
        <translation>зіставлення стовпців: «%1» у «%2» не є типом учасника; типи: state, organisation, person і group</translation>
    </message>
</context>
<context>
    <name>entente::CsvMappingDialog</name>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="79"/>
        <source>Import %1</source>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="81"/>
        <source>Entente does not know this file&apos;s columns. Choose what each one holds; the first rows are shown below.</source>
        <translation>Entente не знає стовпців цього файлу. Укажіть, що містить кожен із них; перші рядки показано нижче.</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="86"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="87"/>
        <source>Day first (05/02/2025 is 5 February)</source>
        <translation>Спершу день (05/02/2025 — це 5 лютого)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="88"/>
        <source>Month first (05/02/2025 is 2 May)</source>
        <translation>Спершу місяць (05/02/2025 — це 2 травня)</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="95"/>
        <location filename="../../app/window/csvmappingdialog.cpp" line="171"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="112"/>
        <source>Map the columns myself</source>
        <translation>Зіставити стовпці вручну</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="116"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="117"/>
        <source>Comma</source>
        <translation>Кома</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="118"/>
        <source>Semicolon</source>
        <translation>Крапка з комою</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="119"/>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="120"/>
        <source>Other:</source>
        <translation>Інший:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="123"/>
        <source>Other delimiter</source>
        <translation>Інший роздільник</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="129"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="193"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="226"/>
        <source>Field of column %1</source>
        <translation>Поле стовпця %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="237"/>
        <source>Role of the actors of column %1</source>
        <translation>Роль учасників зі стовпця %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="238"/>
        <source>How the actors of this column take part in the events</source>
        <translation>Як учасники з цього стовпця беруть участь у подіях</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="242"/>
        <source>Kind of the actors of column %1</source>
        <translation>Тип учасників зі стовпця %1</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="243"/>
        <source>What a new actor of this column is; actors already in the timeline keep their own kind</source>
        <translation>Тип нового учасника з цього стовпця; учасники, які вже є в хронології, зберігають свій тип</translation>
    </message>
    <message>
        <location filename="../../app/window/csvmappingdialog.cpp" line="297"/>
        <source>Dates such as “%1” can be read day first or month first, and no date in the file settles which:</source>
        <translation>Дати на зразок «%1» можна прочитати і з днем, і з місяцем на початку, а жодна дата у файлі не дає змоги це визначити:</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="204"/>
        <source>the quoted field that begins on this line is not closed by the end of the file</source>
        <translation>поле в лапках, що починається в цьому рядку, не закрито до кінця файлу</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="207"/>
        <source>the quoted field that begins on this line goes on for more than %L1 characters; is a quote not closed?</source>
        <translation>поле в лапках, що починається в цьому рядку, довше за %L1 символів; можливо, не закрито лапки?</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="212"/>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
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
        <translation>Entente JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="50"/>
        <source>CSV, one row per event (*.csv)</source>
        <translation>CSV, один рядок на подію (*.csv)</translation>
    </message>
    <message>
        <location filename="../../core/io/dataexport.cpp" line="52"/>
        <source>TimelineJS3 JSON (*.json)</source>
        <translation>TimelineJS3 JSON (*.json)</translation>
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
        <translation>%1: не вдається записати: %2</translation>
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
        <translation>Експортовано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/export/dataexportprompt.cpp" line="53"/>
        <source>(%n undated events left out: the format has no place for them)</source>
        <translation>
            <numerusform>(пропущено %n подію без дати: формат не має для неї місця)</numerusform>
            <numerusform>(пропущено %n події без дати: формат не має для них місця)</numerusform>
            <numerusform>(пропущено %n подій без дати: формат не має для них місця)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="73"/>
        <source>Export Data</source>
        <translation>Експорт даних</translation>
    </message>
    <message>
        <location filename="../../app/export/dataexportprompt.cpp" line="74"/>
        <source>Export Data: the Events the Search and Filters Show</source>
        <translation>Експорт даних: події, які показують пошук і фільтри</translation>
    </message>
</context>
<context>
    <name>entente::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="96"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не вдається відкрити: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="180"/>
        <location filename="../../core/db/database.cpp" line="190"/>
        <source>script</source>
        <translation>скрипт</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="263"/>
        <source>%1: cannot save a copy: %2</source>
        <translation>%1: не вдається зберегти копію: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="284"/>
        <source>%1: cannot save a copy: the file cannot be replaced</source>
        <translation>%1: не вдається зберегти копію: файл неможливо замінити</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="309"/>
        <source>%1: the file is in use by another window or program; nothing was changed. Try again in a moment.</source>
        <translation>%1: файл використовує інше вікно або програма; нічого не змінено. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="321"/>
        <source>%1: a value is larger than %2 MB, more than a timeline holds; it was not read or written</source>
        <translation>%1: значення перевищує %2 МБ — більше, ніж уміщує хронологія; його не прочитано й не записано</translation>
    </message>
    <message>
        <location filename="../../core/db/database.cpp" line="328"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/db/stoprequest.cpp" line="35"/>
        <source>%1: stopped before it finished; nothing was changed</source>
        <translation>%1: зупинено до завершення; нічого не змінено</translation>
    </message>
</context>
<context>
    <name>entente::DatasetTable</name>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="29"/>
        <source>%1:1: the header has no column “%2”, which %3 files have</source>
        <translation>%1:1: у заголовку немає стовпця «%2», який мають файли %3</translation>
    </message>
    <message>
        <location filename="../../core/io/datasettable.cpp" line="138"/>
        <source>a line not in UTF-8, read as Windows-1252: %1</source>
        <translation>рядок не в UTF-8, прочитано як Windows-1252: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/datasettable.cpp" line="139"/>
        <source>%n lines not in UTF-8, read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n рядок не в UTF-8, прочитано як Windows-1252: %1</numerusform>
            <numerusform>%n рядки не в UTF-8, прочитано як Windows-1252: %1</numerusform>
            <numerusform>%n рядків не в UTF-8, прочитано як Windows-1252: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DateColumn</name>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="201"/>
        <source>“%1” is not a date: expected one such as 2014-09-05, 05/09/2014, 5 Sep 2014 or September 5, 2014, or nothing for “undated”.</source>
        <translation>«%1» не є датою: очікується, наприклад, 2014-09-05, 05/09/2014, 5 Sep 2014 або September 5, 2014, чи порожнє значення для «без дати».</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="208"/>
        <source>with the day first (DD/MM/YYYY)</source>
        <translation>з днем на початку (ДД/ММ/РРРР)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="209"/>
        <source>with the month first (MM/DD/YYYY)</source>
        <translation>з місяцем на початку (ММ/ДД/РРРР)</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="218"/>
        <source>“%1” is not a date: with AM or PM, the hour is from 1 to 12.</source>
        <translation>«%1» не є датою: якщо вказано AM або PM, година має бути від 1 до 12.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="237"/>
        <source>“%1” is not a date: %2.</source>
        <translation>«%1» не є датою: %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="238"/>
        <source>“%1”, read %2, is not a date: %3.</source>
        <translation>«%1», прочитане %2, не є датою: %3.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="249"/>
        <source>“%1” may have the day or the month first: say which order the column&apos;s dates are written in.</source>
        <translation>У «%1» першим може бути і день, і місяць: укажіть, у якому порядку записано дати цього стовпця.</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="319"/>
        <source>Some dates have the day first (%1) and others the month first (%2).</source>
        <translation>Одні дати мають на початку день (%1), інші — місяць (%2).</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumn.cpp" line="338"/>
        <source>“%1” has a two-digit year: Entente reads years written with four digits, such as 05/09/2014.</source>
        <translation>У «%1» рік записано двома цифрами: Entente читає роки, записані чотирма цифрами, як-от 05/09/2014.</translation>
    </message>
</context>
<context>
    <name>entente::DateColumnReader</name>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="17"/>
        <source>the row has no date</source>
        <translation>у рядку немає дати</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="52"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the day first, as this format writes them</source>
        <translation>жодна дата в стовпці не показує, що стоїть першим — день чи місяць («%1»); їх прочитано з днем на початку, як їх записує цей формат</translation>
    </message>
    <message>
        <location filename="../../core/io/datecolumnreader.cpp" line="55"/>
        <source>no date in the column shows whether the day or the month comes first (“%1”); they were read with the month first, as this format writes them</source>
        <translation>жодна дата в стовпці не показує, що стоїть першим — день чи місяць («%1»); їх прочитано з місяцем на початку, як їх записує цей формат</translation>
    </message>
</context>
<context>
    <name>entente::DeviceWriter</name>
    <message>
        <location filename="../../core/io/devicewriter.cpp" line="52"/>
        <source>cannot write: %1</source>
        <translation>не вдається записати: %1</translation>
    </message>
</context>
<context>
    <name>entente::DocumentController</name>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="53"/>
        <source>Read-only: this file is on a disk that cannot be written to. You can look, but not change it.</source>
        <translation>Лише для читання: цей файл розміщено на диску, недоступному для запису. Його можна переглядати, але не змінювати.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="58"/>
        <source>Read-only: you do not have permission to change this file. You can look, but not change it.</source>
        <translation>Лише для читання: у вас немає дозволу змінювати цей файл. Його можна переглядати, але не змінювати.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="62"/>
        <source>Opened read-only: editing is off.</source>
        <translation>Відкрито лише для читання: редагування вимкнено.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="110"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Створити хронологію…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="112"/>
        <source>&amp;Open Timeline…</source>
        <translation>&amp;Відкрити хронологію…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="120"/>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="121"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="122"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="151"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистити меню</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="176"/>
        <source>Could not open %1: there is no such file.</source>
        <translation>Не вдалося відкрити %1: такого файлу немає.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="192"/>
        <source>Could not open the timeline: %1</source>
        <translation>Не вдалося відкрити хронологію: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="202"/>
        <source>%1 is the timeline open in this window; choose another name for a new one.</source>
        <translation>%1 — це хронологія, відкрита в цьому вікні; виберіть для нової іншу назву.</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="216"/>
        <source>Could not create the timeline: %1</source>
        <translation>Не вдалося створити хронологію: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="238"/>
        <source>Could not save the timeline as %1: %2</source>
        <translation>Не вдалося зберегти хронологію як %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="273"/>
        <source>%1 is in an older timeline format (%2). Before it is changed, Entente upgrades it to format %3, and older versions of Entente will not open it afterwards.

A copy of the original is kept as %4 until the upgrade has succeeded.

Upgrade it now?</source>
        <translation>%1 має старіший формат хронології (%2). Перед внесенням змін Entente оновить його до формату %3, і після цього старіші версії Entente не зможуть його відкрити.

Копію оригіналу буде збережено як %4, доки оновлення не завершиться успішно.

Оновити зараз?</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="280"/>
        <source>Upgrade Timeline</source>
        <translation>Оновлення хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="312"/>
        <source>New Timeline</source>
        <translation>Нова хронологія</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="319"/>
        <source>Open Timeline</source>
        <translation>Відкрити хронологію</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="329"/>
        <source>Save Timeline As</source>
        <translation>Зберегти хронологію як</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="338"/>
        <source>Entente timelines (*.entente);;All files (*)</source>
        <translation>Хронології Entente (*.entente);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/documentcontroller.cpp" line="394"/>
        <source>%1 is in an older timeline format (%2); Entente upgrades it the first time you change it.</source>
        <translation>%1 має старіший формат хронології (%2); Entente оновить його, коли ви вперше внесете зміни.</translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <location filename="../../app/window/editactions.cpp" line="24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="26"/>
        <source>&amp;Redo</source>
        <translation>Повт&amp;орити</translation>
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
        <translation>Історія дій</translation>
    </message>
    <message>
        <location filename="../../app/window/editactions.cpp" line="41"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
</context>
<context>
    <name>entente::EditRowCommand</name>
    <message>
        <location filename="../../app/commands/editrowcommand.h" line="18"/>
        <source>Edit %1 “%2”</source>
        <translation>Редагувати %1 «%2»</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonReader</name>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="27"/>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="29"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="31"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="33"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="35"/>
        <source>an object</source>
        <translation>об&apos;єкт</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="37"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="141"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: недійсний JSON: %4</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="148"/>
        <source>%1:1: not an Entente timeline (expected an object with &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>%1:1: це не хронологія Entente (очікувався об&apos;єкт із &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="159"/>
        <source>not an Entente timeline (expected &quot;format&quot;: &quot;entente-timeline&quot;)</source>
        <translation>це не хронологія Entente (очікувалося &quot;format&quot;: &quot;entente-timeline&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="165"/>
        <source>expected a version number, not %1</source>
        <translation>очікувався номер версії, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="169"/>
        <source>this timeline is of version %1, written by a newer Entente; this one reads versions 1 to %2</source>
        <translation>ця хронологія має версію %1, її записала новіша версія Entente; ця програма читає версії від 1 до %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="217"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="258"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="294"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="424"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="545"/>
        <source>“%1” is used twice</source>
        <translation>«%1» використано двічі</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="226"/>
        <source>“%1” is not one of state, organisation, person, group</source>
        <translation>«%1» не є жодним зі значень state, organisation, person, group</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="246"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="333"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="443"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="662"/>
        <source>no actor has the key “%1”</source>
        <translation>жоден учасник не має ключа «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="310"/>
        <source>expected &quot;point&quot; or &quot;period&quot;, not “%1”</source>
        <translation>очікувалося &quot;point&quot; або &quot;period&quot;, а не «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="337"/>
        <source>a role is text, not %1</source>
        <translation>роль — це текст, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="359"/>
        <source>no source has the key “%1”</source>
        <translation>жодне джерело не має ключа «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="364"/>
        <source>expected a source key, not %1</source>
        <translation>очікувався ключ джерела, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="369"/>
        <source>no document has the key “%1”</source>
        <translation>жоден документ не має ключа «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="384"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="583"/>
        <location filename="../../core/io/ententejsonreader.cpp" line="680"/>
        <source>expected an object, not %1</source>
        <translation>очікувався об&apos;єкт, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="390"/>
        <source>“%1” is %2, not text</source>
        <translation>«%1» — це %2, а не текст</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="406"/>
        <source>“%1” is not a relation type</source>
        <translation>«%1» не є типом зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="464"/>
        <source>no event has the uid or index “%1”</source>
        <translation>жодна подія не має uid або індексу «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="484"/>
        <source>“%1” is not one of %2</source>
        <translation>«%1» не є жодним зі значень: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="591"/>
        <source>a number of days is 0 or more</source>
        <translation>кількість днів має бути 0 або більше</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="642"/>
        <source>no provision has the uid or index “%1”</source>
        <translation>жодне положення не має uid або індексу «%1»</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="691"/>
        <source>expected text, not %1</source>
        <translation>очікувався текст, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="700"/>
        <source>is missing</source>
        <translation>відсутнє</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="709"/>
        <source>expected true or false, not %1</source>
        <translation>очікувалося true або false, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="721"/>
        <source>expected a whole number, not %1</source>
        <translation>очікувалося ціле число, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="730"/>
        <source>expected a list, not %1</source>
        <translation>очікувався список, а не %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="740"/>
        <source>expected a list of text, with %1 in it</source>
        <translation>очікувався список текстових значень, а в ньому є %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="756"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="774"/>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="775"/>
        <source>relation type</source>
        <translation>тип зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="776"/>
        <source>era</source>
        <translation>період</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="777"/>
        <source>actor</source>
        <translation>учасник</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="778"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="779"/>
        <source>event</source>
        <translation>подія</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="780"/>
        <source>relation</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="781"/>
        <source>saved view</source>
        <translation>збережений вигляд</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="782"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="783"/>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="784"/>
        <source>agreement</source>
        <translation>угода</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="785"/>
        <source>provision</source>
        <translation>положення</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="786"/>
        <source>provision link</source>
        <translation>прив&apos;язка до положення</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="787"/>
        <source>assessment</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <location filename="../../core/io/ententejsonreader.cpp" line="798"/>
        <source>field “%1”</source>
        <translation>поле «%1»</translation>
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
        <translation>Новий період</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="34"/>
        <source>Edit Era</source>
        <translation>Редагування періоду</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="35"/>
        <source>2014, Sep 2014 or 5 Sep 2014</source>
        <translation>2014, Sep 2014 або 5 Sep 2014</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="52"/>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="53"/>
        <source>&amp;End:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <location filename="../../app/window/eradialog.cpp" line="54"/>
        <source>&amp;Colour:</source>
        <translation>Ко&amp;лір:</translation>
    </message>
</context>
<context>
    <name>entente::EraManager</name>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="16"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="18"/>
        <source>Eras</source>
        <translation>Періоди</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../app/window/eramanager.cpp" line="35"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
</context>
<context>
    <name>entente::ErrorGuard</name>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="33"/>
        <source>Entente ran out of memory; the last action was not completed.</source>
        <translation>Entente не вистачило пам&apos;яті; останню дію не виконано.</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="35"/>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
    <message>
        <location filename="../../core/model/errorguard.cpp" line="37"/>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Неочікувана помилка невідомого типу.</translation>
    </message>
</context>
<context>
    <name>entente::Event</name>
    <message>
        <location filename="../../core/model/event.cpp" line="39"/>
        <source>ongoing</source>
        <translation>триває</translation>
    </message>
    <message>
        <location filename="../../core/model/event.cpp" line="41"/>
        <source>unknown start – %1</source>
        <translation>початок невідомий – %1</translation>
    </message>
</context>
<context>
    <name>entente::EventClipboard</name>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="24"/>
        <source>clipboard</source>
        <translation>буфер обміну</translation>
    </message>
    <message>
        <location filename="../../core/io/eventclipboard.cpp" line="28"/>
        <source>The clipboard does not hold Entente events: %1</source>
        <translation>Буфер обміну не містить подій Entente: %1</translation>
    </message>
</context>
<context>
    <name>entente::EventCriteria</name>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="195"/>
        <source>Search: %1</source>
        <translation>Пошук: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actor: %1</source>
        <translation>Учасник: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="201"/>
        <source>Actors: %1</source>
        <translation>Учасники: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="204"/>
        <source>uncategorized</source>
        <translation>без категорії</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Category: %1</source>
        <translation>Категорія: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="206"/>
        <source>Categories: %1</source>
        <translation>Категорії: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tag: %1</source>
        <translation>Мітка: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="207"/>
        <source>Tags: %1</source>
        <translation>Мітки: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="209"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="211"/>
        <source>From %1</source>
        <translation>Від %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="213"/>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="216"/>
        <source>Importance %1 or more</source>
        <translation>Важливість від %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="218"/>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="220"/>
        <source>Has relations</source>
        <translation>Має зв&apos;язки</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="223"/>
        <source>Approximate dates only</source>
        <translation>Лише приблизні дати</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="254"/>
        <source>expected text</source>
        <translation>очікувався текст</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="263"/>
        <source>expected true or false</source>
        <translation>очікувалося true або false</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="275"/>
        <source>expected a whole number</source>
        <translation>очікувалося ціле число</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="286"/>
        <source>expected a list of text</source>
        <translation>очікувався список текстових значень</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="299"/>
        <source>expected a list of actor ids (whole numbers)</source>
        <translation>очікувався список ідентифікаторів учасників (цілих чисел)</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="315"/>
        <source>expected a date and time such as 2015-02-12T00:00:00Z, not “%1”</source>
        <translation>очікувалися дата й час на зразок 2015-02-12T00:00:00Z, а не «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="337"/>
        <source>expected a list</source>
        <translation>очікувався список</translation>
    </message>
    <message>
        <location filename="../../core/store/eventcriteria.cpp" line="345"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>entente::EventDetails</name>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="32"/>
        <source>no date given by the sources</source>
        <translation>джерела не вказують дати</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="37"/>
        <source>known to the year</source>
        <translation>з точністю до року</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="40"/>
        <source>known to the month</source>
        <translation>з точністю до місяця</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="43"/>
        <source>known to the day</source>
        <translation>з точністю до дня</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="46"/>
        <source>known to the minute</source>
        <translation>з точністю до хвилини</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="49"/>
        <source>%1, approximate</source>
        <translation>%1, приблизно</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="69"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="92"/>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="94"/>
        <source>Edit this event here (F2 edits it in a window)</source>
        <translation>Редагувати цю подію тут (F2 — в окремому вікні)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="215"/>
        <source>Select an event on the timeline or in the list to read its details.</source>
        <translation>Виберіть подію на хронології або в списку, щоб переглянути подробиці.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="219"/>
        <source>Start: %1</source>
        <translation>Початок: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: ongoing</source>
        <translation>Кінець: триває</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="223"/>
        <source>End: %1</source>
        <translation>Кінець: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="231"/>
        <source>Category: %1</source>
        <translation>Категорія: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="234"/>
        <source>Location: %1</source>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="236"/>
        <source>Importance: %1 of 5</source>
        <translation>Важливість: %1 з 5</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="278"/>
        <source>(removed actor)</source>
        <translation>(видалений учасник)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="285"/>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="290"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../app/window/eventdetails.cpp" line="292"/>
        <source>No source cited.</source>
        <translation>Джерело не вказано.</translation>
    </message>
</context>
<context>
    <name>entente::EventDrag</name>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="65"/>
        <source>ends %1 → %2</source>
        <translation>кінець: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="68"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="73"/>
        <source>Move “%1”</source>
        <translation>Перемістити «%1»</translation>
    </message>
    <message>
        <location filename="../../app/timeline/eventdrag.cpp" line="74"/>
        <source>Resize “%1”</source>
        <translation>Змінити тривалість «%1»</translation>
    </message>
</context>
<context>
    <name>entente::EventEditing</name>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="20"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Нова подія…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="21"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Редагувати подію…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="23"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="24"/>
        <source>Add an event to the timeline</source>
        <translation>Додати подію до хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="25"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="26"/>
        <source>Edit the selected event (also Enter or a double click in the Events list)</source>
        <translation>Редагувати вибрану подію (також Enter або подвійне клацання в списку «Події»)</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="118"/>
        <source>This file is read-only: it was opened for viewing, so it cannot be edited.</source>
        <translation>Цей файл доступний лише для читання: його відкрито для перегляду, тому редагувати його не можна.</translation>
    </message>
    <message>
        <location filename="../../app/window/eventediting.cpp" line="119"/>
        <source>This file is read-only: it is write-protected or on a medium that cannot be written, so it cannot be edited.</source>
        <translation>Цей файл доступний лише для читання: він захищений від запису або розміщений на носії, недоступному для запису, тому редагувати його не можна.</translation>
    </message>
</context>
<context>
    <name>entente::EventEditor</name>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="30"/>
        <source>Still going on</source>
        <translation>Триває досі</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="39"/>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="40"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="41"/>
        <source>Relations to other events</source>
        <translation>Зв&apos;язки з іншими подіями</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="76"/>
        <source>What happened, in a few words</source>
        <translation>Що сталося, кількома словами</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="79"/>
        <source>A moment</source>
        <translation>Момент</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="80"/>
        <source>A period</source>
        <translation>Проміжок часу</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="83"/>
        <source>Pick one, or type a new name</source>
        <translation>Виберіть зі списку або введіть нову назву</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="85"/>
        <source>1: minor, 5: major; bigger markers on the timeline</source>
        <translation>1 — незначна, 5 — дуже важлива; більші позначки на хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="86"/>
        <source>Separated by commas</source>
        <translation>Через кому</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="91"/>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="92"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="94"/>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="95"/>
        <source>&amp;End:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="97"/>
        <source>&amp;Category:</source>
        <translation>Кат&amp;егорія:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="98"/>
        <source>&amp;Importance:</source>
        <translation>&amp;Важливість:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="99"/>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditor.cpp" line="100"/>
        <source>T&amp;ags:</source>
        <translation>М&amp;ітки:</translation>
    </message>
</context>
<context>
    <name>entente::EventEditorDialog</name>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="60"/>
        <source>New Event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <location filename="../../app/window/eventeditordialog.cpp" line="61"/>
        <source>Edit “%1”</source>
        <translation>Редагування «%1»</translation>
    </message>
</context>
<context>
    <name>entente::EventListDock</name>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="15"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="57"/>
        <source>Could not list the events: %1</source>
        <translation>Не вдалося вивести список подій: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="77"/>
        <source>listing them…</source>
        <translation>складання списку…</translation>
    </message>
    <message>
        <location filename="../../app/window/eventlistdock.cpp" line="80"/>
        <source>%1 listed</source>
        <translation>у списку: %1</translation>
    </message>
</context>
<context>
    <name>entente::EventListModel</name>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="432"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="434"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="436"/>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../core/models/eventlistmodel.cpp" line="438"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
</context>
<context>
    <name>entente::EventStore</name>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="97"/>
        <source>event “%1”</source>
        <translation>подія «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="102"/>
        <source>actor “%1”</source>
        <translation>учасник «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="107"/>
        <source>source “%1”</source>
        <translation>джерело «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="112"/>
        <source>relation</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="117"/>
        <source>era “%1”</source>
        <translation>період «%1»</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="135"/>
        <source>%1, %2 Nothing was changed.</source>
        <translation>%1, %2 Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="268"/>
        <source>%1 is in an older timeline format (%2) and is upgraded before it is changed; nothing was changed</source>
        <translation>%1 має старіший формат хронології (%2), і перед внесенням змін його слід оновити; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="272"/>
        <source>%1 is open read-only; nothing was changed</source>
        <translation>%1 відкрито лише для читання; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="513"/>
        <source>event %1 does not exist; nothing was changed</source>
        <translation>події %1 не існує; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="994"/>
        <source>relation: there is no event %1 in this timeline. Nothing was changed.</source>
        <translation>зв&apos;язок: у цій хронології немає події %1. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1004"/>
        <source>relation: there is no relation type “%1” in this timeline. Nothing was changed.</source>
        <translation>зв&apos;язок: у цій хронології немає типу зв&apos;язку «%1». Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1105"/>
        <source>A saved view needs a name. Nothing was changed.</source>
        <translation>Збережений вигляд повинен мати назву. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1111"/>
        <source>A saved view is named “%1” already. Nothing was changed.</source>
        <translation>Збережений вигляд із назвою «%1» уже існує. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../core/store/eventstore.cpp" line="1115"/>
        <source>Saved view “%1”: “%2” is not a lane mode (actor, category or packed). Nothing was changed.</source>
        <translation>Збережений вигляд «%1»: «%2» не є режимом смуг (actor, category або packed). Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>entente::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="32"/>
        <source>What the view shows</source>
        <translation>Те, що зараз видно</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="33"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="38"/>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Export Image</source>
        <translation>Експорт зображення</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="39"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="43"/>
        <source>timeline.png, .svg or .pdf</source>
        <translation>timeline.png, .svg або .pdf</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="50"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="56"/>
        <source> px</source>
        <translation> пікс.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>Light</source>
        <translation>Світлі</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="67"/>
        <source>Dark</source>
        <translation>Темні</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="75"/>
        <source>Time:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="77"/>
        <source>Size:</source>
        <translation>Розмір:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source>Colours:</source>
        <translation>Кольори:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="100"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="116"/>
        <source>Choose a file to write.</source>
        <translation>Виберіть файл для запису.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="118"/>
        <source>“%1” is not a format Entente writes: use .png, .svg or .pdf.</source>
        <translation>Entente не записує у формат «%1»: використайте .png, .svg або .pdf.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="125"/>
        <source>From: %1</source>
        <translation>Від: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="127"/>
        <source>To: %1</source>
        <translation>До: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>The range ends (%1) before it begins (%2).</source>
        <translation>Проміжок закінчується (%1) раніше, ніж починається (%2).</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>A PDF takes the width of its pages, and as many pages as its lanes need.</source>
        <translation>PDF має ширину своїх сторінок і стільки сторінок, скільки потрібно для всіх смуг.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="139"/>
        <source>The image is this wide, and at least this high: it grows to hold every lane.</source>
        <translation>Зображення має таку ширину й щонайменше таку висоту: висота зростає, щоб умістити всі смуги.</translation>
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
        <translation>Не вдалося оновити %1: %2 Файл залишився без змін, а його копію збережено як %3.</translation>
    </message>
    <message>
        <location filename="../../core/store/fileupgrade.cpp" line="63"/>
        <source>Could not upgrade %1: a copy of it could not be kept as %2 first; it was not changed.</source>
        <translation>Не вдалося оновити %1: спершу не вдалося зберегти його копію як %2; файл не змінено.</translation>
    </message>
</context>
<context>
    <name>entente::FilterChip</name>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="17"/>
        <source>%1 (Delete removes this filter)</source>
        <translation>%1 (клавіша Delete вилучає цей фільтр)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="23"/>
        <source>Remove this filter</source>
        <translation>Вилучити цей фільтр</translation>
    </message>
    <message>
        <location filename="../../app/window/filterchip.cpp" line="24"/>
        <source>Remove filter %1</source>
        <translation>Вилучити фільтр %1</translation>
    </message>
</context>
<context>
    <name>entente::FilterControls</name>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="21"/>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="30"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../app/window/filtercontrols.cpp" line="48"/>
        <source>Saved &amp;Views</source>
        <translation>Збережені &amp;вигляди</translation>
    </message>
</context>
<context>
    <name>entente::FilterPanel</name>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="77"/>
        <source>(uncategorized)</source>
        <translation>(без категорії)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="97"/>
        <source>Has &amp;relations</source>
        <translation>Має &amp;зв&apos;язки</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="98"/>
        <source>Appro&amp;ximate dates only</source>
        <translation>Лише &amp;приблизні дати</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="99"/>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Скинути всі фільтри</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="103"/>
        <source>Shows the events of any of the ticked categories</source>
        <translation>Показує події будь-якої з позначених категорій</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="105"/>
        <source>Shows the events that have any of the ticked tags</source>
        <translation>Показує події, що мають будь-яку з позначених міток</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="107"/>
        <source>Shows the events with a source from any of the ticked outlets</source>
        <translation>Показує події з джерелом від будь-якого з позначених видань</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="109"/>
        <source>Shows every event again (the search stays)</source>
        <translation>Знову показує всі події (пошук лишається)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="116"/>
        <source>&amp;Actors</source>
        <translation>&amp;Учасники</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="118"/>
        <source>&amp;Categories</source>
        <translation>&amp;Категорії</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="120"/>
        <source>&amp;Tags</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="122"/>
        <source>Date&amp;s</source>
        <translation>&amp;Дати</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="124"/>
        <source>Source &amp;outlets</source>
        <translation>В&amp;идання джерел</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="182"/>
        <source>Clear the date</source>
        <translation>Очистити дату</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="202"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="203"/>
        <source>Shows the events that end on or after this date</source>
        <translation>Показує події, що закінчуються цього дня або пізніше</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="204"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="205"/>
        <source>Shows the events that begin on or before this date</source>
        <translation>Показує події, що починаються цього дня або раніше</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Будь-яка</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="210"/>
        <source> or more</source>
        <translation> і більше</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="212"/>
        <source>Shows the events at least this important, from 1 (any) to 5 (the most important)</source>
        <translation>Показує події щонайменше такої важливості: від 1 (будь-яка) до 5 (найважливіші)</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="216"/>
        <source>&amp;Importance</source>
        <translation>&amp;Важливість</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="227"/>
        <source>Shows only the events at either end of a relation</source>
        <translation>Показує лише події, що стоять на одному з кінців зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../app/window/filterpanel.cpp" line="229"/>
        <source>Shows only the events whose start or end is known to no more than a month or a year, or marked approximate (“c.”)</source>
        <translation>Показує лише події, початок або кінець яких відомий з точністю лише до місяця чи року або позначений як приблизний («бл.»)</translation>
    </message>
</context>
<context>
    <name>entente::FoldTokenizer</name>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="278"/>
        <source>%1: the SQLite library this program uses has no full-text search (FTS5), which a timeline needs. Build the program with an SQLite that has it: with vcpkg, install &quot;sqlite3[fts5]&quot;; the system SQLite of Debian and Ubuntu and Homebrew&apos;s sqlite have it.</source>
        <translation>%1: бібліотека SQLite, яку використовує ця програма, не підтримує повнотекстового пошуку (FTS5), а він потрібен для хронології. Зберіть програму з SQLite, що підтримує FTS5: у vcpkg установіть &quot;sqlite3[fts5]&quot;; системна SQLite у Debian і Ubuntu та sqlite з Homebrew його підтримують.</translation>
    </message>
    <message>
        <location filename="../../core/db/foldtokenizer.cpp" line="288"/>
        <source>%1: cannot register the search tokenizer: %2</source>
        <translation>%1: не вдалося зареєструвати токенізатор пошуку: %2</translation>
    </message>
</context>
<context>
    <name>entente::GoToDatePrompt</name>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="15"/>
        <location filename="../../app/window/gotodateprompt.cpp" line="28"/>
        <source>Go to Date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <location filename="../../app/window/gotodateprompt.cpp" line="16"/>
        <source>A date, such as 2022, Feb 2022, 14 Feb 2022 or 2022-02-14:</source>
        <translation>Дата, наприклад 2022, Feb 2022, 14 Feb 2022 або 2022-02-14:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarExport</name>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="162"/>
        <source>Actors: %1</source>
        <translation>Учасники: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarexport.cpp" line="174"/>
        <source>Sources:</source>
        <translation>Джерела:</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarLine</name>
    <message>
        <location filename="../../core/io/icalendarline.cpp" line="99"/>
        <source>%1:%2: “%3” is not an iCalendar line (NAME:value)</source>
        <translation>%1:%2: «%3» не є рядком iCalendar (NAME:value)</translation>
    </message>
</context>
<context>
    <name>entente::ICalendarReader</name>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="114"/>
        <source>not an iCalendar file: it does not begin with BEGIN:VCALENDAR</source>
        <translation>це не файл iCalendar: він не починається з BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="135"/>
        <source>BEGIN:%1 is never closed by END:%1</source>
        <translation>BEGIN:%1 так і не закрито рядком END:%1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="143"/>
        <source>BEGIN:%1 outside of a VCALENDAR</source>
        <translation>BEGIN:%1 поза VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="155"/>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 без BEGIN:%1</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="156"/>
        <source>END:%1 where END:%2 (of line %3) was expected</source>
        <translation>END:%1 там, де очікувався END:%2 (до рядка %3)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="189"/>
        <source>the event repeats; only its first occurrence is imported (recurrences are not expanded)</source>
        <translation>подія повторюється; імпортовано лише перший її випадок (повторення не розгортаються)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="205"/>
        <source>the event has no DTSTART</source>
        <translation>подія не має DTSTART</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="238"/>
        <source>“%1” is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)</source>
        <translation>«%1» не є датою (YYYYMMDD) чи датою з часом (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="261"/>
        <source>“%1” is not a duration (such as P1D or PT1H30M)</source>
        <translation>«%1» не є тривалістю (як-от P1D чи PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="310"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>«%1» не є вебадресою; її пропущено</translation>
    </message>
    <message>
        <location filename="../../core/io/icalendarreader.cpp" line="327"/>
        <source>lines read as Windows-1252, not being UTF-8: %1</source>
        <translation>рядки, прочитані як Windows-1252, бо вони не в UTF-8: %1</translation>
    </message>
</context>
<context>
    <name>entente::ImplementationLevel</name>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="35"/>
        <source>Not initiated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Не розпочато</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="38"/>
        <source>Minimal</source>
        <comment>how far a provision is implemented</comment>
        <translation>Мінімальний</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="41"/>
        <source>Intermediate</source>
        <comment>how far a provision is implemented</comment>
        <translation>Середній</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="44"/>
        <source>Full</source>
        <comment>how far a provision is implemented</comment>
        <translation>Повний</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="47"/>
        <source>Violated</source>
        <comment>how far a provision is implemented</comment>
        <translation>Порушено</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="50"/>
        <source>Lapsed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../core/model/implementationlevel.cpp" line="53"/>
        <source>Not assessed</source>
        <comment>how far a provision is implemented</comment>
        <translation>Не оцінено</translation>
    </message>
</context>
<context>
    <name>entente::ImportCommand</name>
    <message numerus="yes">
        <location filename="../../app/commands/importcommand.cpp" line="20"/>
        <source>Import %1 (%n events)</source>
        <translation>
            <numerusform>Імпортувати %1 (%n подія)</numerusform>
            <numerusform>Імпортувати %1 (%n події)</numerusform>
            <numerusform>Імпортувати %1 (%n подій)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportController</name>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="60"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не вдалося прочитати файл: %2</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="72"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="73"/>
        <source>Add the events of a dataset or timeline file to this timeline</source>
        <translation>Додати до цієї хронології події з набору даних або файлу хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="95"/>
        <source>All supported (*.csv *.tsv *.txt *.json *.timeline *.ics)</source>
        <translation>Усі підтримувані (*.csv *.tsv *.txt *.json *.timeline *.ics)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="99"/>
        <source>CSV of any columns, mapped by hand (*.csv *.tsv *.txt)</source>
        <translation>CSV з будь-якими стовпцями, зіставленими вручну (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="104"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="139"/>
        <location filename="../../app/window/importcontroller.cpp" line="364"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="151"/>
        <source>This timeline is read-only: nothing can be imported into it.</source>
        <translation>Ця хронологія доступна лише для читання: до неї нічого не можна імпортувати.</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="170"/>
        <source>Import failed</source>
        <translation>Помилка імпорту</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="203"/>
        <location filename="../../app/window/importcontroller.cpp" line="257"/>
        <location filename="../../app/window/importcontroller.cpp" line="281"/>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="342"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="365"/>
        <source>%n events of the file are already in the timeline.</source>
        <translation>
            <numerusform>%n подія з файлу вже є в хронології.</numerusform>
            <numerusform>%n події з файлу вже є в хронології.</numerusform>
            <numerusform>%n подій з файлу вже є в хронології.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="367"/>
        <source>Skip them, or update them with what the file says?</source>
        <translation>Пропустити їх чи оновити за даними файлу?</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="368"/>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустити</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="369"/>
        <source>&amp;Update</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../app/window/importcontroller.cpp" line="386"/>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importcontroller.cpp" line="405"/>
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Імпортовано %n подію з %1</numerusform>
            <numerusform>Імпортовано %n події з %1</numerusform>
            <numerusform>Імпортовано %n подій з %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportFormats</name>
    <message>
        <location filename="../../core/io/importformats.cpp" line="30"/>
        <source>Entente JSON</source>
        <translation>Entente JSON</translation>
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
        <translation>Entente не може визначити формат файлу; виберіть один із таких: %1.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="204"/>
        <source>%1: Entente cannot tell which format this file is in; choose one of %2.</source>
        <translation>%1: Entente не може визначити формат цього файлу; виберіть один із таких: %2.</translation>
    </message>
    <message>
        <location filename="../../core/io/importformats.cpp" line="208"/>
        <source>Importing %1 files is not supported yet.</source>
        <translation>Імпорт файлів %1 поки що не підтримується.</translation>
    </message>
</context>
<context>
    <name>entente::ImportProblemsDialog</name>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="34"/>
        <source>Import Problems</source>
        <translation>Проблеми з імпортом</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="38"/>
        <source>%n rows cannot be imported.</source>
        <translation>
            <numerusform>%n рядок не можна імпортувати.</numerusform>
            <numerusform>%n рядки не можна імпортувати.</numerusform>
            <numerusform>%n рядків не можна імпортувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="39"/>
        <source>The other %n events can be.</source>
        <translation>
            <numerusform>Іншу %n подію можна імпортувати.</numerusform>
            <numerusform>Інші %n події можна імпортувати.</numerusform>
            <numerusform>Інші %n подій можна імпортувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/importproblemsdialog.cpp" line="40"/>
        <source>The file can be imported (%n events), but note:</source>
        <translation>
            <numerusform>Файл можна імпортувати (%n подія), але зверніть увагу:</numerusform>
            <numerusform>Файл можна імпортувати (%n події), але зверніть увагу:</numerusform>
            <numerusform>Файл можна імпортувати (%n подій), але зверніть увагу:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="42"/>
        <source>The first %1 are listed; Save writes them all.</source>
        <translation>Показано перші %1; кнопка «Зберегти» записує всі.</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="48"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="73"/>
        <source>warning: </source>
        <translation>попередження: </translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Skip These Rows</source>
        <translation>&amp;Пропустити ці рядки</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="56"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="58"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Скасувати імпорт</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="59"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="61"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="86"/>
        <location filename="../../app/window/importproblemsdialog.cpp" line="94"/>
        <source>Save Import Problems</source>
        <translation>Зберегти проблеми з імпортом</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="87"/>
        <source>Text files (*.txt)</source>
        <translation>Текстові файли (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/window/importproblemsdialog.cpp" line="95"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не вдалося записати файл: %2</translation>
    </message>
</context>
<context>
    <name>entente::ImportRun</name>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="47"/>
        <location filename="../../app/cli/importrun.cpp" line="161"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не вдалося прочитати файл: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="66"/>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="90"/>
        <source>Rows with problems: nothing was imported.</source>
        <translation>Є рядки з проблемами: нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="111"/>
        <source>a row with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>рядок із проблемами; нічого не імпортовано (--skip-bad-rows імпортує решту рядків)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="113"/>
        <source>%n rows with problems; nothing was imported (--skip-bad-rows imports the other rows)</source>
        <translation>
            <numerusform>%n рядок із проблемами; нічого не імпортовано (--skip-bad-rows імпортує решту рядків)</numerusform>
            <numerusform>%n рядки з проблемами; нічого не імпортовано (--skip-bad-rows імпортує решту рядків)</numerusform>
            <numerusform>%n рядків із проблемами; нічого не імпортовано (--skip-bad-rows імпортує решту рядків)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/importrun.cpp" line="120"/>
        <source>Imported %n events (%1 updated, %2 skipped) from %3</source>
        <translation>
            <numerusform>Імпортовано %n подію (оновлено: %1, пропущено: %2) з %3</numerusform>
            <numerusform>Імпортовано %n події (оновлено: %1, пропущено: %2) з %3</numerusform>
            <numerusform>Імпортовано %n подій (оновлено: %1, пропущено: %2) з %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="143"/>
        <source>--map: %1 is a %2 file, whose columns Entente knows</source>
        <translation>--map: %1 — це файл %2, стовпці якого Entente знає</translation>
    </message>
    <message>
        <location filename="../../app/cli/importrun.cpp" line="184"/>
        <source>warning: %1</source>
        <translation>попередження: %1</translation>
    </message>
</context>
<context>
    <name>entente::IntegrityCheck</name>
    <message numerus="yes">
        <location filename="../../core/db/integritycheck.cpp" line="39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/db/integritycheck.cpp" line="41"/>
        <source>%1 is damaged (%2); it was not changed</source>
        <translation>%1 пошкоджено (%2); його не змінено</translation>
    </message>
</context>
<context>
    <name>entente::LaneHeaders</name>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Unfold %1</source>
        <translation>&amp;Розгорнути %1</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="114"/>
        <source>&amp;Fold %1</source>
        <translation>&amp;Згорнути %1</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="119"/>
        <source>Move &amp;Up</source>
        <translation>Перемістити &amp;вгору</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="122"/>
        <source>Move &amp;Down</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="126"/>
        <source>&amp;Hide %1</source>
        <translation>&amp;Сховати %1</translation>
    </message>
    <message>
        <location filename="../../app/timeline/laneheaders.cpp" line="130"/>
        <source>&amp;Show All Lanes</source>
        <translation>&amp;Показати всі смуги</translation>
    </message>
</context>
<context>
    <name>entente::LaneModel</name>
    <message>
        <location filename="../../app/timeline/timelinecolours.cpp" line="226"/>
        <location filename="../../core/timeline/lanearrangements.cpp" line="135"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="79"/>
        <source>Uncategorized</source>
        <translation>Без категорії</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanearrangements.cpp" line="141"/>
        <location filename="../../core/timeline/lanemodel.cpp" line="66"/>
        <source>No actor</source>
        <translation>Без учасника</translation>
    </message>
    <message>
        <location filename="../../core/timeline/lanemodel.cpp" line="92"/>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
</context>
<context>
    <name>entente::LanguageMenu</name>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="13"/>
        <source>Lang&amp;uage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="26"/>
        <source>Same as the &amp;System (%1)</source>
        <translation>Як у &amp;системі (%1)</translation>
    </message>
    <message>
        <location filename="../../app/window/languagemenu.cpp" line="46"/>
        <source>Entente will use %1 from its next start.</source>
        <translation>Мова Entente зміниться на «%1» після наступного запуску.</translation>
    </message>
</context>
<context>
    <name>entente::LevelColours</name>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="47"/>
        <source>%n full</source>
        <translation>
            <numerusform>%n повне</numerusform>
            <numerusform>%n повні</numerusform>
            <numerusform>%n повних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="49"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n часткове</numerusform>
            <numerusform>%n часткові</numerusform>
            <numerusform>%n часткових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="51"/>
        <source>%n none</source>
        <translation>
            <numerusform>%n без виконання</numerusform>
            <numerusform>%n без виконання</numerusform>
            <numerusform>%n без виконання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="53"/>
        <source>%n violated</source>
        <translation>
            <numerusform>%n порушене</numerusform>
            <numerusform>%n порушені</numerusform>
            <numerusform>%n порушених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="55"/>
        <source>%n lapsed</source>
        <translation>
            <numerusform>%n прострочене</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/levelcolours.cpp" line="57"/>
        <source>%n not assessed</source>
        <translation>
            <numerusform>%n неоцінене</numerusform>
            <numerusform>%n неоцінені</numerusform>
            <numerusform>%n неоцінених</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LinkOpener</name>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="18"/>
        <location filename="../../app/window/linkopener.cpp" line="26"/>
        <source>Open Link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="19"/>
        <source>Entente opens only web (http, https) and e-mail addresses. This link was not opened:

%1</source>
        <translation>Entente відкриває лише вебадреси (http, https) та адреси електронної пошти. Це посилання не відкрито:

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="28"/>
        <source>Open this address?

%1</source>
        <translation>Відкрити цю адресу?

%1</translation>
    </message>
    <message>
        <location filename="../../app/window/linkopener.cpp" line="29"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="121"/>
        <source>Could not read the timeline: %1</source>
        <translation>Не вдалося прочитати хронологію: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="174"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="214"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Перейти до дати…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="215"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="236"/>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="249"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Експортувати зображення…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="251"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="253"/>
        <source>Export &amp;Data…</source>
        <translation>Експортувати д&amp;ані…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="255"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="259"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпортувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="269"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="290"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="303"/>
        <source>Find Ne&amp;xt</source>
        <translation>Знайти нас&amp;тупне</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="307"/>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти поп&amp;ереднє</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="339"/>
        <source>&amp;Data</source>
        <translation>Д&amp;ані</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="340"/>
        <source>&amp;Actors…</source>
        <translation>&amp;Учасники…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="342"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Категорії…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="344"/>
        <source>&amp;Eras…</source>
        <translation>&amp;Періоди…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="346"/>
        <source>&amp;Relation Types…</source>
        <translation>&amp;Типи зв&apos;язків…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="349"/>
        <source>R&amp;oles…</source>
        <translation>&amp;Ролі…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="351"/>
        <source>Actor &amp;Groups…</source>
        <translation>&amp;Групи учасників…</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="358"/>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="361"/>
        <source>Zoom &amp;Out</source>
        <translation>Змен&amp;шити</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="363"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Умістити все</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="365"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="368"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="372"/>
        <source>For&amp;ward</source>
        <translation>Вп&amp;еред</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="385"/>
        <source>&amp;Colour Events By</source>
        <translation>&amp;Колір подій</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="398"/>
        <source>&amp;Actor (lane)</source>
        <translation>За &amp;учасником (смугою)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="399"/>
        <source>&amp;Category</source>
        <translation>За &amp;категорією</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="401"/>
        <source>Show &amp;Legend</source>
        <translation>Показати &amp;легенду</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="422"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="423"/>
        <source>&amp;About Entente</source>
        <translation>&amp;Про Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="425"/>
        <source>About Entente</source>
        <translation>Про Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="426"/>
        <source>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;A timeline viewer for conflict diplomacy: who met whom, what followed what, and where each fact comes from.&lt;p&gt;Timeline: wheel zooms about the cursor, drag pans, arrow keys pan, + and − zoom, F fits everything, Esc clears the selection. F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>&lt;b&gt;Entente&lt;/b&gt; %1&lt;br&gt;Програма для перегляду хронологій дипломатії конфліктів: хто з ким зустрічався, що за чим відбувалося і звідки походить кожен факт.&lt;p&gt;Хронологія: коліщатко миші масштабує довкола курсора, перетягування та клавіші зі стрілками прокручують, + і − змінюють масштаб, F показує все, Esc знімає виділення. F6 або Ctrl+Tab переводить до наступної панелі.</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="437"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Смуги</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>By &amp;Actor</source>
        <translation>За &amp;учасниками</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="451"/>
        <source>A lane per actor, people under their state (Ctrl+1)</source>
        <translation>Окрема смуга для кожного учасника, особи — під своєю державою (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="452"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>By &amp;Category</source>
        <translation>За &amp;категоріями</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="453"/>
        <source>A lane per category of event (Ctrl+2)</source>
        <translation>Окрема смуга для кожної категорії подій (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="454"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>&amp;Packed</source>
        <translation>&amp;Однією смугою</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="455"/>
        <source>Every event in one lane (Ctrl+3)</source>
        <translation>Усі події в одній смузі (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="456"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="462"/>
        <source>Show &amp;Hidden Lane</source>
        <translation>Показати при&amp;ховану смугу</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="471"/>
        <source>(none hidden)</source>
        <translation>(прихованих немає)</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="474"/>
        <source>Show Al&amp;l Lanes</source>
        <translation>Показати &amp;всі смуги</translation>
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
        <translation>%1 (лише читання) — Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="557"/>
        <source>%1 — Entente</source>
        <translation>%1 — Entente</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="560"/>
        <source>%1 (%2, read-only) — Entente</source>
        <translation>%1 (%2, лише читання) — Entente</translation>
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
            <numerusform>%Ln подія в %1</numerusform>
            <numerusform>%Ln події в %1</numerusform>
            <numerusform>%Ln подій в %1</numerusform>
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
        <translation>Експортовано: %1</translation>
    </message>
    <message>
        <location filename="../../app/window/mainwindow.cpp" line="681"/>
        <location filename="../../app/window/mainwindow.cpp" line="696"/>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
</context>
<context>
    <name>entente::ManagerDialog</name>
    <message>
        <location filename="../../app/window/managerdialog.cpp" line="139"/>
        <source>This timeline is read-only (the file is write-protected or on a read-only medium): it can be looked at here, not changed.</source>
        <translation>Ця хронологія доступна лише для читання (файл захищено від запису або він на носії лише для читання): її можна переглядати тут, але не змінювати.</translation>
    </message>
</context>
<context>
    <name>entente::MappedCsvReader</name>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="59"/>
        <source>lines read as Windows-1252 because they are not UTF-8: %1</source>
        <translation>рядки, прочитані як Windows-1252, бо вони не в UTF-8: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="62"/>
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/mappedcsvreader.cpp" line="123"/>
        <source>%1:1: the column mapping is for %n columns, the file has %2</source>
        <translation>
            <numerusform>%1:1: зіставлення стовпців розраховане на %n стовпець, а у файлі їх %2</numerusform>
            <numerusform>%1:1: зіставлення стовпців розраховане на %n стовпці, а у файлі їх %2</numerusform>
            <numerusform>%1:1: зіставлення стовпців розраховане на %n стовпців, а у файлі їх %2</numerusform>
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
        <translation>%1: %2 Укажіть, у якому порядку записано дати (спершу день чи спершу місяць).</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="160"/>
        <source>%1: dates such as “%2” can be read day first or month first, and no date in the file settles which. Say which order the dates are in.</source>
        <translation>%1: дати на кшталт «%2» можна прочитати і як день-місяць, і як місяць-день, і жодна дата у файлі цього не вирішує. Укажіть, у якому порядку записано дати.</translation>
    </message>
    <message>
        <location filename="../../core/io/mappedcsvreader.cpp" line="237"/>
        <source>“%1” is no importance: write a number from 1 (minor) to 5 (major).</source>
        <translation>«%1» не є важливістю: напишіть число від 1 (незначна) до 5 (дуже важлива).</translation>
    </message>
</context>
<context>
    <name>entente::MoveProvisionCommand</name>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="30"/>
        <source>Move %1 of %2 up</source>
        <translation>Перемістити %1 угоди «%2» вгору</translation>
    </message>
    <message>
        <location filename="../../app/commands/moveprovisioncommand.cpp" line="31"/>
        <source>Move %1 of %2 down</source>
        <translation>Перемістити %1 угоди «%2» вниз</translation>
    </message>
</context>
<context>
    <name>entente::NameLabelDialog</name>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="36"/>
        <source>&amp;Label:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <location filename="../../app/window/namelabeldialog.cpp" line="37"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableCsv</name>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <location filename="../../core/io/negotiatingtablecsv.cpp" line="49"/>
        <source>Shown as</source>
        <translation>Показано як</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableDock</name>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="32"/>
        <source>Negotiating Table</source>
        <translation>Стіл переговорів</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
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
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="73"/>
        <source>&amp;Process:</source>
        <translation>&amp;Процес:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="74"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="75"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="76"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Категорії:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="172"/>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="192"/>
        <source>More than %L1 events in these categories: the first %L1 are shown. Untick a category to see the others.</source>
        <translation>У цих категоріях понад %L1 подій: показано перші %L1. Зніміть позначку з категорії, щоб побачити решту.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="226"/>
        <source>Negotiating table — %1</source>
        <translation>Стіл переговорів — %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="233"/>
        <source>Export Negotiating Table</source>
        <translation>Експорт столу переговорів</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtabledock.cpp" line="234"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>Зображення PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf);;Таблиця CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableExport</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="40"/>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="45"/>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtableexport.cpp" line="57"/>
        <source>Negotiating table</source>
        <translation>Стіл переговорів</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTablePainter</name>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="227"/>
        <source>%1: not at %2</source>
        <translation>%1 — %2: не за столом</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="229"/>
        <source>%1 at %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="251"/>
        <source>No talks or agreements within these filters.</source>
        <translation>У межах цих фільтрів немає ні переговорів, ні угод.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="315"/>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/negotiatingtablepainter.cpp" line="470"/>
        <source>a group&apos;s members at the table, kept from it</source>
        <translation>члени групи за столом і не допущені до нього</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableText</name>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="45"/>
        <source>%n at the table</source>
        <translation>
            <numerusform>%n за столом</numerusform>
            <numerusform>%n за столом</numerusform>
            <numerusform>%n за столом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="48"/>
        <source>%n excluded</source>
        <translation>
            <numerusform>%n не допущено</numerusform>
            <numerusform>%n не допущено</numerusform>
            <numerusform>%n не допущено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/negotiatingtabletext.cpp" line="55"/>
        <source>%1 (group)</source>
        <translation>%1 (група)</translation>
    </message>
</context>
<context>
    <name>entente::NegotiatingTableView</name>
    <message>
        <location filename="../../app/agreements/negotiatingtableview.cpp" line="24"/>
        <source>Negotiating table</source>
        <translation>Стіл переговорів</translation>
    </message>
</context>
<context>
    <name>entente::OverviewStrip</name>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="25"/>
        <location filename="../../app/timeline/overviewstrip.cpp" line="143"/>
        <source>All of the timeline</source>
        <translation>Уся хронологія</translation>
    </message>
    <message>
        <location filename="../../app/timeline/overviewstrip.cpp" line="26"/>
        <source>The whole timeline: drag the frame to move through time, its edges to zoom</source>
        <translation>Уся хронологія: перетягуйте рамку, щоб рухатися в часі, а її краї — щоб змінити масштаб</translation>
    </message>
</context>
<context>
    <name>entente::PaneFocus</name>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="11"/>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Наступна панель</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="12"/>
        <source>P&amp;revious Pane</source>
        <translation>П&amp;опередня панель</translation>
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
        <translation>Перевести фокус клавіатури на наступну панель (F6 або Ctrl+Tab)</translation>
    </message>
    <message>
        <location filename="../../app/window/panefocus.cpp" line="19"/>
        <source>Move the keyboard focus to the previous pane (Shift+F6 or Ctrl+Shift+Tab)</source>
        <translation>Перевести фокус клавіатури на попередню панель (Shift+F6 або Ctrl+Shift+Tab)</translation>
    </message>
</context>
<context>
    <name>entente::PartialDate</name>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="32"/>
        <source>year %1 is outside 1–9999</source>
        <translation>рік %1 поза межами 1–9999</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="35"/>
        <source>month %1 is not between 01 and 12</source>
        <translation>місяць %1 не в межах від 01 до 12</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="38"/>
        <source>day %1 does not exist in %2-%3</source>
        <translation>дня %1 немає в %2-%3</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="44"/>
        <source>time %1:%2 is not a valid time of day</source>
        <translation>час %1:%2 не є допустимим часом доби</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="146"/>
        <source>Entente cannot read “%1” as a date: write it as 2022-02-14, 14 Feb 2022 or February 14, 2022.</source>
        <translation>Entente не може прочитати «%1» як дату: напишіть її як 2022-02-14, 14 Feb 2022 або February 14, 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="221"/>
        <source>No month is called “%1”: write a date as 14 Feb 2022.</source>
        <translation>Немає місяця з назвою «%1»: напишіть дату як 14 Feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="227"/>
        <source>A year is missing from “%1”: write it as 14 Feb 2022.</source>
        <translation>У «%1» бракує року: напишіть дату як 14 Feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="286"/>
        <source>the date is empty</source>
        <translation>дату не вказано</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="291"/>
        <source>“%1” is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm (optionally followed by ~ for “approximate”)</source>
        <translation>«%1» не є датою у форматі YYYY, YYYY-MM, YYYY-MM-DD чи YYYY-MM-DDThh:mm (за потреби з ~ у кінці, що означає «приблизно»)</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="306"/>
        <source>Type a date, such as 2022-02-14 or 14 Feb 2022.</source>
        <translation>Введіть дату, наприклад 2022-02-14 або 14 Feb 2022.</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="391"/>
        <source>undated</source>
        <translation>без дати</translation>
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
        <translation>рік</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="432"/>
        <source>month</source>
        <comment>how precisely a date is known</comment>
        <translation>місяць</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="434"/>
        <source>day</source>
        <comment>how precisely a date is known</comment>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="436"/>
        <source>minute</source>
        <comment>how precisely a date is known</comment>
        <translation>хвилина</translation>
    </message>
    <message>
        <location filename="../../core/model/partialdate.cpp" line="186"/>
        <location filename="../../core/model/partialdate.cpp" line="408"/>
        <source>c. %1</source>
        <translation>бл. %1</translation>
    </message>
</context>
<context>
    <name>entente::PartialDateEdit</name>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="46"/>
        <source>Approximate</source>
        <translation>Приблизно</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="48"/>
        <source>e.g. 2014, Sep 2014, 14 Feb 2022</source>
        <translation>напр., 2014, Sep 2014, 14 Feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="54"/>
        <source>How precisely the sources give the date; choose a coarser one to drop what they do not say</source>
        <translation>Наскільки точно джерела подають дату; виберіть грубішу точність, щоб відкинути те, чого вони не кажуть</translation>
    </message>
    <message>
        <location filename="../../app/window/partialdateedit.cpp" line="57"/>
        <source>The sources give the date only roughly (“c.”)</source>
        <translation>Джерела подають дату лише приблизно («бл.»)</translation>
    </message>
</context>
<context>
    <name>entente::PasteEventsCommand</name>
    <message>
        <location filename="../../app/commands/pasteeventscommand.cpp" line="11"/>
        <source>Paste “%1”</source>
        <translation>Вставити «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/pasteeventscommand.cpp" line="13"/>
        <source>Paste %n Events</source>
        <translation>
            <numerusform>Вставити %n подію</numerusform>
            <numerusform>Вставити %n події</numerusform>
            <numerusform>Вставити %n подій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::PaxCoding</name>
    <message numerus="yes">
        <location filename="../../core/io/paxcoding.cpp" line="53"/>
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/paxcoding.cpp" line="55"/>
        <source>%1 (coded by PA-X: %2)</source>
        <translation>%1 (кодування PA-X: %2)</translation>
    </message>
</context>
<context>
    <name>entente::PaxReader</name>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="115"/>
        <source>Parties: %1</source>
        <translation>Сторони: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="118"/>
        <source>Third parties: %1</source>
        <translation>Треті сторони: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/paxreader.cpp" line="199"/>
        <source>the row has no agreement id</source>
        <translation>рядок не має ідентифікатора угоди</translation>
    </message>
</context>
<context>
    <name>entente::PictureExport</name>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="32"/>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="92"/>
        <source>the file cannot be opened for writing</source>
        <translation>файл не вдалося відкрити для запису</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="97"/>
        <source>nothing was written</source>
        <translation>нічого не записано</translation>
    </message>
    <message>
        <location filename="../../app/export/pictureexport.cpp" line="113"/>
        <source>cannot write %1: unknown format &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>не вдалося записати %1: невідомий формат &quot;%2&quot;; використовуйте .png, .svg або .pdf</translation>
    </message>
</context>
<context>
    <name>entente::PrintPreview</name>
    <message>
        <location filename="../../app/export/printpreview.cpp" line="47"/>
        <source>Printing failed</source>
        <translation>Помилка друку</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionForm</name>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="36"/>
        <source>As the agreement numbers it: 1, 2a, IV.3</source>
        <translation>Нумерація, як в угоді: 1, 2a, IV.3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="37"/>
        <source>One neutral line: what it promises</source>
        <translation>Один нейтральний рядок: що передбачає положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="38"/>
        <source>The full text, where known</source>
        <translation>Повний текст, якщо відомий</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="49"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="50"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Стислий зміст:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="52"/>
        <source>Full &amp;text:</source>
        <translation>&amp;Повний текст:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="53"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="54"/>
        <source>Part&amp;ies:</source>
        <translation>Сто&amp;рони:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="55"/>
        <source>&amp;Deadline:</source>
        <translation>Стро&amp;к:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>On a date</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="67"/>
        <source>Days after the agreement</source>
        <translation>Днів після угоди</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="68"/>
        <source>Days after another provision is carried out</source>
        <translation>Днів після виконання іншого положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="73"/>
        <source> days after</source>
        <translation> дн. після</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="216"/>
        <source>Type the date it was due by.</source>
        <translation>Введіть дату, до якої положення мало бути виконане.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="223"/>
        <source>The agreement has no other provision to follow.</source>
        <translation>В угоді немає іншого положення, від якого можна відлічувати.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionform.cpp" line="224"/>
        <source>Choose the provision whose fulfilment the days count from.</source>
        <translation>Виберіть положення, від виконання якого відлічуються дні.</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionLinkDialog</name>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="33"/>
        <source>Link “%1” to a Provision</source>
        <translation>Прив&apos;язати «%1» до положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="46"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Угода:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="47"/>
        <source>&amp;Provision:</source>
        <translation>По&amp;ложення:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="49"/>
        <source>The event:</source>
        <translation>Подія:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="50"/>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="51"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="53"/>
        <source>&amp;Link</source>
        <translation>При&amp;в&apos;язати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="77"/>
        <source>No agreement in this timeline has provisions yet: add them with Edit ▸ Edit Provisions… on the agreement.</source>
        <translation>Жодна угода в цій хронології ще не має положень: додайте їх через «Редагування ▸ Редагувати положення…» для угоди.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinkdialog.cpp" line="119"/>
        <source>The event is linked to this provision so already.</source>
        <translation>Подію вже прив&apos;язано до цього положення саме так.</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionLinksEdit</name>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Link</source>
        <translation>Прив&apos;язка</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="27"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="29"/>
        <source>&amp;Link Selected Event</source>
        <translation>&amp;Прив&apos;язати вибрану подію</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="30"/>
        <source>Unlin&amp;k</source>
        <translation>&amp;Відв&apos;язати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="34"/>
        <source>Links the events selected on the timeline to this provision, with the link, source and note below</source>
        <translation>Прив&apos;язує події, вибрані на хронології, до цього положення з прив&apos;язкою, джерелом і приміткою, вказаними нижче</translation>
    </message>
    <message>
        <location filename="../../app/agreements/provisionlinksedit.cpp" line="65"/>
        <source>Why the source says so</source>
        <translation>Чому джерело так стверджує</translation>
    </message>
</context>
<context>
    <name>entente::ProvisionTopic</name>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="42"/>
        <source>Ceasefire</source>
        <translation>Припинення вогню</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="44"/>
        <source>Withdrawal and disarmament</source>
        <translation>Відведення військ і роззброєння</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="46"/>
        <source>Monitoring and verification</source>
        <translation>Моніторинг і верифікація</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="49"/>
        <source>Prisoners and detainees</source>
        <translation>Полонені та затримані</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="51"/>
        <source>Amnesty</source>
        <translation>Амністія</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="53"/>
        <source>Humanitarian access</source>
        <translation>Гуманітарний доступ</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="55"/>
        <source>Elections</source>
        <translation>Вибори</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="57"/>
        <source>Constitutional reform and decentralisation</source>
        <translation>Конституційна реформа та децентралізація</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="60"/>
        <source>Borders</source>
        <translation>Кордони</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="62"/>
        <source>Security guarantees</source>
        <translation>Гарантії безпеки</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="64"/>
        <source>Economic and social ties</source>
        <translation>Економічні та соціальні зв&apos;язки</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="66"/>
        <source>Implementation mechanism</source>
        <translation>Механізм виконання</translation>
    </message>
    <message>
        <location filename="../../core/model/provisiontopic.cpp" line="68"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>entente::ReaderConnection</name>
    <message>
        <location filename="../../core/store/readerconnection.cpp" line="34"/>
        <source>reading %1 was stopped</source>
        <translation>читання %1 зупинено</translation>
    </message>
</context>
<context>
    <name>entente::ReadingCopy</name>
    <message>
        <location filename="../../core/store/readingcopy.cpp" line="56"/>
        <source>%1: cannot make a temporary copy to read it from (%2)</source>
        <translation>%1: не вдалося створити тимчасову копію для читання (%2)</translation>
    </message>
</context>
<context>
    <name>entente::ReassignDialog</name>
    <message>
        <location filename="../../app/window/reassigndialog.cpp" line="30"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
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
        <translation>%1 більше не існує: файлу за цією адресою немає</translation>
    </message>
</context>
<context>
    <name>entente::Relation</name>
    <message>
        <location filename="../../core/model/relation.cpp" line="17"/>
        <source>led to</source>
        <translation>призвело до</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="20"/>
        <source>response to</source>
        <translation>відповідь на</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="23"/>
        <source>violates</source>
        <translation>порушує</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="26"/>
        <source>confirms</source>
        <translation>підтверджує</translation>
    </message>
    <message>
        <location filename="../../core/model/relation.cpp" line="29"/>
        <source>related to</source>
        <translation>пов&apos;язане з</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeCommand</name>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Edit Relation Type “%1”</source>
        <translation>Редагувати тип зв&apos;язку «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="29"/>
        <source>Add Relation Type “%1”</source>
        <translation>Додати тип зв&apos;язку «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="41"/>
        <source>Rename Relation Type “%1” to “%2”</source>
        <translation>Перейменувати тип зв&apos;язку «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/commands/relationtypecommand.cpp" line="51"/>
        <source>Delete Relation Type “%1”</source>
        <translation>Видалити тип зв&apos;язку «%1»</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeDialog</name>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="10"/>
        <source>New Relation Type</source>
        <translation>Новий тип зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="11"/>
        <source>Edit Relation Type</source>
        <translation>Редагування типу зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="12"/>
        <source>e.g. escalated, in the files and the clipboard</source>
        <translation>напр., escalated — так тип записано у файлах і буфері обміну</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="13"/>
        <source>e.g. escalated into, as the timeline says it</source>
        <translation>напр., переросло в — так зв&apos;язок підписано на хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="14"/>
        <source>Automatic: the arrows keep their usual colour</source>
        <translation>Автоматично: стрілки зберігають звичайний колір</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypedialog.cpp" line="15"/>
        <source>The timeline shows a relation by its type&apos;s label.</source>
        <translation>Хронологія показує зв&apos;язок підписом його типу.</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeManager</name>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="17"/>
        <source>Relations</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="19"/>
        <source>Relation Types</source>
        <translation>Типи зв&apos;язків</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="23"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="24"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="25"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="26"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="39"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="64"/>
        <source>A relation type needs a name.</source>
        <translation>Типові зв&apos;язку потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="71"/>
        <source>“%1” is a relation type already: choose another name, or delete one of the two and change its relations to the other.</source>
        <translation>«%1» — уже наявний тип зв&apos;язку: виберіть іншу назву або видаліть один із двох типів і перенесіть його зв&apos;язки на інший.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>Rename Relation Type</source>
        <translation>Перейменування типу зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="147"/>
        <source>Delete Relation Type</source>
        <translation>Видалення типу зв&apos;язку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/relationtypemanager.cpp" line="148"/>
        <source>%n relations are of the type “%1”.</source>
        <translation>
            <numerusform>%n зв&apos;язок має тип «%1».</numerusform>
            <numerusform>%n зв&apos;язки мають тип «%1».</numerusform>
            <numerusform>%n зв&apos;язків мають тип «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>&amp;Change them to:</source>
        <translation>&amp;Замінити їх на:</translation>
    </message>
    <message>
        <location filename="../../app/window/relationtypemanager.cpp" line="150"/>
        <source>D&amp;elete them</source>
        <translation>&amp;Видалити їх</translation>
    </message>
</context>
<context>
    <name>entente::RelationTypeTable</name>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="59"/>
        <location filename="../../core/store/relationtypetable.cpp" line="127"/>
        <source>a relation type needs a name; nothing was changed</source>
        <translation>типові зв&apos;язку потрібна назва; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="62"/>
        <source>the relation type “%1” needs a label; nothing was changed</source>
        <translation>типові зв&apos;язку «%1» потрібен підпис; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="102"/>
        <source>the relations of “%1” cannot move to the type being removed; nothing was changed</source>
        <translation>зв&apos;язки типу «%1» не можна перенести на тип, який вилучається; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="130"/>
        <source>there is already a relation type “%1”; nothing was changed</source>
        <translation>тип зв&apos;язку «%1» уже існує; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/relationtypetable.cpp" line="137"/>
        <source>there is no relation type “%1”; nothing was changed</source>
        <translation>типу зв&apos;язку «%1» немає; нічого не змінено</translation>
    </message>
</context>
<context>
    <name>entente::RelationsEdit</name>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Relation</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Other event</source>
        <translation>Інша подія</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="36"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="45"/>
        <source>Add Relation</source>
        <translation>Додати зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="76"/>
        <source>this event →</source>
        <translation>ця подія →</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="77"/>
        <source>this event ←</source>
        <translation>ця подія ←</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="78"/>
        <source>→: this event led to, answered… the other; ←: the other one did</source>
        <translation>→: ця подія призвела до іншої, стала відповіддю на неї…; ←: навпаки, це зробила інша подія</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="94"/>
        <source>What links them</source>
        <translation>Що їх пов&apos;язує</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="99"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="130"/>
        <source>Type a title and pick the event</source>
        <translation>Введіть назву й виберіть подію</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="203"/>
        <source>Relation %1: pick the other event from the list that opens as you type its title.</source>
        <translation>Зв&apos;язок %1: виберіть іншу подію зі списку, що відкривається, коли ви вводите її назву.</translation>
    </message>
    <message>
        <location filename="../../app/window/relationsedit.cpp" line="213"/>
        <source>Relation %1: %2</source>
        <translation>Зв&apos;язок %1: %2</translation>
    </message>
</context>
<context>
    <name>entente::RemoveEventsCommand</name>
    <message>
        <location filename="../../app/commands/removeeventscommand.cpp" line="14"/>
        <source>Delete “%1”</source>
        <translation>Видалити «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/commands/removeeventscommand.cpp" line="16"/>
        <source>Delete %n Events</source>
        <translation>
            <numerusform>Видалити %n подію</numerusform>
            <numerusform>Видалити %n події</numerusform>
            <numerusform>Видалити %n подій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::RemoveRowCommand</name>
    <message>
        <location filename="../../app/commands/removerowcommand.h" line="24"/>
        <source>Delete %1 “%2”</source>
        <translation>Видалити %1 «%2»</translation>
    </message>
</context>
<context>
    <name>entente::RoleManager</name>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Seat</source>
        <translation>Місце за столом</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="31"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="34"/>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="36"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="37"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="38"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="59"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="103"/>
        <source>Entente&apos;s own roles keep their names, which files and imports use: change its label with Edit… instead.</source>
        <translation>Власні ролі Entente зберігають свої назви, які використовують файли та імпорт: натомість змініть підпис ролі через «Редагувати…».</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="117"/>
        <source>“%1” is one of Entente&apos;s own roles: it cannot be deleted.</source>
        <translation>«%1» — одна з власних ролей Entente: її не можна видалити.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/agreements/rolemanager.cpp" line="121"/>
        <source>%Ln events give the role “%1”: give them another role first.</source>
        <translation>
            <numerusform>Роль «%1» має %Ln подія: спершу замініть їй роль.</numerusform>
            <numerusform>Роль «%1» мають %Ln події: спершу замініть їм роль.</numerusform>
            <numerusform>Роль «%1» мають %Ln подій: спершу замініть їм роль.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="142"/>
        <source>A role needs a name.</source>
        <translation>Ролі потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="149"/>
        <source>“%1” is a role already: choose another name.</source>
        <translation>«%1» — уже наявна роль: виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>Rename Role</source>
        <translation>Перейменування ролі</translation>
    </message>
    <message>
        <location filename="../../app/agreements/rolemanager.cpp" line="194"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
</context>
<context>
    <name>entente::SaveEventCommand</name>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="11"/>
        <source>Add “%1”</source>
        <translation>Додати «%1»</translation>
    </message>
    <message>
        <location filename="../../app/commands/saveeventcommand.cpp" line="12"/>
        <source>Edit “%1”</source>
        <translation>Редагувати «%1»</translation>
    </message>
</context>
<context>
    <name>entente::SavedView</name>
    <message>
        <location filename="../../core/store/savedview.cpp" line="37"/>
        <source>“name”: expected the view&apos;s name</source>
        <translation>«name»: очікувалася назва вигляду</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="39"/>
        <source>“criteria”: expected an object</source>
        <translation>«criteria»: очікувався об&apos;єкт</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="41"/>
        <source>“visible”: expected an object with “from” and “to”, or null</source>
        <translation>«visible»: очікувався об&apos;єкт із «from» і «to» або null</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="45"/>
        <source>“lanes”: expected one of actor, category, packed or &quot;&quot;</source>
        <translation>«lanes»: очікувалося одне з таких значень: actor, category, packed або &quot;&quot;</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="52"/>
        <source>“criteria”, %1</source>
        <translation>«criteria», %1</translation>
    </message>
    <message>
        <location filename="../../core/store/savedview.cpp" line="58"/>
        <source>“visible”: expected “from” and “to” as date-times or seconds</source>
        <translation>«visible»: очікувалися «from» і «to» як дата й час або як секунди</translation>
    </message>
</context>
<context>
    <name>entente::SavedViewsMenu</name>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="27"/>
        <source>&amp;Saved Views</source>
        <translation>&amp;Збережені вигляди</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="46"/>
        <source>A saved view needs a name.</source>
        <translation>Збереженому вигляду потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="51"/>
        <source>“%1” is the name of a saved view already: choose another.</source>
        <translation>«%1» — уже назва збереженого вигляду: виберіть іншу.</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="76"/>
        <source>Save &amp;Current View…</source>
        <translation>Зберегти &amp;поточний вигляд…</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="84"/>
        <source>&amp;Update to Current View</source>
        <translation>&amp;Оновити за поточним виглядом</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="85"/>
        <source>&amp;Rename View</source>
        <translation>Пере&amp;йменувати вигляд</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="86"/>
        <source>&amp;Delete View</source>
        <translation>&amp;Видалити вигляд</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="92"/>
        <source>No Saved Views</source>
        <translation>Немає збережених виглядів</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="120"/>
        <source>Save Current View</source>
        <translation>Збереження поточного вигляду</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="140"/>
        <source>Rename Saved View</source>
        <translation>Перейменування збереженого вигляду</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="147"/>
        <source>Rename Saved View “%1” to “%2”</source>
        <translation>Перейменувати збережений вигляд «%1» на «%2»</translation>
    </message>
    <message>
        <location filename="../../app/window/savedviewsmenu.cpp" line="161"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
</context>
<context>
    <name>entente::SchemaCheck</name>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="62"/>
        <source>table</source>
        <translation>таблиця</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="65"/>
        <source>index</source>
        <translation>індекс</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="68"/>
        <source>view</source>
        <translation>подання</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="71"/>
        <source>trigger</source>
        <translation>тригер</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="86"/>
        <source>%1 has a %2 “%3” that no Entente timeline has; it was not opened and not changed, because it could run code that the file brings</source>
        <translation>%1 містить об&apos;єкт (%2 «%3»), якого немає в жодній хронології Entente; файл не відкрито й не змінено, бо цей об&apos;єкт міг би виконати код, що надійшов разом із файлом</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="91"/>
        <source>%1: its %2 “%3” is not the one of timeline format %4; it was not opened and not changed</source>
        <translation>%1: %2 «%3» не відповідає формату хронології %4; файл не відкрито й не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/schemacheck.cpp" line="99"/>
        <source>%1 lacks the %2 “%3” of timeline format %4: it is damaged or was not written by Entente; it was not changed</source>
        <translation>У %1 бракує об&apos;єкта формату хронології %4 (%2 «%3»): файл пошкоджено або записано не програмою Entente; його не змінено</translation>
    </message>
</context>
<context>
    <name>entente::SchemaMigrator</name>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="31"/>
        <source>%1 is not an Entente timeline, or it is damaged (%2)</source>
        <translation>%1 — не хронологія Entente, або файл пошкоджено (%2)</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="57"/>
        <source>%1 is read-only and in an older timeline format (%2) that needs upgrading; copy it somewhere writable</source>
        <translation>%1 доступний лише для читання і має старіший формат хронології (%2), який треба оновити; скопіюйте файл туди, де дозволено запис</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="84"/>
        <source>%1: upgrading to timeline format %2 would leave a row of “%3” referring to nothing; it was not changed</source>
        <translation>%1: після оновлення до формату хронології %2 рядок таблиці «%3» посилався б на неіснуючий запис; файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/schemamigrator.cpp" line="100"/>
        <source>schema script %1 is missing from this build</source>
        <translation>у цій збірці бракує сценарію схеми %1</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardDock</name>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="38"/>
        <source>Agreement Scorecard</source>
        <translation>Таблиця виконання угоди</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="41"/>
        <source>F&amp;it</source>
        <translation>Ум&amp;істити</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="44"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="48"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Угода:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="52"/>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="137"/>
        <source>undated</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="182"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="183"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="184"/>
        <source>the agreement&apos;s date</source>
        <translation>дата угоди</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="185"/>
        <source>its end, or today</source>
        <translation>її завершення або сьогодні</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecarddock.cpp" line="186"/>
        <source>Show the agreement&apos;s whole span: from its date to its end, or today</source>
        <translation>Показати весь період дії угоди: від її дати до завершення або до сьогодні</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardPainter</name>
    <message>
        <location filename="../../app/agreements/scorecardpainter.cpp" line="305"/>
        <source>deadline</source>
        <translation>строк</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardText</name>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="16"/>
        <source>implements</source>
        <translation>виконує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="18"/>
        <source>violates</source>
        <translation>порушує</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="20"/>
        <source>refers to</source>
        <translation>стосується</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="28"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="34"/>
        <source>All provisions</source>
        <translation>Усі положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="35"/>
        <source>All of %1</source>
        <translation>Усі положення: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="47"/>
        <source>%1
%2 — %3 this provision</source>
        <translation>%1
%2 — %3 положення</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="54"/>
        <source>%1 from %2
%3</source>
        <translation>%1 з %2
%3</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="62"/>
        <source>Since the agreement was signed: no event linked, no level set by hand</source>
        <translation>Від підписання угоди: жодної прив&apos;язаної події, жодного рівня, встановленого вручну</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand</source>
        <translation>Оцінено вручну</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="65"/>
        <source>Assessed by hand: %1</source>
        <translation>Оцінено вручну: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="68"/>
        <source>Proposed by: %1</source>
        <translation>Рівень підвищено подією: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="70"/>
        <source>Violated by: %1</source>
        <translation>Порушено подією: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="72"/>
        <source>The deadline passed unmet</source>
        <translation>Строк минув, а положення не виконано</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="80"/>
        <source>%1 from %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="84"/>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2 з %3 (%4 %)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardtext.cpp" line="105"/>
        <source>Due by %1</source>
        <translation>Строк: до %1</translation>
    </message>
</context>
<context>
    <name>entente::ScorecardView</name>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="27"/>
        <source>&amp;Export Scorecard…</source>
        <translation>&amp;Експортувати таблицю виконання…</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="63"/>
        <source>Scorecard: %1</source>
        <translation>Таблиця виконання: %1</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="79"/>
        <source>Export Scorecard</source>
        <translation>Експорт таблиці виконання</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="80"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/agreements/scorecardview.cpp" line="95"/>
        <source>Select an agreement on the timeline, or choose one above.</source>
        <translation>Виберіть угоду на хронології або оберіть її вище.</translation>
    </message>
</context>
<context>
    <name>entente::SearchDock</name>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="23"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="29"/>
        <source>words &quot;a phrase&quot; prefix* OR -not actor: category: source:</source>
        <translation>слова &quot;точна фраза&quot; префікс* OR -виключити actor: category: source:</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="31"/>
        <source>Search events</source>
        <translation>Пошук подій</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="38"/>
        <source>Best first</source>
        <translation>Спершу найкращі</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="40"/>
        <source>Best matches first, instead of in time order</source>
        <translation>Спершу найкращі збіги, а не в хронологічному порядку</translation>
    </message>
    <message>
        <location filename="../../app/window/searchdock.cpp" line="51"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/window/searchdock.cpp" line="131"/>
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln збіг</numerusform>
            <numerusform>%Ln збіги</numerusform>
            <numerusform>%Ln збігів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SearchIndex</name>
    <message>
        <location filename="../../core/store/searchindex.cpp" line="140"/>
        <source>%1: more than %2 events on one day (%3); nothing was changed</source>
        <translation>%1: понад %2 подій за один день (%3); нічого не змінено</translation>
    </message>
</context>
<context>
    <name>entente::SeedLoader</name>
    <message>
        <location filename="../../core/io/seedloader.cpp" line="20"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: не вдалося прочитати: %2</translation>
    </message>
</context>
<context>
    <name>entente::SourceField</name>
    <message>
        <location filename="../../app/agreements/sourcefield.cpp" line="12"/>
        <source>None: type part of an outlet or title (↓ lists them)</source>
        <translation>Немає: введіть частину назви видання чи заголовка (↓ показує список)</translation>
    </message>
</context>
<context>
    <name>entente::SourceLookup</name>
    <message>
        <location filename="../../app/window/sourcelookup.cpp" line="119"/>
        <source>(new source)</source>
        <translation>(нове джерело)</translation>
    </message>
</context>
<context>
    <name>entente::SourcesEdit</name>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="46"/>
        <source>New Source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="50"/>
        <source>Cite a source of this timeline…</source>
        <translation>Послатися на джерело цієї хронології…</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="51"/>
        <source>Type part of its outlet or title, or press ↓ to list sources</source>
        <translation>Введіть частину назви видання чи заголовка або натисніть ↓, щоб побачити список джерел</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="53"/>
        <source>Cite</source>
        <translation>Послатися</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="56"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="58"/>
        <source>The event no longer cites the selected source</source>
        <translation>Подія більше не посилається на вибране джерело</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="81"/>
        <source>e.g. 14 Feb 2022</source>
        <translation>напр., 14 Feb 2022</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="82"/>
        <source>The sentence the event rests on, as the source says it</source>
        <translation>Речення, на якому ґрунтується подія, дослівно як у джерелі</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="88"/>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="89"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="90"/>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="92"/>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <location filename="../../app/window/sourcesedit.cpp" line="94"/>
        <source>Quote:</source>
        <translation>Цитата:</translation>
    </message>
</context>
<context>
    <name>entente::StartPage</name>
    <message>
        <location filename="../../app/window/startpage.cpp" line="17"/>
        <source>No timeline is open</source>
        <translation>Жодну хронологію не відкрито</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="21"/>
        <source>&amp;New Timeline…</source>
        <translation>&amp;Створити хронологію…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="23"/>
        <source>&amp;Open Timeline…</source>
        <translation>&amp;Відкрити хронологію…</translation>
    </message>
    <message>
        <location filename="../../app/window/startpage.cpp" line="57"/>
        <source>Recent timelines:</source>
        <translation>Нещодавні хронології:</translation>
    </message>
</context>
<context>
    <name>entente::StoreOpening</name>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="25"/>
        <source>Opening Timeline</source>
        <translation>Відкриття хронології</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="104"/>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="106"/>
        <source>Checking every page of %1 before opening it: Entente did not save it last.</source>
        <translation>Перевірка кожної сторінки %1 перед відкриттям: востаннє файл зберегла не Entente.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="109"/>
        <source>Making a copy of %1 to read it from, so that reading it leaves it unchanged: it is in an older format, or was not closed properly.</source>
        <translation>Створення копії %1 для читання, щоб сам файл залишився без змін: він має старіший формат або його не було належно закрито.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="113"/>
        <source>Upgrading the copy of %1 to this version&apos;s format to read it.</source>
        <translation>Оновлення копії %1 до формату цієї версії, щоб її прочитати.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="115"/>
        <source>Keeping a copy of %1 as it is before upgrading it.</source>
        <translation>Збереження копії %1 у поточному стані перед оновленням.</translation>
    </message>
    <message>
        <location filename="../../app/window/storeopening.cpp" line="117"/>
        <source>Upgrading %1 to this version&apos;s format.</source>
        <translation>Оновлення %1 до формату цієї версії.</translation>
    </message>
</context>
<context>
    <name>entente::StoreRows</name>
    <message>
        <location filename="../../app/commands/storerows.h" line="41"/>
        <source>Actor</source>
        <translation>учасника</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="63"/>
        <source>Source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="79"/>
        <source>Era</source>
        <translation>період</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="95"/>
        <source>Relation</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="122"/>
        <source>Saved View</source>
        <translation>збережений вигляд</translation>
    </message>
    <message>
        <location filename="../../app/commands/storerows.h" line="144"/>
        <source>Actor Group</source>
        <translation>групу учасників</translation>
    </message>
</context>
<context>
    <name>entente::SvgWriter</name>
    <message>
        <location filename="../../app/export/svgwriter.cpp" line="155"/>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditActions</name>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="20"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="24"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Duplic&amp;ate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="26"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="33"/>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <location filename="../../app/window/timelineeditactions.cpp" line="35"/>
        <source>Ne&amp;w Event at Cursor</source>
        <translation>Створити &amp;подію під курсором</translation>
    </message>
</context>
<context>
    <name>entente::TimelineEditor</name>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="219"/>
        <source>Move %n Events</source>
        <translation>
            <numerusform>Перемістити %n подію</numerusform>
            <numerusform>Перемістити %n події</numerusform>
            <numerusform>Перемістити %n подій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="323"/>
        <source>“%1” … “%2”</source>
        <translation>«%1» … «%2»</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="454"/>
        <source>Duplicate “%1”</source>
        <translation>Дублювати «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="455"/>
        <source>Duplicate %n Events</source>
        <translation>
            <numerusform>Дублювати %n подію</numerusform>
            <numerusform>Дублювати %n події</numerusform>
            <numerusform>Дублювати %n подій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="498"/>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineeditor.cpp" line="539"/>
        <source>Cut “%1”</source>
        <translation>Вирізати «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelineeditor.cpp" line="540"/>
        <source>Cut %n Events</source>
        <translation>
            <numerusform>Вирізати %n подію</numerusform>
            <numerusform>Вирізати %n події</numerusform>
            <numerusform>Вирізати %n подій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineExporter</name>
    <message>
        <location filename="../../app/export/timelinedocument.cpp" line="119"/>
        <source>cannot read the timeline</source>
        <translation>не вдалося прочитати хронологію</translation>
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
        <translation>… і ще %1</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="192"/>
        <source>An event; the larger, the more important</source>
        <translation>Подія; що більша позначка, то важливіша подія</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="193"/>
        <source>Dated to the month or year: hollow, over the whole interval</source>
        <translation>Дата з точністю до місяця чи року: порожниста позначка на весь проміжок</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="194"/>
        <source>Approximate date (“c.” in its label): dashed</source>
        <translation>Приблизна дата («бл.» у підписі): пунктир</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="195"/>
        <source>A period; a faded end is uncertain, an arrow means ongoing</source>
        <translation>Проміжок часу; блідий кінець — непевний, стрілка — триває досі</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="197"/>
        <source>A relation between two events</source>
        <translation>Зв&apos;язок між двома подіями</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="198"/>
        <source>A relation between two events, drawn as its type:</source>
        <translation>Зв&apos;язок між двома подіями, показаний відповідно до свого типу:</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="199"/>
        <source>Events too close together to tell apart, with their number</source>
        <translation>Події, надто близькі, щоб їх розрізнити, з їхньою кількістю</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="296"/>
        <location filename="../../app/export/timelineexporter.cpp" line="313"/>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="316"/>
        <source>cannot write %1</source>
        <translation>не вдалося записати %1</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="344"/>
        <source>page %1 of %2</source>
        <translation>сторінка %1 з %2</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="369"/>
        <source>Key</source>
        <translation>Умовні позначення</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="385"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="423"/>
        <source>cannot start the document</source>
        <translation>не вдалося почати документ</translation>
    </message>
    <message>
        <location filename="../../app/export/timelineexporter.cpp" line="451"/>
        <source>%1: cannot tell the format from “.%2”; use .png, .svg or .pdf</source>
        <translation>%1: не вдалося визначити формат за «.%2»; використовуйте .png, .svg або .pdf</translation>
    </message>
</context>
<context>
    <name>entente::TimelineFileHeader</name>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="33"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не вдається відкрити: %2</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="77"/>
        <source>%1 is not an Entente timeline (an empty file); it was not changed</source>
        <translation>%1 не є хронологією Entente (порожній файл); файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="80"/>
        <source>%1 is not an Entente timeline (not an SQLite database); it was not changed</source>
        <translation>%1 не є хронологією Entente (це не база даних SQLite); файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="98"/>
        <source>%1 is damaged: it is truncated (%2 of %3 bytes); it was not changed</source>
        <translation>%1 пошкоджено: файл обрізано (%2 з %3 байтів); файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="107"/>
        <source>%1 is an SQLite database of another program, not an Entente timeline; it was not changed</source>
        <translation>%1 — база даних SQLite іншої програми, а не хронологія Entente; файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="114"/>
        <source>%1 is an SQLite database but not an Entente timeline; it was not changed</source>
        <translation>%1 — база даних SQLite, але не хронологія Entente; файл не змінено</translation>
    </message>
    <message>
        <location filename="../../core/db/timelinefileheader.cpp" line="119"/>
        <source>%1 was written by a newer version of Entente (timeline format %2; this version reads up to %3); it was not changed</source>
        <translation>%1 записано новішою версією Entente (формат хронології %2; ця версія читає формати до %3); файл не змінено</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsReader</name>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="104"/>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: недійсний JSON: %3</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="126"/>
        <source>%1:1: not a TimelineJS timeline: it has neither “events” (TimelineJS 3) nor “timeline” (TimelineJS 2)</source>
        <translation>%1:1: це не хронологія TimelineJS: у ній немає ні «events» (TimelineJS 3), ні «timeline» (TimelineJS 2)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="165"/>
        <source>the slide has no headline, text or media caption</source>
        <translation>слайд не має ні заголовка, ні тексту, ні підпису до медіа</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="172"/>
        <source>the slide has no start date</source>
        <translation>слайд не має дати початку</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="217"/>
        <source>“%1” is not a web address; the media is left out</source>
        <translation>«%1» не є вебадресою; медіа пропущено</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="261"/>
        <source>the year “%1” is not a number</source>
        <translation>рік «%1» не є числом</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="264"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>рік %1 передує 1 року н. е., а таких дат Entente поки що не підтримує</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinejsreader.cpp" line="274"/>
        <source>“%1” is not a number</source>
        <translation>«%1» не є числом</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message>
        <location filename="../../app/export/timelinedocument.cpp" line="73"/>
        <location filename="../../app/timeline/timelinelayout.cpp" line="26"/>
        <source>c. %1</source>
        <translation>бл. %1</translation>
    </message>
    <message>
        <location filename="../../app/timeline/axispainter.cpp" line="136"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/axispainter.cpp" line="205"/>
        <source>%Ln undated events: see the list</source>
        <translation>
            <numerusform>%Ln подія без дати: див. список</numerusform>
            <numerusform>%Ln події без дати: див. список</numerusform>
            <numerusform>%Ln подій без дати: див. список</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/legendpainter.cpp" line="39"/>
        <source>and %1 more</source>
        <translation>і ще %1</translation>
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
            <numerusform>%n положення, на сьогодні: %1</numerusform>
            <numerusform>%n положення, на сьогодні: %1</numerusform>
            <numerusform>%n положень, на сьогодні: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/timeline/timelinetooltips.cpp" line="101"/>
        <source>&lt;b&gt;%n events&lt;/b&gt; too close to tell apart, %1 – %2&lt;br&gt;Click to zoom in and select them</source>
        <translation>
            <numerusform>&lt;b&gt;%n подія&lt;/b&gt; надто близько до інших, щоб їх розрізнити, %1 – %2&lt;br&gt;Клацніть, щоб наблизити й виділити їх</numerusform>
            <numerusform>&lt;b&gt;%n події&lt;/b&gt; надто близько одна до одної, щоб їх розрізнити, %1 – %2&lt;br&gt;Клацніть, щоб наблизити й виділити їх</numerusform>
            <numerusform>&lt;b&gt;%n подій&lt;/b&gt; надто близько одна до одної, щоб їх розрізнити, %1 – %2&lt;br&gt;Клацніть, щоб наблизити й виділити їх</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="113"/>
        <source>&lt;br&gt;Click to unfold the lanes under it.</source>
        <translation>&lt;br&gt;Клацніть, щоб розгорнути вкладені смуги.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="114"/>
        <source>&lt;br&gt;Click to fold the lanes under it into this one.</source>
        <translation>&lt;br&gt;Клацніть, щоб згорнути вкладені смуги в цю.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="117"/>
        <source>&lt;br&gt;Drag to move it; right-click to move or hide it.</source>
        <translation>&lt;br&gt;Перетягніть, щоб перемістити; клацніть правою кнопкою, щоб перемістити або сховати.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinetooltips.cpp" line="119"/>
        <source>&lt;br&gt;Right-click to hide it.</source>
        <translation>&lt;br&gt;Клацніть правою кнопкою, щоб сховати.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineaccessible.cpp" line="159"/>
        <source>Timeline</source>
        <comment>the name a screen reader says</comment>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="444"/>
        <source>The timeline could not be read:
%1

It is read again when you move or zoom.</source>
        <translation>Не вдалося прочитати хронологію:
%1

Її буде прочитано знову, коли ви прокрутите її чи зміните масштаб.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineXmlReader</name>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="63"/>
        <source>a file of Timeline&apos;s old text format, which Entente does not read; open it in Timeline and save it, which writes the XML format, and import that file</source>
        <translation>файл старого текстового формату Timeline, якого Entente не читає; відкрийте його в Timeline і збережіть (програма запише його у форматі XML), а тоді імпортуйте цей файл</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="72"/>
        <source>not a Timeline file: its first element is &lt;%1&gt;, not &lt;timeline&gt;</source>
        <translation>це не файл Timeline: його перший елемент — &lt;%1&gt;, а не &lt;timeline&gt;</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="133"/>
        <source>the timeline counts time as “%1”; Entente reads only timelines of Gregorian dates (“gregoriantime”)</source>
        <translation>хронологія рахує час як «%1»; Entente читає лише хронології з григоріанськими датами («gregoriantime»)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="144"/>
        <source>a category without a name is left out</source>
        <translation>категорію без назви пропущено</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="260"/>
        <source>the date is missing</source>
        <translation>дату не вказано</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="264"/>
        <source>“%1” is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>«%1» не є датою й часом (YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="268"/>
        <source>the year %1 is before 1 AD, which Entente cannot hold yet</source>
        <translation>рік %1 передує 1 року н. е., а таких дат Entente поки що не підтримує</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="272"/>
        <source>“%1” is not a date of the calendar</source>
        <translation>«%1» не є календарною датою</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="279"/>
        <source>“%1” is not a time of day</source>
        <translation>«%1» не є часом доби</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="298"/>
        <source>“%1” is not a colour (r,g,b); the colour is left out</source>
        <translation>«%1» не є кольором (r,g,b); колір пропущено</translation>
    </message>
    <message>
        <location filename="../../core/io/timelinexmlreader.cpp" line="318"/>
        <source>“%1” is not a web address; it is left out</source>
        <translation>«%1» не є вебадресою; її пропущено</translation>
    </message>
</context>
<context>
    <name>entente::Translations</name>
    <message>
        <location filename="../../app/window/translations.cpp" line="99"/>
        <source>%1 or %2</source>
        <comment>a list of language codes: “en, de, nl or uk”</comment>
        <translation>%1 або %2</translation>
    </message>
</context>
<context>
    <name>entente::UcdpReader</name>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="48"/>
        <source>State-based conflict</source>
        <translation>Конфлікт за участю держави</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="51"/>
        <source>Non-state conflict</source>
        <translation>Недержавний конфлікт</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="54"/>
        <source>One-sided violence</source>
        <translation>Одностороннє насильство</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="82"/>
        <source> in %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="109"/>
        <source>Deaths: %1 (best estimate; low %2, high %3).</source>
        <translation>Загиблих: %1 (найімовірніша оцінка; мінімум %2, максимум %3).</translation>
    </message>
    <message>
        <location filename="../../core/io/ucdpreader.cpp" line="214"/>
        <source>the row has no id</source>
        <translation>рядок не має ідентифікатора</translation>
    </message>
</context>
<context>
    <name>entente::Validator</name>
    <message>
        <location filename="../../core/model/validator.cpp" line="19"/>
        <source>At most %L1 characters; this one has %L2.</source>
        <translation>Щонайбільше символів: %L1; тут їх %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="26"/>
        <source>At most %L1 entries; this one has %L2.</source>
        <translation>Щонайбільше записів: %L1; тут їх %L2.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="62"/>
        <source>An event needs a title.</source>
        <translation>Події потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="66"/>
        <source>Importance goes from 1 (minor) to 5 (major).</source>
        <translation>Важливість — від 1 (незначна) до 5 (дуже важлива).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="72"/>
        <source>A single moment has no end; make it a period to give one.</source>
        <translation>Момент не має кінця; щоб указати кінець, зробіть подію проміжком часу.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="79"/>
        <source>A period with an end needs a start.</source>
        <translation>Проміжкові часу з кінцем потрібен і початок.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="82"/>
        <source>A period needs an end, or to be marked as ongoing.</source>
        <translation>Проміжкові часу потрібен кінець або позначка, що він триває досі.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="85"/>
        <source>An ongoing period has no end yet; clear one of them.</source>
        <translation>Проміжок часу, що триває досі, ще не має кінця; приберіть одне з двох.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="88"/>
        <location filename="../../core/model/validator.cpp" line="165"/>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Кінець (%1) раніше за початок (%2).</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="98"/>
        <source>An attribute needs a name.</source>
        <translation>Атрибутові потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="102"/>
        <source>The attribute name “%1…” is longer than %2 characters.</source>
        <translation>Назва атрибута «%1…» довша за допустимі %2 символів.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="108"/>
        <source>The attribute “%1” is longer than %2 characters.</source>
        <translation>Атрибут «%1» довший за допустимі %2 символів.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="128"/>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>Адреса має бути вебадресою, що починається з http:// або https://.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="139"/>
        <source>An actor needs a name.</source>
        <translation>Учасникові потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="145"/>
        <source>An actor cannot belong to itself.</source>
        <translation>Учасник не може належати сам до себе.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="155"/>
        <source>An era needs a name.</source>
        <translation>Періодові потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="159"/>
        <source>An era needs a start.</source>
        <translation>Періодові потрібен початок.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="162"/>
        <source>An era needs an end.</source>
        <translation>Періодові потрібен кінець.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="176"/>
        <source>A relation links two events.</source>
        <translation>Зв&apos;язок поєднує дві події.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="178"/>
        <source>An event cannot be related to itself.</source>
        <translation>Подію не можна пов&apos;язати з нею самою.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="181"/>
        <source>A relation needs a type.</source>
        <translation>Зв&apos;язкові потрібен тип.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="192"/>
        <source>A provision belongs to an agreement.</source>
        <translation>Положення належить до угоди.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="195"/>
        <source>A provision needs a summary.</source>
        <translation>Положенню потрібен стислий зміст.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="205"/>
        <source>A position counts from 0.</source>
        <translation>Позиції рахуються від 0.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="215"/>
        <source>A deadline is a date or a number of days after something, not both.</source>
        <translation>Строк — це дата або кількість днів після чогось, але не те й інше водночас.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="220"/>
        <source>A deadline after another provision needs its number of days.</source>
        <translation>Строкові, що відлічується від іншого положення, потрібна кількість днів.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="228"/>
        <source>A link joins an event and a provision.</source>
        <translation>Прив&apos;язка поєднує подію з положенням.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="238"/>
        <source>An assessment is of a provision.</source>
        <translation>Оцінка стосується положення.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="241"/>
        <source>An assessment needs a date.</source>
        <translation>Оцінці потрібна дата.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="245"/>
        <source>“Not assessed” is what a provision is before any assessment.</source>
        <translation>«Не оцінено» — це стан положення до будь-якої оцінки.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="256"/>
        <source>An agreement cannot end itself.</source>
        <translation>Угода не може сама себе завершувати.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="265"/>
        <source>A role needs a name.</source>
        <translation>Ролі потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="277"/>
        <source>A group needs a name.</source>
        <translation>Групі потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="306"/>
        <source>A colour is written #rrggbb.</source>
        <translation>Колір записують як #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../core/model/validator.cpp" line="323"/>
        <source>field “%1”: %2</source>
        <translation>поле «%1»: %2</translation>
    </message>
</context>
<context>
    <name>entente::WholeFileReader</name>
    <message>
        <location filename="../../core/io/wholefilereader.cpp" line="13"/>
        <source>%1 is larger than %L2 MB; files of this format are read whole, and Entente reads them up to that size. Nothing was imported.</source>
        <translation>%1 більший за %L2 МБ; файли цього формату читаються цілком, і Entente читає їх лише до такого розміру. Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>entente::WriteBatch</name>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="25"/>
        <source>%1: the timeline is read-only; nothing was changed</source>
        <translation>%1: хронологія доступна лише для читання; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../core/store/writebatch.cpp" line="52"/>
        <source>%1: a write in this batch failed, so none of the batch was kept</source>
        <translation>%1: не вдався один із записів цього пакета, тому жодної зміни з пакета не збережено</translation>
    </message>
</context>
</TS>
