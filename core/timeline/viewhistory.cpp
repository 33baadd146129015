// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewhistory.h"

namespace entente {

void ViewHistory::visit(const View &view)
{
    if (current() == view) {
        return;
    }
    m_views.resize(m_current + 1); // what was ahead is no longer reachable
    m_views.append(view);
    if (m_views.size() > MaxEntries) {
        m_views.removeFirst();
    }
    m_current = m_views.size() - 1;
}

std::optional<ViewHistory::View> ViewHistory::back()
{
    if (!canGoBack()) {
        return std::nullopt;
    }
    return m_views.at(--m_current);
}

std::optional<ViewHistory::View> ViewHistory::forward()
{
    if (!canGoForward()) {
        return std::nullopt;
    }
    return m_views.at(++m_current);
}

std::optional<ViewHistory::View> ViewHistory::current() const
{
    if (m_current < 0) {
        return std::nullopt;
    }
    return m_views.at(m_current);
}

} // namespace entente
