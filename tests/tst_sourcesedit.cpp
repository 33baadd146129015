// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

#include "eventstore.h"
#include "sourcesedit.h"
#include "typetext.h"

#include <memory>

using namespace entente;

namespace {

Source sourceOf(const QString &outlet, const QString &title)
{
    return {0, outlet, title, QStringLiteral("https://example.org/"), PartialDate(), QString()};
}

// The labels the picker offers now, as its popup lists them.
QStringList offered(const SourcesEdit &edit)
{
    QStringList labels;
    const QAbstractItemModel *model = edit.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        labels.append(model->index(row, 0).data().toString());
    }
    return labels;
}

} // namespace

class TstSourcesEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingPartOfANameOffersIt_data();
    void typingPartOfANameOffersIt();
    void choosingByKeyboardCitesIt();
    void enterOnAWholeLabelCitesItOnce();
    void downListsSourcesWithNothingTyped();
    void citedSourcesAreShownWithoutReadingTheOthers();

private:
    void type(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<SourcesEdit> m_edit;
    qint64 m_riyadh = 0, m_pravda = 0, m_meduza = 0;
};

void TstSourcesEdit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("sources.entente")));
    m_riyadh =
        m_store->addSource(sourceOf(QStringLiteral("Reuters"), QStringLiteral("Talks in Riyadh")));
    m_pravda = m_store->addSource(
        sourceOf(QStringLiteral("Ukrainska Pravda"), QStringLiteral("Zelensky not invited")));
    m_meduza = m_store->addSource(
        sourceOf(QStringLiteral("Медуза"), QStringLiteral("Переговоры в Эр-Рияде")));
    m_edit = std::make_unique<SourcesEdit>();
    m_edit->setSources(m_store.get(), {});
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
}

void TstSourcesEdit::cleanup()
{
    m_edit.reset();
    m_store.reset();
    m_dir.reset();
}

void TstSourcesEdit::type(const QString &text)
{
    QLineEdit *field = m_edit->existingEdit();
    field->setFocus();
    typeText(field, text);
}

void TstSourcesEdit::typingPartOfANameOffersIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("part of a title, another case")
        << QStringLiteral("riyadh") << QStringList{QStringLiteral("Reuters: Talks in Riyadh")};
    QTest::newRow("part of an outlet")
        << QStringLiteral("pravda")
        << QStringList{QStringLiteral("Ukrainska Pravda: Zelensky not invited")};
    QTest::newRow("Cyrillic, another case")
        << QStringLiteral("ПЕРЕГОВОРЫ")
        << QStringList{QStringLiteral("Медуза: Переговоры в Эр-Рияде")};
    QTest::newRow("in several") << QStringLiteral("in")
                                << QStringList{
                                       QStringLiteral("Reuters: Talks in Riyadh"),
                                       QStringLiteral("Ukrainska Pravda: Zelensky not invited")};
}

void TstSourcesEdit::typingPartOfANameOffersIt()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, labels);
    type(typed);
    QTRY_VERIFY(m_edit->completer()->popup()->isVisible());
    QTRY_COMPARE(offered(*m_edit), labels);
    QCOMPARE(m_edit->list()->count(), 0); // offered, not cited
}

void TstSourcesEdit::choosingByKeyboardCitesIt()
{
    type(QStringLiteral("zelensky"));
    QTRY_VERIFY(m_edit->completer()->popup()->isVisible());
    QTRY_COMPARE(offered(*m_edit).size(), 1);
    QAbstractItemView *popup = m_edit->completer()->popup();
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_edit->list()->count(), 1);
    QCOMPARE(m_edit->outletEdit()->text(), QStringLiteral("Ukrainska Pravda"));
    QVERIFY(m_edit->existingEdit()->text().isEmpty());  // ready for the next one
    QVERIFY(m_edit->publishedEdit()->text().isEmpty()); // undated: nothing to put right
    QVERIFY(!m_edit->hasProblems());
    QList<Source> added, edited;
    QCOMPARE(m_edit->sourceIds(&added, &edited), QList<qint64>{m_pravda});
    QVERIFY(added.isEmpty());
    QVERIFY(edited.isEmpty());
}

void TstSourcesEdit::enterOnAWholeLabelCitesItOnce()
{
    const QString label = QStringLiteral("Медуза: Переговоры в Эр-Рияде");
    for (int time = 0; time < 2; ++time) {
        type(label);
        QTRY_COMPARE(offered(*m_edit), QStringList{label});
        m_edit->completer()->popup()->hide();
        QTest::keyClick(m_edit->existingEdit(), Qt::Key_Return);
    }
    QCOMPARE(m_edit->list()->count(), 1);
    QList<Source> added, edited;
    QCOMPARE(m_edit->sourceIds(&added, &edited), QList<qint64>{m_meduza});
}

void TstSourcesEdit::downListsSourcesWithNothingTyped()
{
    m_edit->existingEdit()->setFocus();
    QTest::keyClick(m_edit->existingEdit(), Qt::Key_Down);
    QTRY_VERIFY(m_edit->completer()->popup()->isVisible());
    QTRY_COMPARE(offered(*m_edit).size(), 3); // in the order they were added
    QCOMPARE(offered(*m_edit).first(), QStringLiteral("Reuters: Talks in Riyadh"));
}

void TstSourcesEdit::citedSourcesAreShownWithoutReadingTheOthers()
{
    m_edit->setSources(m_store.get(), {m_meduza, m_riyadh});
    QCOMPARE(m_edit->list()->count(), 2);
    QCOMPARE(m_edit->list()->item(0)->text(), QStringLiteral("Медуза: Переговоры в Эр-Рияде"));
    QCOMPARE(offered(*m_edit), QStringList()); // nothing looked up before anything is typed
    // A new source is still added beside them.
    QTest::mouseClick(m_edit->findChild<QPushButton *>(QStringLiteral("newSource")),
                      Qt::LeftButton);
    QTest::keyClicks(m_edit->outletEdit(), QStringLiteral("NOS"));
    QList<Source> added, edited;
    const QList<qint64> ids = m_edit->sourceIds(&added, &edited);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.mid(0, 2), (QList<qint64>{m_meduza, m_riyadh}));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().outlet, QStringLiteral("NOS"));
}

QTEST_MAIN(TstSourcesEdit)
#include "tst_sourcesedit.moc"
