// SPDX-License-Identifier: GPL-3.0-or-later
// The direction of use between core's layers (docs/ARCHITECTURE.md), checked on the sources:
// the build already refuses most wrong includes, because each layer's library sees only the
// headers of the layers it links; this names the rule that a file breaks, and also covers what
// the build cannot see (SQLite's header is on every include path, and so is <QtGui/...>).
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// What each layer of core/ may include besides itself.
const QHash<QString, QSet<QString>> &allowedLayers()
{
    static const QHash<QString, QSet<QString>> Allowed = {
        {QStringLiteral("model"), {}},
        {QStringLiteral("db"), {QStringLiteral("model")}},
        {QStringLiteral("store"), {QStringLiteral("db"), QStringLiteral("model")}},
        {QStringLiteral("tiles"),
         {QStringLiteral("store"), QStringLiteral("db"), QStringLiteral("model")}},
        {QStringLiteral("timeline"), {QStringLiteral("model")}},
        {QStringLiteral("analysis"), {QStringLiteral("model")}},
        {QStringLiteral("models"),
         {QStringLiteral("store"), QStringLiteral("db"), QStringLiteral("model"),
          QStringLiteral("analysis")}},
        {QStringLiteral("io"),
         {QStringLiteral("store"), QStringLiteral("db"), QStringLiteral("model"),
          QStringLiteral("analysis")}},
    };
    return Allowed;
}

struct Source
{
    QString path; // relative to the source tree, with '/'
    QStringList includes;
};

// The layer of a path "core/<layer>/file", or "" outside core/.
QString layerOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() == 3 && parts.first() == QLatin1String("core") ? parts.at(1) : QString();
}

// Why `include` may not stand in `path`, or "" when it may. `headerLayers` says which core
// layer owns each header name.
QString violation(const QString &path, const QString &include,
                  const QHash<QString, QString> &headerLayers)
{
    const QString layer = layerOf(path);
    const bool inCore = path.startsWith(QLatin1String("core/"));
    if (include == QLatin1String("<sqlite3.h>") && layer != QLatin1String("db")) {
        return QStringLiteral("%1 includes sqlite3.h: only core/db may").arg(path);
    }
    if (inCore && (include.startsWith(QLatin1String("<QtGui")) ||
                   include.startsWith(QLatin1String("<QtWidgets")))) {
        return QStringLiteral("%1 includes %2: core links Qt Core only").arg(path, include);
    }
    if (layer.isEmpty() || !include.startsWith(QLatin1Char('"'))) {
        return {};
    }
    const QString header = include.mid(1, include.size() - 2);
    const QString owner = headerLayers.value(header);
    if (owner.isEmpty() || owner == layer || allowedLayers().value(layer).contains(owner)) {
        return {};
    }
    return QStringLiteral("%1 includes %2 from core/%3, a layer it may not use")
        .arg(path, header, owner);
}

QList<Source> readSources(const QString &root)
{
    static const QRegularExpression Include(QStringLiteral("^\\s*#\\s*include\\s*([<\"][^>\"]+[>\"])"),
                                            QRegularExpression::MultilineOption);
    QList<Source> sources;
    for (const QString &top : {QStringLiteral("core"), QStringLiteral("app")}) {
        QDirIterator it(root + QLatin1Char('/') + top,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Source source{it.filePath().mid(root.size() + 1), {}};
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = Include.globalMatch(text); match.hasNext();) {
                source.includes.append(match.next().captured(1));
            }
            sources.append(source);
        }
    }
    return sources;
}

QHash<QString, QString> headerLayers(const QList<Source> &sources)
{
    QHash<QString, QString> layers;
    for (const Source &source : sources) {
        if (const QString layer = layerOf(source.path);
            !layer.isEmpty() && source.path.endsWith(QLatin1String(".h"))) {
            layers.insert(source.path.section(QLatin1Char('/'), -1), layer);
        }
    }
    return layers;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void everyCoreFileIsInAKnownLayer()
    {
        const QList<Source> sources = readSources(QStringLiteral(ENTENTE_SOURCE_DIR));
        QVERIFY(sources.size() > 40);
        for (const Source &source : sources) {
            if (source.path.startsWith(QLatin1String("core/"))) {
                QVERIFY2(allowedLayers().contains(layerOf(source.path)), qPrintable(source.path));
            }
        }
    }

    void includesFollowTheDirectionOfUse()
    {
        const QList<Source> sources = readSources(QStringLiteral(ENTENTE_SOURCE_DIR));
        const QHash<QString, QString> layers = headerLayers(sources);
        QStringList broken;
        for (const Source &source : sources) {
            for (const QString &include : source.includes) {
                if (const QString why = violation(source.path, include, layers); !why.isEmpty()) {
                    broken.append(why);
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    // The rules themselves, on includes that break them.
    void theRulesCatchWhatTheyName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("include");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("model uses store") << "core/model/event.cpp"
                                          << "\"eventstore.h\"" << false;
        QTest::newRow("timeline uses db") << "core/timeline/lanemodel.cpp"
                                          << "\"database.h\"" << false;
        QTest::newRow("analysis uses store") << "core/analysis/agreementtracks.cpp"
                                             << "\"eventstore.h\"" << false;
        QTest::newRow("analysis uses model") << "core/analysis/agreementtracks.cpp"
                                             << "\"provision.h\"" << true;
        QTest::newRow("store uses tiles") << "core/store/eventstore.cpp"
                                          << "\"tilecache.h\"" << false;
        QTest::newRow("sqlite outside db") << "core/store/densityindex.cpp"
                                           << "<sqlite3.h>" << false;
        QTest::newRow("sqlite in app") << "app/window/mainwindow.cpp"
                                       << "<sqlite3.h>" << false;
        QTest::newRow("gui in core") << "core/model/actor.cpp"
                                     << "<QtGui/QColor>" << false;
        QTest::newRow("sqlite in db") << "core/db/database.cpp"
                                      << "<sqlite3.h>" << true;
        QTest::newRow("store uses db") << "core/store/eventstore.cpp"
                                       << "\"database.h\"" << true;
        QTest::newRow("tiles use store") << "core/tiles/tilequery.cpp"
                                         << "\"eventstore.h\"" << true;
        QTest::newRow("app uses anything") << "app/window/mainwindow.cpp"
                                           << "\"eventstore.h\"" << true;
    }

    void theRulesCatchWhatTheyName()
    {
        QFETCH(QString, path);
        QFETCH(QString, include);
        QFETCH(bool, allowed);
        const QHash<QString, QString> layers =
            headerLayers(readSources(QStringLiteral(ENTENTE_SOURCE_DIR)));
        QCOMPARE(violation(path, include, layers).isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
