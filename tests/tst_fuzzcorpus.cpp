// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTest>

#include "fuzztargets.h"

using namespace entente;

namespace {

// The seed inputs of each libFuzzer target, and the inputs that once crashed one.
const QStringList InputFolders = {QStringLiteral("corpus"), QStringLiteral("regressions")};

QString fuzzDir()
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fuzz");
}

// tests/fuzz/<folder>[/<target>]
QString inputDir(const QString &folder, const QString &target = QString())
{
    const QString dir = fuzzDir() + u'/' + folder;
    return target.isEmpty() ? dir : dir + u'/' + target;
}

QStringList subfolders(const QString &path)
{
    return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

// Every file of tests/fuzz/corpus and tests/fuzz/regressions through the body of its libFuzzer
// target, in the normal build: each file that once crashed Entente stays harmless, and so does
// every seed.
class TstFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds();
    void foldersAreNamedAfterTargets();
    void inputIsHandled_data();
    void inputIsHandled();
};

void TstFuzzCorpus::everyTargetHasSeeds()
{
    for (const QString &target : FuzzTargets::names()) {
        QVERIFY2(!filesIn(inputDir(QStringLiteral("corpus"), target)).isEmpty(),
                 qPrintable(target));
    }
}

// A regression saved under a misspelt folder would never run.
void TstFuzzCorpus::foldersAreNamedAfterTargets()
{
    for (const QString &folder : InputFolders) {
        for (const QString &target : subfolders(inputDir(folder))) {
            QVERIFY2(FuzzTargets::names().contains(target), qPrintable(folder + u'/' + target));
        }
    }
}

void TstFuzzCorpus::inputIsHandled_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &folder : InputFolders) {
        for (const QString &target : subfolders(inputDir(folder))) {
            const QString dir = inputDir(folder, target);
            for (const QString &file : filesIn(dir)) {
                const QString row = folder + u'/' + target + u'/' + file;
                QTest::newRow(qPrintable(row)) << target << dir + u'/' + file;
            }
        }
    }
}

// Refused or read, without a crash, a hang or a broken invariant (the target aborts on those).
void TstFuzzCorpus::inputIsHandled()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QVERIFY(FuzzTargets::run(target, file.readAll()));
}

QTEST_GUILESS_MAIN(TstFuzzCorpus)
#include "tst_fuzzcorpus.moc"
