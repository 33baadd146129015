// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorGuard: what a slot or handler throws reaches the user as a message, in words, and the
// program goes on; a slot connected through it takes the signal's arguments as a plain one.
#include "error.h"
#include "errorguard.h"

#include <QObject>
#include <QStringList>
#include <QTest>

#include <new>
#include <stdexcept>

using namespace entente;

namespace {

class Sender final : public QObject
{
    Q_OBJECT

signals:
    void valueChanged(int value, const QString &why);
};

} // namespace

class TstErrorGuard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_reported.clear();
        ErrorGuard::setReporter([this](const QString &message) { m_reported.append(message); });
    }
    void cleanup() { ErrorGuard::setReporter({}); }

    void errorsBecomeTheirMessage()
    {
        QVERIFY(!ErrorGuard::run([] { throw Error(QStringLiteral("t.entente: in use")); }));
        QVERIFY(!ErrorGuard::run([] { throw std::bad_alloc(); }));
        QVERIFY(!ErrorGuard::run([] { throw std::runtime_error("odd"); }));
        QCOMPARE(m_reported.size(), 3);
        QCOMPARE(m_reported.at(0), QStringLiteral("t.entente: in use"));
        QVERIFY(m_reported.at(1).contains(u"ran out of memory"));
        QCOMPARE(m_reported.at(2), QStringLiteral("Unexpected error: odd"));
    }

    void callsThatFinishReportNothing()
    {
        int calls = 0;
        QVERIFY(ErrorGuard::run([&] { ++calls; }));
        QCOMPARE(ErrorGuard::value(0, [] { return 7; }), 7);
        QCOMPARE(ErrorGuard::value(-1, []() -> int { throw Error(QStringLiteral("no")); }), -1);
        QCOMPARE(calls, 1);
        QCOMPARE(m_reported, QStringList{QStringLiteral("no")});
    }

    void slotsTakeTheArgumentsTheyAskFor()
    {
        Sender sender;
        int seen = 0;
        QString why;
        QObject::connect(&sender, &Sender::valueChanged, &sender,
                         ErrorGuard::slot([&](int value) { seen = value; }));
        QObject::connect(&sender, &Sender::valueChanged, &sender,
                         ErrorGuard::slot([&](int, const QString &text) { why = text; }));
        QObject::connect(&sender, &Sender::valueChanged, &sender, ErrorGuard::slot([](int value) {
            if (value < 0) {
                throw Error(QStringLiteral("negative"));
            }
        }));
        emit sender.valueChanged(3, QStringLiteral("asked"));
        QCOMPARE(seen, 3);
        QCOMPARE(why, QStringLiteral("asked"));
        emit sender.valueChanged(-1, QString()); // thrown inside the slot, reported there
        QCOMPARE(seen, -1);
        QCOMPARE(m_reported, QStringList{QStringLiteral("negative")});
    }

private:
    QStringList m_reported;
};

QTEST_GUILESS_MAIN(TstErrorGuard)
#include "tst_errorguard.moc"
