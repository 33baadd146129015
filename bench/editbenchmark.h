// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace entente {

// edit_ms: from an undo command (add, move, resize, delete, undo) to the finished next frame
// of a 1920×1080 view showing the edited month, density summaries and tile cache included.
// Every command is undone at the end, so the benchmark's timeline is left as it was.
class EditBenchmark final
{
public:
    using Report = std::function<void(const QString &figure, double value, const QString &unit,
                                      const QJsonObject &context)>;

    EditBenchmark(const QString &database, int perKind, Report report)
        : m_database(database), m_perKind(perKind), m_report(std::move(report))
    {}

    int run();

private:
    QString m_database;
    int m_perKind;
    Report m_report;
};

} // namespace entente
