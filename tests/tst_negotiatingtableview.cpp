// SPDX-License-Identifier: GPL-3.0-or-later
// The negotiating table as drawn, offscreen, for the bundled timeline: its Minsk I and Minsk II
// columns with their signatories and mediators, a seat someone was kept from drawn unlike a
// seat at the table, a group that folds and unfolds, and a click that selects the event.
#include "eventstore.h"
#include "mainwindow.h"
#include "negotiatingtabledock.h"
#include "negotiatingtableinput.h"
#include "negotiatingtablepainter.h"
#include "negotiatingtableview.h"
#include "seedloader.h"
#include "testsupport.h"
#include "timelineview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace entente;
using namespace Qt::StringLiterals;
using Row = NegotiatingTable::Row;

class TstNegotiatingTableView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drawsMinskColumnsWithTheirSignatoriesAndMediators();
    void drawsAnExcludedSeatUnlikeASeatAtTheTable();
    void foldsAndUnfoldsAGroupWithAClickOrKeys();
    void clickOnACellSelectsTheEventAndFollowsTheSelection();
    void exportsEveryFormat();
    void headersStayWhenTheTableScrolls();
    void rowsShowShortNamesWithTheFullNameInTheirTooltip();

private:
    qint64 eventTitled(const QString &prefix) const { return ::eventTitled(*m_store, prefix); }
    qint64 actorNamed(const QString &name) const { return ::actorNamed(*m_store, name); }
    void addToEvent(qint64 eventId, qint64 actorId, const QString &role);
    void showTable(NegotiatingTableView &view) const;
    static qsizetype rowOf(const NegotiatingTable &table, const QString &name);
    static qsizetype columnOf(const NegotiatingTable &table, qint64 eventId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

namespace {

bool isWhite(QRgb pixel)
{
    return qRed(pixel) > 240 && qGreen(pixel) > 240 && qBlue(pixel) > 240;
}

bool isReddish(QRgb pixel)
{
    return qRed(pixel) > qGreen(pixel) + 60 && qRed(pixel) > qBlue(pixel) + 60;
}

// Down the chip's inside, left of where a centred label goes: how many pixels are white.
int whiteInside(const QImage &image, const QRectF &cell)
{
    int white = 0;
    const int x = int(cell.left()) + 7;
    for (int y = int(cell.top()) + 7; y < int(cell.bottom()) - 7; ++y) {
        white += isWhite(image.pixel(x, y));
    }
    return white;
}

// Along the chip's top edge: how many pixels are red, the colour of a seat kept from someone.
int reddishEdge(const QImage &image, const QRectF &cell)
{
    int red = 0;
    for (int x = int(cell.left()) + 8; x < int(cell.right()) - 8; ++x) {
        for (int y = int(cell.top()) + 3; y <= int(cell.top()) + 5; ++y) {
            red += isReddish(image.pixel(x, y));
        }
    }
    return red;
}

} // namespace

void TstNegotiatingTableView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_negotiatingtableview"));
    isolateSettings();
}

void TstNegotiatingTableView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    SeedLoader::loadBundled(*m_store);
    removeBundledAgreements(*m_store); // the test makes its own
}

void TstNegotiatingTableView::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstNegotiatingTableView::addToEvent(qint64 eventId, qint64 actorId, const QString &role)
{
    Event event = *m_store->event(eventId);
    event.actors.append({actorId, role});
    m_store->updateEvent(event);
}

void TstNegotiatingTableView::showTable(NegotiatingTableView &view) const
{
    const NegotiatingTable::Input input = NegotiatingTableInput::read(*m_store, {});
    view.setTable(NegotiatingTable(input), input.roles);
}

qsizetype TstNegotiatingTableView::rowOf(const NegotiatingTable &table, const QString &name)
{
    for (qsizetype row = 0; row < table.rows().size(); ++row) {
        if (table.rows().at(row).name == name) {
            return row;
        }
    }
    return -1;
}

qsizetype TstNegotiatingTableView::columnOf(const NegotiatingTable &table, qint64 eventId)
{
    for (qsizetype column = 0; column < table.columns().size(); ++column) {
        if (table.columns().at(column).id == eventId) {
            return column;
        }
    }
    return -1;
}

void TstNegotiatingTableView::drawsMinskColumnsWithTheirSignatoriesAndMediators()
{
    NegotiatingTableView view;
    showTable(view);
    const NegotiatingTable &table = view.table();
    const qsizetype minskI = columnOf(table, eventTitled(QStringLiteral("Minsk agreement")));
    const qsizetype minskII = columnOf(table, eventTitled(QStringLiteral("Minsk II")));
    QVERIFY(minskI >= 0 && minskII > minskI); // in time order
    const qsizetype russia = rowOf(table, QStringLiteral("Russia"));
    const qsizetype osce =
        rowOf(table, QStringLiteral("Organization for Security and Co-operation in Europe"));
    const qsizetype germany = rowOf(table, QStringLiteral("Germany"));
    QVERIFY(russia >= 0 && osce >= 0 && germany >= 0 && rowOf(table, u"Ukraine"_s) >= 0 &&
            rowOf(table, u"France"_s) >= 0);
    QCOMPARE(table.cell(russia, minskII).roles, QStringList{u"signatory"_s});
    QCOMPARE(table.cell(osce, minskI).roles, QStringList{u"mediator"_s});
    QCOMPARE(table.cell(germany, minskII).roles, QStringList{u"mediator"_s});
    QVERIFY(table.cell(germany, minskI).isEmpty());

    const NegotiatingTablePainter &painter = view.painter();
    QVERIFY(painter.toolTip({NegotiatingTablePainter::Hit::Kind::ColumnHeader, -1, minskII})
                .contains(u"12 Feb 2015 Minsk II"_s));
    QVERIFY(painter.toolTip({NegotiatingTablePainter::Hit::Kind::Cell, russia, minskII})
                .endsWith(u": signatory"_s));
    const QImage image = view.grab().toImage();
    // A seat at the table is a filled chip; where Germany was not, the cell is blank.
    QCOMPARE(whiteInside(image, painter.cellRect(russia, minskII)), 0);
    QCOMPARE(whiteInside(image, painter.cellRect(osce, minskI)), 0);
    const QRectF blank = painter.cellRect(germany, minskI);
    QVERIFY(whiteInside(image, blank) > int(blank.height()) - 16);
}

void TstNegotiatingTableView::drawsAnExcludedSeatUnlikeASeatAtTheTable()
{
    const qint64 minskII = eventTitled(QStringLiteral("Minsk II"));
    addToEvent(minskII, actorNamed(QStringLiteral("United States")), QStringLiteral("excluded"));
    addToEvent(minskII, actorNamed(QStringLiteral("European Union")),
               QStringLiteral("demanded-seat"));
    NegotiatingTableView view;
    showTable(view);
    const NegotiatingTable &table = view.table();
    const qsizetype column = columnOf(table, minskII);
    const qsizetype excluded = rowOf(table, QStringLiteral("United States"));
    const qsizetype demanded = rowOf(table, QStringLiteral("European Union"));
    const qsizetype seated = rowOf(table, QStringLiteral("Russia"));
    QVERIFY(excluded >= 0 && demanded >= 0);
    QCOMPARE(table.cell(excluded, column).seat, ActorRole::Seat::Absent);

    const QImage image = view.grab().toImage();
    const NegotiatingTablePainter &painter = view.painter();
    for (const qsizetype kept : {excluded, demanded}) {
        const QRectF cell = painter.cellRect(kept, column);
        // Hollow, with a red edge; the seated chip is filled and has none.
        QVERIFY(whiteInside(image, cell) > int(cell.height()) - 16);
        QVERIFY2(reddishEdge(image, cell) > 20,
                 qPrintable(QString::number(reddishEdge(image, cell))));
    }
    QCOMPARE(whiteInside(image, painter.cellRect(seated, column)), 0);
    QCOMPARE(reddishEdge(image, painter.cellRect(seated, column)), 0);
}

void TstNegotiatingTableView::foldsAndUnfoldsAGroupWithAClickOrKeys()
{
    const QList<qint64> members{actorNamed(u"France"_s), actorNamed(u"Germany"_s),
                                actorNamed(u"Russia"_s), actorNamed(u"Ukraine"_s)};
    const qint64 groupId =
        m_store->addActorGroup({0, QStringLiteral("Normandy format"), QString(), members});
    NegotiatingTableView view;
    showTable(view);
    const NegotiatingTable &table = view.table();
    QCOMPARE(table.rows().constFirst(), (Row{Row::Kind::Group, groupId, u"Normandy format"_s, 0}));
    const qsizetype france = rowOf(table, QStringLiteral("France"));
    QCOMPARE(table.rows().at(france).kind, Row::Kind::Member);
    // A group comes folded: one row.
    QVERIFY(view.isFolded(groupId));
    QVERIFY(!view.painter().shownRows().contains(france));
    const int foldedHeight = view.height();

    QTest::mouseClick(&view, Qt::LeftButton, {},
                      view.painter().rowHeaderRect(0).center().toPoint());
    QVERIFY(!view.isFolded(groupId));
    QVERIFY(view.painter().shownRows().contains(france));
    QVERIFY(view.height() > foldedHeight);
    QVERIFY(!view.painter().cellRect(france, 0).isEmpty());

    QTest::mouseClick(&view, Qt::LeftButton, {}, view.painter().foldBoxRect(0).center().toPoint());
    QVERIFY(view.isFolded(groupId));
    QCOMPARE(view.height(), foldedHeight);

    QTest::keyClick(&view, Qt::Key_Right); // on the group, the current row since the click
    QVERIFY(!view.isFolded(groupId));
    QTest::keyClick(&view, Qt::Key_Down); // to France
    QTest::keyClick(&view, Qt::Key_Left); // from a member: to its group
    QVERIFY(!view.isFolded(groupId));
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(view.isFolded(groupId));
}

void TstNegotiatingTableView::clickOnACellSelectsTheEventAndFollowsTheSelection()
{
    const qint64 minskI = eventTitled(QStringLiteral("Minsk agreement"));
    const qint64 minskII = eventTitled(QStringLiteral("Minsk II"));
    MainWindow window(std::move(m_store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<NegotiatingTableDock *>();
    QVERIFY(dock);
    QSignalSpy shown(dock, &NegotiatingTableDock::tableShown);
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(shown.wait());
    NegotiatingTableView *view = dock->view();
    const qsizetype column = columnOf(view->table(), minskII);
    const qsizetype row = rowOf(view->table(), QStringLiteral("Ukraine"));
    QVERIFY(column >= 0 && row >= 0);

    QTest::mouseClick(view, Qt::LeftButton, {},
                      view->painter().cellRect(row, column).center().toPoint());
    QCOMPARE(window.timelineView()->selectedEventId(), minskII);
    QCOMPARE(view->currentEvent(), minskII);

    window.selectEvent(minskI);
    QCOMPARE(view->currentEvent(), minskI);

    // A write that changes who sat where is shown.
    Event event = *window.store()->event(minskI);
    event.actors.append({window.store()->actors().constFirst().id, u"observer"_s});
    shown.clear();
    window.store()->updateEvent(event);
    QVERIFY(shown.wait());
    const qsizetype observer = rowOf(view->table(), window.store()->actors().constFirst().name);
    QVERIFY(view->table()
                .cell(observer, columnOf(view->table(), minskI))
                .roles.contains(u"observer"_s));
}

void TstNegotiatingTableView::exportsEveryFormat()
{
    MainWindow window(std::move(m_store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<NegotiatingTableDock *>();
    QSignalSpy shown(dock, &NegotiatingTableDock::tableShown);
    dock->show();
    QVERIFY(shown.wait());
    for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s, u"csv"_s}) {
        const QString path = m_dir->filePath(u"table."_s + suffix);
        dock->exportTo(path);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    QImage png;
    QVERIFY(png.load(m_dir->filePath(u"table.png"_s)));
    QCOMPARE(png.size(), dock->view()->size() * 2);
    QVERIFY(fileBytes(m_dir->filePath(u"table.pdf"_s)).startsWith("%PDF"));
    QVERIFY(fileBytes(m_dir->filePath(u"table.svg"_s)).contains("Minsk II"));
    const QByteArray csv = fileBytes(m_dir->filePath(u"table.csv"_s));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Actor,"));
    QVERIFY(csv.contains("Minsk II"));
}

void TstNegotiatingTableView::headersStayWhenTheTableScrolls()
{
    QScrollArea area;
    auto *view = new NegotiatingTableView;
    showTable(*view);
    area.setWidget(view);
    area.resize(320, 220);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    const NegotiatingTablePainter &painter = view->painter();
    const qsizetype lastColumn = view->table().columns().size() - 1;
    const qsizetype lastRow = painter.shownRows().constLast();
    const QRect columnHeader = painter.columnHeaderRect(lastColumn).toAlignedRect();
    const QRect rowHeader = painter.rowHeaderRect(lastRow).toAlignedRect();
    const QImage unscrolled = view->grab().toImage();

    area.horizontalScrollBar()->setValue(area.horizontalScrollBar()->maximum());
    area.verticalScrollBar()->setValue(area.verticalScrollBar()->maximum());
    const QPoint scroll = view->scrollOffset().toPoint();
    QVERIFY(scroll.x() > columnHeader.width() && scroll.y() > rowHeader.height());
    const QImage scrolled = view->grab().toImage();
    // The last column's header, along the top of what is shown, as it was drawn unscrolled;
    // the last row's name down its left.
    const QRect frozenColumn = columnHeader.translated(0, scroll.y());
    const QRect frozenRow = rowHeader.translated(scroll.x(), 0);
    QVERIFY(QRect(scroll, area.viewport()->size()).contains(frozenColumn));
    // Inside the grid's lines, which meet the table's edge otherwise when it is not scrolled.
    const QMargins inside(2, 2, 2, 2);
    QCOMPARE(scrolled.copy(frozenColumn - inside), unscrolled.copy(columnHeader - inside));
    QCOMPARE(scrolled.copy(frozenRow - inside), unscrolled.copy(rowHeader - inside));

    // What is under the pointer there is the header, not the cell scrolled beneath it.
    using Kind = NegotiatingTablePainter::Hit::Kind;
    const auto hit = painter.hitAt(frozenColumn.center(), scroll);
    QCOMPARE(hit.kind, Kind::ColumnHeader);
    QCOMPARE(hit.column, lastColumn);
    QCOMPARE(painter.hitAt(frozenRow.center(), scroll).kind, Kind::RowHeader);
    QCOMPARE(painter.hitAt(frozenRow.center(), scroll).row, lastRow);
    QCOMPARE(painter.hitAt(QPointF(scroll) + QPointF(2, 2), scroll).kind, Kind::None); // corner
    QTest::mouseClick(view, Qt::LeftButton, {}, frozenColumn.center());
    QCOMPARE(view->currentEvent(), view->table().columns().at(lastColumn).id);
}

void TstNegotiatingTableView::rowsShowShortNamesWithTheFullNameInTheirTooltip()
{
    NegotiatingTableView view;
    showTable(view);
    const NegotiatingTable &table = view.table();
    const QString osceName = u"Organization for Security and Co-operation in Europe"_s;
    const qsizetype osce = rowOf(table, osceName);
    QVERIFY(osce >= 0);
    QCOMPARE(table.rows().at(osce).displayName(), u"OSCE"_s);
    using Hit = NegotiatingTablePainter::Hit;
    const NegotiatingTablePainter &painter = view.painter();
    QCOMPARE(painter.toolTip({Hit::Kind::RowHeader, osce, -1}), osceName);
    const qsizetype minskI = columnOf(table, eventTitled(QStringLiteral("Minsk agreement")));
    QVERIFY(painter.toolTip({Hit::Kind::Cell, osce, minskI}).startsWith(u"OSCE at "_s));
}

QTEST_MAIN(TstNegotiatingTableView)
#include "tst_negotiatingtableview.moc"
