#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace anchor::sync {

// When and how long to wait before retrying a request (DESIGN.md, Network): network errors,
// 429 and 5xx are retried with exponential backoff and full jitter, honouring Retry-After;
// other 4xx and TLS failures are final.
class RetryPolicy
{
public:
    struct Config
    {
        int maxAttempts = 6;
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{60'000};
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Config config) : m_config(config) {}

    enum class Failure { Network, Tls, Timeout, Http };

    // attempt counts from 1 (the request that just failed).
    bool shouldRetry(int attempt, Failure failure, int httpStatus) const;

    // Delay before attempt + 1. `jitter` in [0, 1) picks the point inside the backoff window
    // (capped at maxDelay); a Retry-After the server sent wins when it is longer.
    std::chrono::milliseconds delayAfter(int attempt, double jitter,
                                         std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;

    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 10.2.3).
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    const Config &config() const { return m_config; }

private:
    Config m_config;
};

} // namespace anchor::sync
