// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace entente {

// The views a user has been to, for Back and Forward as in a browser. A view is a time range;
// visiting one after going back drops the ones ahead, and the oldest go beyond MaxEntries.
class ViewHistory final
{
public:
    struct View
    {
        qint64 from;
        qint64 to;
        friend bool operator==(const View &, const View &) = default;
    };

    // Records `view` as the current one (nothing if it already is).
    void visit(const View &view);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_views.size(); }
    // The view to show, or nothing at either end.
    std::optional<View> back();
    std::optional<View> forward();
    std::optional<View> current() const;

    static constexpr qsizetype MaxEntries = 100;

private:
    QList<View> m_views;
    qsizetype m_current = -1;
};

} // namespace entente
