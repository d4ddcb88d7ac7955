#include "timestamps.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <mutex>

namespace anchor::storage {

QString toDbTimestamp(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // What Qt::ISODateWithMs writes for UTC ("2026-11-20T10:00:00.123Z"), written here: an import
    // stamps every row, and QDateTime::toString is slow.
    const qint64 ms = when.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    const qint64 inDay = ms - days * 86'400'000;
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted).
    const qint64 shifted = days + 719'468;
    const qint64 era = (shifted >= 0 ? shifted : shifted - 146'096) / 146'097;
    const qint64 dayOfEra = shifted - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return when.toUTC().toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, inDay / 3'600'000, 2);
    text[13] = ':';
    put(14, inDay / 60'000 % 60, 2);
    text[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QDateTime fromDbTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

QString nowDbTimestamp()
{
    return toDbTimestamp(QDateTime::currentDateTimeUtc());
}

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter that keeps ids
    // of one process strictly increasing, 62 random bits. Rows made together sit together in
    // every index keyed by id, so a big import appends to those indexes instead of dirtying
    // pages all over them.
    static std::mutex mutex;
    static quint64 lastMs = 0;
    static quint32 counter = 0;
    QRandomGenerator *random = QRandomGenerator::global();
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    {
        const std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xFFF) {   // 4096 ids in one millisecond: borrow the next one
                ++ms;
                counter = random->bounded(0x400u);
            }
        } else {
            counter = random->bounded(0x400u);   // room to count up within the millisecond
        }
        lastMs = ms;
    }
    const quint64 high = (ms << 16) | 0x7000u | counter;
    const quint64 low = (random->generate64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    static constexpr char hex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    const auto put = [&](quint64 value, int fromBit, int digits) {
        for (int i = 0; i < digits; ++i)
            text[at++] = hex[(value >> (fromBit - 4 * (i + 1))) & 0xF];
    };
    put(high, 64, 8);
    text[at++] = '-';
    put(high, 32, 4);
    text[at++] = '-';
    put(high, 16, 4);
    text[at++] = '-';
    put(low, 64, 4);
    text[at++] = '-';
    put(low, 48, 12);
    return QString::fromLatin1(text, 36);
}

} // namespace anchor::storage
