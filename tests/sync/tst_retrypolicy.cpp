// Which failures are retried, how long the backoff waits, and Retry-After in both forms.
#include <retrypolicy.h>

#include <QTest>

using anchor::sync::RetryPolicy;
using namespace std::chrono_literals;

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyWhatCanRecover_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        QTest::newRow("network") << int(RetryPolicy::Failure::Network) << 0 << true;
        QTest::newRow("timeout") << int(RetryPolicy::Failure::Timeout) << 0 << true;
        QTest::newRow("tls") << int(RetryPolicy::Failure::Tls) << 0 << false;
        QTest::newRow("429") << int(RetryPolicy::Failure::Http) << 429 << true;
        QTest::newRow("503") << int(RetryPolicy::Failure::Http) << 503 << true;
        QTest::newRow("401") << int(RetryPolicy::Failure::Http) << 401 << false;
        QTest::newRow("404") << int(RetryPolicy::Failure::Http) << 404 << false;
        QTest::newRow("422") << int(RetryPolicy::Failure::Http) << 422 << false;
    }

    void retriesOnlyWhatCanRecover()
    {
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(bool, retry);
        const RetryPolicy policy;
        QCOMPARE(policy.shouldRetry(1, RetryPolicy::Failure(failure), status), retry);
    }

    void stopsAfterMaxAttempts()
    {
        const RetryPolicy policy({3, 100ms, 10s});
        QVERIFY(policy.shouldRetry(2, RetryPolicy::Failure::Network, 0));
        QVERIFY(!policy.shouldRetry(3, RetryPolicy::Failure::Network, 0));
    }

    void backsOffExponentiallyWithJitterAndCap()
    {
        const RetryPolicy policy({10, 500ms, 30s});
        QCOMPARE(policy.delayAfter(1, 1.0), 500ms);
        QCOMPARE(policy.delayAfter(2, 1.0), 1000ms);
        QCOMPARE(policy.delayAfter(4, 1.0), 4000ms);
        QCOMPARE(policy.delayAfter(9, 1.0), 30s);                 // capped
        QCOMPARE(policy.delayAfter(4, 0.5), 2000ms);              // jitter inside the window
        QCOMPARE(policy.delayAfter(4, 0.0), 250ms);               // never a hot loop
        QCOMPARE(policy.delayAfter(1, 0.5, 7s), 7s);              // Retry-After wins when longer
        QCOMPARE(policy.delayAfter(1, 0.5, 3600s), 3600s);        // even beyond our own cap
    }

    void parsesRetryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), std::optional(120s));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional(60s));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional(0s));
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now).has_value());
        QVERIFY(!RetryPolicy::parseRetryAfter("-5", now).has_value());
        QVERIFY(!RetryPolicy::parseRetryAfter("", now).has_value());
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_retrypolicy.moc"
