// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace entente {

// HTML as timeline tools write it into their texts, reduced to what Entente shows: plain text.
class HtmlText final
{
public:
    // Tags removed; <br>, <p>, <div> and <li> become line breaks (one between paragraphs, none
    // at either end); character references decoded (&amp;, &nbsp;, &#8211;, &#x2014;, …; an
    // unknown one is kept as written); runs of spaces inside a line made one.
    static QString toPlainText(const QString &html);

private:
    static QString decodeEntities(const QString &text);
    static QString entity(const QString &name);
};

} // namespace entente
