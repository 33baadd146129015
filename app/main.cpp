// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "commandline.h"
#include "documentcontroller.h"
#include "error.h"
#include "errorguard.h"
#include "eventstore.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "plainmessage.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace entente;

namespace {

// What the command line asks for, read again from the application's own arguments once it
// exists: on Windows those come from the wide command line, so that a path in Cyrillic survives,
// where argv went through the local 8-bit code page.
CommandLine::Options reparsed(const CommandLine::Options &first)
{
    QString error;
    const std::optional<CommandLine::Options> options =
        CommandLine::parse(QCoreApplication::arguments(), &error);
    return options.value_or(first);
}

// Headless export needs no display: it draws offscreen unless the user chose a platform. There
// fonts are read with FreeType from a folder, by default one that Qt's installer for Windows does
// not ship: on Windows it is the system's fonts folder, or every label would be blank.
void drawOffscreenUnlessChosen()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR")) {
        const QString windows = qEnvironmentVariable("WINDIR", QStringLiteral("C:/Windows"));
        qputenv("QT_QPA_FONTDIR", QDir(windows).filePath(QStringLiteral("Fonts")).toLocal8Bit());
    }
#endif
}

// Speaks --language, else the language chosen in the window's Language menu, else the
// system's. Needs the application: translators hang on it.
void speakChosenLanguage(const CommandLine::Options &options)
{
    const QString chosen =
        options.language.isEmpty()
            ? QSettings().value(QLatin1String(LanguageMenu::SettingsKey)).toString()
            : options.language;
    Translations::install(Translations::pick(chosen, QLocale::system().uiLanguages()));
}

} // namespace

int main(int argc, char *argv[])
{
    // Parsed once before any application exists, only to choose which one to make (GUI or
    // not): that choice depends on no path or text.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    QString error;
    const std::optional<CommandLine::Options> chosen = CommandLine::parse(arguments, &error);
    if (!chosen) {
        CommandLine::printError(error);
        return CommandLine::UsageError;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
    if (chosen->help || chosen->version) {
        // The help names the program from the application's arguments, so it needs one.
        QCoreApplication app(argc, argv);
        speakChosenLanguage(*chosen);
        const QString text = chosen->help ? CommandLine::helpText()
                                          : QStringLiteral("entente " ENTENTE_VERSION "\n");
        std::fputs(qUtf8Printable(text), stdout);
        return CommandLine::Success;
    }
    if (!CommandLine::needsGui(*chosen)) {
        QCoreApplication app(argc, argv);
        speakChosenLanguage(*chosen);
        return CommandLine::runHeadless(reparsed(*chosen));
    }
    if (!chosen->exportImage.isEmpty() || !chosen->exportTable.isEmpty()) {
        drawOffscreenUnlessChosen();
    }
    Application app(argc, argv);
    speakChosenLanguage(*chosen);
    const CommandLine::Options options = reparsed(*chosen);
    if (!options.exportImage.isEmpty()) {
        return CommandLine::runExportImage(options);
    }
    if (!options.exportTable.isEmpty()) {
        return CommandLine::runExportTable(options);
    }
    if (options.themeChosen) {
        // Fusion draws every widget from the palette, so the whole window takes the theme.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(TimelineExporter::palette(options.theme));
    }
    std::unique_ptr<EventStore> store;
    QString failure;
    // A file that is there opens in the window, behind its progress dialog with Cancel: a
    // copy, a check of every page or an upgrade can take a minute on a large file.
    const bool openInWindow = QFileInfo(options.database).isFile();
    try {
        if (!openInWindow) {
            store = CommandLine::openStore(options, CommandLine::Purpose::Window);
        }
    } catch (const Error &error) {
        // The window opens without a timeline, says why, and offers New, Open and the recent
        // files.
        failure = error.message();
        CommandLine::printError(failure);
    }
    std::unique_ptr<MainWindow> window;
    try {
        window = std::make_unique<MainWindow>(std::move(store));
    } catch (const Error &error) {
        CommandLine::printError(error.message());
        PlainMessage::critical(nullptr, QStringLiteral("Entente"), error.message());
        return CommandLine::Failure;
    }
    window->show();
    QObject::connect(
        &app, &Application::openRequested, window.get(),
        ErrorGuard::slot([&window](const QString &file) { window->documents()->open(file); }));
    if (!failure.isEmpty()) {
        window->showFailure(failure);
    }
    if (openInWindow) {
        QObject::connect(window->documents(), &DocumentController::failed, window.get(),
                         [](const QString &message) { CommandLine::printError(message); });
        QTimer::singleShot(0, window.get(),
                           [&window, &options] { window->documents()->open(options.database); });
    }
    return app.exec();
}
