#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace anchor::sync {

bool RetryPolicy::shouldRetry(int attempt, Failure failure, int httpStatus) const
{
    if (attempt >= m_config.maxAttempts)
        return false;
    switch (failure) {
    case Failure::Tls:
        return false;   // a certificate problem does not fix itself; never retried or ignored
    case Failure::Network:
    case Failure::Timeout:
        return true;
    case Failure::Http:
        return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, double jitter,
                                                  std::optional<std::chrono::seconds> retryAfter) const
{
    using std::chrono::milliseconds;
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double window = std::min(static_cast<double>(m_config.maxDelay.count()),
                                   static_cast<double>(m_config.baseDelay.count()) * std::pow(2.0, exponent));
    // "Full jitter": anywhere in the window, so many clients do not retry in step.
    const double clamped = std::clamp(jitter, 0.0, 1.0);
    milliseconds delay(static_cast<qint64>(window * clamped));
    delay = std::min(std::max(delay, m_config.baseDelay / 2), m_config.maxDelay);
    // The server's Retry-After is honoured even beyond our own cap: retrying sooner only earns
    // another 429.
    if (retryAfter)
        delay = std::max(delay, std::chrono::duration_cast<milliseconds>(*retryAfter));
    return delay;
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;

    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace anchor::sync
