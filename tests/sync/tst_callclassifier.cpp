// The offline classifier: one realistic call per row, and the rules' priorities.
#include <callclassifier.h>

#include <QTest>

using anchor::sync::CallClassifier;
using anchor::sync::CallFacts;

class CallClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("expected");

        const QString in = "inbound";
        QTest::newRow("no answer") << "no answer" << 0 << "" << "" << in << "unanswered";
        QTest::newRow("busy") << "busy" << 0 << "" << "" << in << "unanswered";
        QTest::newRow("zero talk, nothing said") << "completed" << 0 << "" << "" << in << "unanswered";
        QTest::newRow("voicemail greeting only") << "no answer" << 25
            << "You've reached Bright Smile Dental, please leave a message after the tone." << "" << in << "voicemail";
        QTest::newRow("voicemail asking a call back") << "no answer" << 40
            << "Please leave a message. Hi, this is Ann, please call me back at 555 0101." << "" << in << "needs_attention";
        QTest::newRow("voicemail from a returning customer with a problem") << "answered" << 50
            << "Voicemail. Hi it's Bob, the crown you put in last week is loose and I'm in a lot of pain." << "" << in << "needs_attention";
        QTest::newRow("warranty robocall") << "answered" << 30
            << "This is an automated call about your car's extended warranty. Press 1 to speak to an agent." << "" << in << "spam";
        QTest::newRow("google listing") << "answered" << 45
            << "Hi, we noticed your Google business listing is not verified, we can book an appointment to fix it."
            << "" << in << "spam";
        QTest::newRow("seo pitch") << "answered" << 60 << "We can get you on the first page of Google this month." << "" << in << "spam";
        QTest::newRow("job seeker") << "answered" << 90 << "Hi, are you hiring? I'd like to drop off my resume." << "" << in << "applicant";
        QTest::newRow("applicant scheduling an interview") << "answered" << 90
            << "I'm calling about the hygienist position, can we schedule an interview for the job?" << "" << in << "applicant";
        QTest::newRow("complaint") << "answered" << 200 << "I was overcharged on my last bill and I want a refund." << "" << in << "needs_attention";
        QTest::newRow("emergency leak") << "answered" << 120 << "There's water flooding my basement, it's an emergency." << "" << in << "needs_attention";
        QTest::newRow("nobody called back") << "answered" << 80 << "I left two messages and nobody called me back." << "" << in << "needs_attention";
        QTest::newRow("cancel appointment") << "answered" << 60 << "I need to cancel my appointment on Friday." << "" << in << "needs_attention";
        QTest::newRow("books a cleaning") << "answered" << 240 << "I'd like to book a cleaning, can I come in Tuesday morning?" << "" << in << "very_good";
        QTest::newRow("wants an estimate") << "answered" << 180 << "Can you send someone out to give me a free estimate for a new roof?" << "" << in << "very_good";
        QTest::newRow("new patient") << "answered" << 300 << "Hi, I'm looking to become a new patient at your office." << "" << in << "very_good";
        QTest::newRow("price question") << "answered" << 150 << "How much is teeth whitening? Do you take Delta insurance?" << "" << in << "warm";
        QTest::newRow("thinking about it") << "answered" << 150 << "Thanks for the information, I'll think about it and call you back later." << "" << in << "warm";
        QTest::newRow("not interested is not warm") << "answered" << 90 << "How much? Oh, no thanks, not interested." << "" << in << "not_a_fit";
        QTest::newRow("wrong number") << "answered" << 15 << "Sorry, wrong number." << "" << in << "not_a_fit";
        QTest::newRow("not offered") << "answered" << 40 << "Oh, you don't offer braces? Okay." << "" << in << "not_a_fit";
        QTest::newRow("outside area") << "answered" << 40 << "We're in Boulder, is that outside your service area?" << "" << in << "not_a_fit";
        QTest::newRow("vendor") << "answered" << 70 << "I'm a sales rep calling from Acme Dental Supply about gloves." << "" << in << "not_a_fit";
        QTest::newRow("only a call back") << "answered" << 30 << "Could you have Dr. Lee give me a call?" << "" << in << "needs_attention";
        QTest::newRow("ctm summary only") << "answered" << 100 << "" << "Caller confirmed the office address. Then hung up." << in << "neutral";
        QTest::newRow("plain chat") << "answered" << 100 << "Hello, okay, thank you, bye." << "" << in << "neutral";
        QTest::newRow("sms with nothing") << "" << 0 << "ok" << "" << "msg_inbound" << "neutral";
        QTest::newRow("form wanting to book") << "" << 0 << "I would like to schedule a consultation." << "" << "form" << "very_good";
        QTest::newRow("spamalot is not spam") << "answered" << 120 << "We saw Spamalot last night; I'd like to book an appointment." << "" << in << "very_good";
        QTest::newRow("upper case") << "answered" << 120 << "I WANT TO BOOK AN APPOINTMENT" << "" << in << "very_good";
    }

    void classifies()
    {
        QFETCH(QString, status);
        QFETCH(int, duration);
        QFETCH(QString, transcript);
        QFETCH(QString, summary);
        QFETCH(QString, direction);
        QFETCH(QString, expected);
        CallFacts facts;
        facts.status = status;
        facts.durationSeconds = duration;
        facts.transcript = transcript;
        facts.summary = summary;
        facts.direction = direction;
        const auto result = CallClassifier().classify(facts);
        QCOMPARE(result.category, expected);
        QVERIFY(!result.summary.isEmpty());
        QVERIFY(result.confidence > 0 && result.confidence <= 1);
    }

    void neverConvertedNorUnreviewedAndStable()
    {
        const QStringList words{"book", "price", "refund", "hiring", "voicemail", "warranty", "wrong number", "hello",
                                "insurance", "call me back", "", "5 stars", "converted"};
        const CallClassifier classifier;
        for (int i = 0; i < 20'000; ++i) {
            CallFacts facts;
            facts.status = QString::fromLatin1((i % 7 == 0) ? "no answer" : "answered");
            facts.durationSeconds = i % 400;
            facts.transcript = words.at(i % words.size()) + ' ' + words.at((i / 13) % words.size());
            const auto first = classifier.classify(facts);
            QVERIFY(first.category != "converted" && first.category != "unreviewed");
            if (i % 1000 == 0)
                QCOMPARE(classifier.classify(facts).category, first.category);
        }
    }

    void hugeTranscriptIsFine()
    {
        CallFacts facts;
        facts.status = "answered";
        facts.durationSeconds = 900;
        facts.transcript = QString("blah ").repeated(20'000) + "can I book an appointment";   // ~100 KB
        QVERIFY(!CallClassifier().classify(facts).category.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CallClassifierTest)
#include "tst_callclassifier.moc"
