#include "money.h"

#include <QStringList>

namespace anchor::models {

namespace {

// More integer digits than this is no price anyone types, and keeps cents far from overflow.
constexpr int kMaxIntegerDigits = 13;

bool isSeparator(QChar c, const QLocale &locale)
{
    return c == u'.' || c == u',' || c == QChar(0x066B) || c == QChar(0x066C)   // Arabic decimal and group
        || QString(c) == locale.decimalPoint() || QString(c) == locale.groupSeparator();
}

// Spaces of every width, apostrophes (Swiss grouping) and invisible direction marks group or
// decorate digits but never change the amount.
bool isIgnorable(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format || c == u'\'' || c == QChar(0x2019)
        || c == QChar(0x02BC);
}

bool isMinus(QChar c, const QLocale &locale)
{
    return c == u'-' || c == QChar(0x2212) || QString(c) == locale.negativeSign();
}

} // namespace

QString formatMoney(qint64 cents, const QLocale &locale)
{
    // -1 is the currency's usual digits (0 for yen); amounts with cents always show them.
    const int precision = cents % 100 == 0 ? -1 : 2;
    return locale.toCurrencyString(double(cents) / 100.0, QString(), precision);
}

std::optional<qint64> parseMoney(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    // The currency's symbol and code ("$", "€", "CHF", "USD"), then any other currency sign.
    for (const QString &symbol : {locale.currencySymbol(QLocale::CurrencyIsoCode),
                                  locale.currencySymbol(QLocale::CurrencySymbol)}) {
        if (!symbol.isEmpty())
            s.remove(symbol, Qt::CaseInsensitive);
    }
    s.removeIf([](QChar c) { return c.category() == QChar::Symbol_Currency; });
    s = s.trimmed();

    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    if (!s.isEmpty() && (isMinus(s.front(), locale) || s.front() == u'+')) {
        if (negative)
            return std::nullopt;
        negative = isMinus(s.front(), locale);
        s.remove(0, 1);
    } else if (!s.isEmpty() && isMinus(s.back(), locale)) {   // "1.250,50-"
        if (negative)
            return std::nullopt;
        negative = true;
        s.chop(1);
    }

    // Digits (any script) and separators; anything else is not money.
    QString digits;            // ASCII digits and separator marks, in order
    QList<qsizetype> separatorAt;
    QList<QChar> separatorChar;
    for (QChar c : std::as_const(s)) {
        if (isIgnorable(c))
            continue;
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        } else if (isSeparator(c, locale)) {
            separatorAt.append(digits.size());
            separatorChar.append(c);
            digits.append(u'|');
        } else {
            return std::nullopt;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;

    // Which separator is the decimal one: the last of two different marks; a mark that comes
    // more than once groups; a single mark followed by exactly three digits groups unless it is
    // the locale's decimal point; otherwise a single mark is the decimal point.
    qsizetype decimalAt = -1;
    if (!separatorAt.isEmpty()) {
        const QChar last = separatorChar.constLast();
        const qsizetype lastCount = separatorChar.count(last);
        const bool mixed = lastCount != separatorChar.size();
        if (mixed) {
            if (lastCount > 1)
                return std::nullopt;   // "1.250,50,3"
            decimalAt = separatorAt.constLast();
        } else if (lastCount == 1) {
            const qsizetype after = digits.size() - separatorAt.constLast() - 1;
            if (!(after == 3 && QString(last) != locale.decimalPoint()))
                decimalAt = separatorAt.constLast();
        }
    }
    const QString integerPart = decimalAt < 0 ? digits : digits.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : digits.mid(decimalAt + 1);
    if (fraction.size() > 2)
        return std::nullopt;

    // Groups: the first any length, each later one two (Indian grouping) or three digits.
    const QStringList groups = integerPart.split(u'|');
    if (groups.size() > 1) {
        if (groups.constFirst().isEmpty())
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3 && groups.at(i).size() != 2)
                return std::nullopt;
        }
    }
    const QString whole = groups.join(QString());
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (whole.size() > kMaxIntegerDigits)
        return std::nullopt;

    qint64 cents = whole.isEmpty() ? 0 : whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return negative ? -cents : cents;
}

} // namespace anchor::models
