// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QXmlStreamReader>

#include "csvmappingdialog.h"
#include "eventeditordialog.h"
#include "eventstore.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translations.h"

#include <algorithm>
#include <functional>
#include <memory>

using namespace entente;

namespace {

// A text as the user reads it: without the accelerator's "&", markup or surrounding space.
QString readable(QString text)
{
    if (Qt::mightBeRichText(text)) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    text.replace(QRegularExpression(QStringLiteral("&(?!&)")), QString());
    return text.simplified();
}

// The letters that Alt and a letter choose in the menu, each more than once: "e (Edit, Export)".
QStringList sharedAccelerators(const QMenu *menu)
{
    static const QRegularExpression accelerator(QStringLiteral("&([^&])"));
    QMultiHash<QChar, QString> byLetter;
    for (const QAction *action : menu->actions()) {
        if (const auto match = accelerator.match(action->text()); match.hasMatch()) {
            byLetter.insert(match.captured(1).toLower().at(0), readable(action->text()));
        }
    }
    QStringList shared;
    for (const QChar letter : byLetter.uniqueKeys()) {
        if (byLetter.count(letter) > 1) {
            shared.append(QStringLiteral("%1 in “%2” (%3)")
                              .arg(letter, readable(menu->title()),
                                   byLetter.values(letter).join(QStringLiteral(", "))));
        }
    }
    return shared;
}

void addMenuTexts(const QList<QAction *> &actions, QStringList *texts)
{
    for (QAction *action : actions) {
        texts->append(readable(action->text()));
        if (QMenu *menu = action->menu()) {
            addMenuTexts(menu->actions(), texts);
        }
    }
}

// Every text that `root` shows or can show at once (labels, buttons, titles, tabs, column
// headers, items of combo boxes, placeholders, the menus and their submenus).
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{readable(root->windowTitle())};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts.append(readable(label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            texts.append(readable(button->text()));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            texts.append(readable(group->title()));
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            texts.append(readable(line->placeholderText()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append(readable(tabs->tabText(i)));
            }
        } else if (auto *box = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < box->count(); ++i) {
                texts.append(readable(box->itemText(i)));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            const int count = header->orientation() == Qt::Horizontal
                                  ? header->model()->columnCount()
                                  : 0; // row headers are numbers
            for (int i = 0; i < count; ++i) {
                texts.append(readable(header->model()->headerData(i, Qt::Horizontal).toString()));
            }
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            texts.append(readable(dock->windowTitle()));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            addMenuTexts(bar->actions(), &texts);
        } else if (auto *tools = qobject_cast<QToolBar *>(widget)) {
            texts.append(readable(tools->windowTitle()));
            addMenuTexts(tools->actions(), &texts);
        }
    }
    return texts;
}

// The texts of a .ts file whose translation is the English word itself ("Details", "Filter"),
// and so not a sign of a text left untranslated.
QSet<QString> sameInTranslation(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(tsFile));
    }
    QSet<QString> same;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            if (const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
                readable(translation) == readable(source)) {
                same.insert(readable(source));
            }
        }
    }
    return same;
}

bool hasWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    return word.match(text).hasMatch();
}

} // namespace

// The program in Ukrainian, Dutch and German: the language chosen, the locale that follows it,
// every text of the main window, the event editor and the import dialog translated, and the
// German labels, the longest, not clipped.
class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languageChosenOrTheSystems();
    void installSpeaksAndSetsTheLocale();
    void englishPluralForms();
    void languageMenuRemembersTheChoice();
    void everyTextTranslated_data();
    void everyTextTranslated();
    void germanLabelsNotClipped();
    void acceleratorsDistinct_data();
    void acceleratorsDistinct();

private:
    void showEachScreen(const std::function<void(QWidget *)> &visit);
    QStringList textsOfEachScreen();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_stores = 0;
};

void TstTranslations::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstTranslations::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

void TstTranslations::languageChosenOrTheSystems()
{
    const QStringList ukrainianDesk{QStringLiteral("uk-UA"), QStringLiteral("en-GB")};
    QCOMPARE(Translations::pick(QStringLiteral("de"), ukrainianDesk), QStringLiteral("de"));
    QCOMPARE(Translations::pick(QString(), ukrainianDesk), QStringLiteral("uk"));
    // A choice Entente cannot speak falls back on the system, then on English.
    QCOMPARE(Translations::pick(QStringLiteral("fr"), ukrainianDesk), QStringLiteral("uk"));
    QCOMPARE(Translations::pick(QString(), {QStringLiteral("fr-FR"), QStringLiteral("nl-BE")}),
             QStringLiteral("nl"));
    QCOMPARE(Translations::pick(QString(), {QStringLiteral("de_CH")}), QStringLiteral("de"));
    QCOMPARE(Translations::pick(QString(), {QStringLiteral("fr-FR")}), QStringLiteral("en"));
    QCOMPARE(Translations::languages(), QStringList({QStringLiteral("en"), QStringLiteral("de"),
                                                     QStringLiteral("nl"), QStringLiteral("uk")}));
    QCOMPARE(Translations::nativeName(QStringLiteral("uk")), QStringLiteral("Українська"));
    QCOMPARE(Translations::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
}

void TstTranslations::installSpeaksAndSetsTheLocale()
{
    const auto fileMenu = [] {
        return QCoreApplication::translate("entente::MainWindow", "&File");
    };
    QCOMPARE(fileMenu(), QStringLiteral("&File"));

    Translations::install(QStringLiteral("de"));
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
    QCOMPARE(QLocale().language(), QLocale::German);
    // Dates and numbers follow: the axis and Details draw with the default locale.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

    Translations::install(QStringLiteral("uk"));
    QCOMPARE(fileMenu(), QStringLiteral("&Файл"));
    QCOMPARE(QLocale().language(), QLocale::Ukrainian);
    QCOMPARE(QLocale().monthName(2), QStringLiteral("лютого"));

    Translations::install(QStringLiteral("en"));
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
}

void TstTranslations::englishPluralForms()
{
    const auto imported = [](int n) {
        return QCoreApplication::translate("entente::ImportController",
                                           "Imported %n events from %1", nullptr, n);
    };
    QCOMPARE(imported(1), QStringLiteral("Imported 1 event from %1"));
    QCOMPARE(imported(3), QStringLiteral("Imported 3 events from %1"));

    Translations::install(QStringLiteral("uk"));
    // Ukrainian has three forms: 1 and 21, 2 to 4, and 5 to 20.
    QVERIFY(imported(1) != imported(3));
    QVERIFY(imported(3) != imported(5));
    QCOMPARE(imported(21).section(u' ', 2), imported(1).section(u' ', 2));
}

void TstTranslations::languageMenuRemembersTheChoice()
{
    LanguageMenu menu;
    QSignalSpy noted(&menu, &LanguageMenu::noted);
    const auto choice = [&](const QString &language) {
        const QList<QAction *> actions = menu.actions();
        const auto found = std::find_if(actions.begin(), actions.end(), [&](QAction *action) {
            return !action->isSeparator() && action->data().toString() == language;
        });
        return found == actions.end() ? nullptr : *found;
    };
    QVERIFY(choice(QString())->isChecked()); // the system's, until one is chosen
    QCOMPARE(choice(QStringLiteral("uk"))->text(), QStringLiteral("Українська"));

    choice(QStringLiteral("uk"))->trigger();
    QCOMPARE(QSettings().value(QLatin1String(LanguageMenu::SettingsKey)).toString(),
             QStringLiteral("uk"));
    QCOMPARE(noted.size(), 1);
    QVERIFY2(noted.first().first().toString().contains(QStringLiteral("Українська")),
             qPrintable(noted.first().first().toString()));
    const LanguageMenu reopened; // as the next start builds it
    const QList<QAction *> items = reopened.actions();
    QVERIFY(std::any_of(items.begin(), items.end(), [](const QAction *action) {
        return action->isChecked() && action->data().toString() == u"uk";
    }));

    choice(QString())->trigger();
    QVERIFY(!QSettings().contains(QLatin1String(LanguageMenu::SettingsKey)));
}

// The main window (menus, docks, toolbars), the event editor and the import dialog's column
// mapping, each shown in turn, on an empty timeline so that every text is the program's own.
void TstTranslations::showEachScreen(const std::function<void(QWidget *)> &visit)
{
    auto store = std::make_unique<EventStore>(
        m_dir->filePath(QStringLiteral("t%1.entente").arg(++m_stores)));
    EventStore *events = store.get();
    MainWindow window(std::move(store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    visit(&window);

    EventEditorDialog editor(events, &window);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    visit(&editor);

    MappedCsvReader::Table table{
        {QStringLiteral("when"), QStringLiteral("what"), QStringLiteral("who")}, {}, {}, u','};
    table.records.append(
        {{QStringLiteral("2015-02-12"), QStringLiteral("Minsk II"), QStringLiteral("Ukraine")}, 2});
    CsvMappingDialog mapping(table, QStringLiteral("talks.csv"), &window);
    mapping.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mapping));
    visit(&mapping);
}

QStringList TstTranslations::textsOfEachScreen()
{
    QStringList texts;
    showEachScreen([&](QWidget *screen) { texts += visibleTexts(screen); });
    texts.removeIf([](const QString &text) { return !hasWords(text); });
    texts.removeDuplicates();
    return texts;
}

void TstTranslations::everyTextTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Ukrainian") << QStringLiteral("uk");
    QTest::newRow("Dutch") << QStringLiteral("nl");
    QTest::newRow("German") << QStringLiteral("de");
}

void TstTranslations::everyTextTranslated()
{
    QFETCH(QString, language);
    const QStringList english = textsOfEachScreen();
    QVERIFY2(english.size() > 150, qPrintable(QString::number(english.size())));

    Translations::install(language);
    const QStringList translated = textsOfEachScreen();
    QSet<QString> allowed = sameInTranslation(
        QStringLiteral(ENTENTE_SOURCE_DIR "/resources/translations/entente_%1.ts").arg(language));
    // Names: of the program, of the sample file and its columns, of an address's start, and of
    // the languages in the Language menu, each in its own language.
    allowed += {QStringLiteral("Entente"), QStringLiteral("talks.csv"), QStringLiteral("when"),
                QStringLiteral("what"),    QStringLiteral("who"),       QStringLiteral("Minsk II"),
                QStringLiteral("Ukraine"), QStringLiteral("https://")};
    for (const QString &each : Translations::languages()) {
        allowed.insert(Translations::nativeName(each));
    }
    QStringList untranslated;
    for (const QString &text : translated) {
        if (english.contains(text) && !allowed.contains(text)) {
            untranslated.append(text);
        }
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("left in English: “%1”")
                            .arg(untranslated.join(QStringLiteral("”, “")))));
}

void TstTranslations::germanLabelsNotClipped()
{
    Translations::install(QStringLiteral("de"));
    QStringList clipped;
    showEachScreen([&](QWidget *screen) {
        // Every screen fits on a small laptop's display with its labels whole.
        if (screen->minimumSizeHint().width() > 1366) {
            clipped.append(QStringLiteral("%1 needs %2 px")
                               .arg(QString::fromLatin1(screen->metaObject()->className()))
                               .arg(screen->minimumSizeHint().width()));
        }
        for (QWidget *widget : screen->findChildren<QWidget *>()) {
            const bool text =
                qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget);
            auto *label = qobject_cast<QLabel *>(widget);
            if (!text || !widget->isVisibleTo(screen) || (label && label->wordWrap()) ||
                qobject_cast<QToolBar *>(widget->parentWidget())) {
                continue;
            }
            const QString shown =
                label ? label->text() : qobject_cast<QAbstractButton *>(widget)->text();
            if (!shown.isEmpty() && widget->width() < widget->minimumSizeHint().width()) {
                clipped.append(QStringLiteral("“%1” (%2 of %3 px)")
                                   .arg(readable(shown))
                                   .arg(widget->width())
                                   .arg(widget->minimumSizeHint().width()));
            }
        }
    });
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
}

void TstTranslations::acceleratorsDistinct_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::languages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

// In every language Alt and a letter open one menu of the menu bar, and choose one item of it.
void TstTranslations::acceleratorsDistinct()
{
    QFETCH(QString, language);
    Translations::install(language);
    QStringList shared;
    showEachScreen([&](QWidget *screen) {
        auto *window = qobject_cast<MainWindow *>(screen);
        if (!window) {
            return;
        }
        auto bar = std::make_unique<QMenu>(); // the menu bar's titles, as one menu
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            shared += sharedAccelerators(menu);
        }
        for (QMenu *menu : window->menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly)) {
            bar->addAction(menu->title());
        }
        bar->setTitle(QStringLiteral("menu bar"));
        shared += sharedAccelerators(bar.get());
    });
    shared.removeDuplicates();
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QStringLiteral("; "))));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
