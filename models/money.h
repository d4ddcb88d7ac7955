#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace anchor::models {

// Money is stored in integer cents (DESIGN.md); these turn cents into the locale's currency text
// and back.

// The locale's currency format ("$1,250.50", "1.250,50 €"); whole amounts use the currency's
// usual digits ("$1,250.00", "¥1,250").
QString formatMoney(qint64 cents, const QLocale &locale = QLocale());

// Reads an amount as people type it: with or without the currency symbol or code, with the
// locale's separators or the other common ones ("1,250.50", "$1250.5", "1250", "1.250,50 €"),
// a leading minus or accounting parentheses. At most two decimals. Returns nothing for text
// that is not money (letters, more decimals, misplaced separators) and for blank text: the
// caller decides what blank means.
std::optional<qint64> parseMoney(const QString &text, const QLocale &locale = QLocale());

} // namespace anchor::models
