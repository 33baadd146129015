// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "eventstore.h"
#include "readerconnection.h"
#include "seedloader.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstReaderConnection : public QObject
{
    Q_OBJECT

private slots:
    void opensAtFirstUseAndReads();
    void aMissingFileIsAnErrorAtFirstUseNamingIt();
    void afterStopEveryUseIsRefused();
};

void TstReaderConnection::opensAtFirstUseAndReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.entente"_s);
    qint64 events = 0;
    {
        EventStore store(path);
        SeedLoader::loadBundled(store);
        events = store.eventCount();
    }
    ReaderConnection reader(path);
    QCOMPARE(reader.store().eventCount(), events);
    QVERIFY(reader.store().isReadOnly());
    QCOMPARE(&reader.store(), &reader.store()); // one connection, kept
}

void TstReaderConnection::aMissingFileIsAnErrorAtFirstUseNamingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.entente"_s);
    ReaderConnection reader(path); // constructing opens nothing yet
    const std::optional<QString> error = errorOf([&] { reader.store(); });
    QVERIFY(error);
    QVERIFY2(error->contains(QDir::toNativeSeparators(path)), qPrintable(*error));
    QVERIFY(!QFile::exists(path));
}

void TstReaderConnection::afterStopEveryUseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.entente"_s);
    EventStore(path).eventCount();
    ReaderConnection reader(path);
    reader.store();
    reader.stop();
    QVERIFY(reader.isStopped());
    const std::optional<QString> error = errorOf([&] { reader.store(); });
    QVERIFY(error);
    QVERIFY2(error->contains(u"stopped"_s) && error->contains(QDir::toNativeSeparators(path)),
             qPrintable(*error));
}

QTEST_GUILESS_MAIN(TstReaderConnection)
#include "tst_readerconnection.moc"
