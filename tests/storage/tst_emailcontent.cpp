#include "emailcontent.h"

#include <QTest>

using namespace anchor::storage::email;

class EmailContentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsKnownPlaceholdersAndEscapesHtml()
    {
        const QHash<QString, QString> values = {{"first_name", "Ann <b>"}, {"client_name", "Bright & Smile"}};
        QCOMPARE(fillPlaceholders("Hi {{ first_name }}, {{client_name}}!", values, false), "Hi Ann <b>, Bright & Smile!");
        QCOMPARE(fillPlaceholders("<p>Hi {{first_name}}</p>", values, true), "<p>Hi Ann &lt;b&gt;</p>");
        // A known placeholder without a value is emptied; an unknown one stays visible.
        QCOMPARE(fillPlaceholders("{{last_name}}|{{coupon}}", values, false), "|{{coupon}}");
    }

    void reportsUnknownPlaceholdersOnce()
    {
        QCOMPARE(unknownPlaceholders("{{first_name}} {{coupon}} {{ coupon }} {{Email}}"), QStringList({"coupon", "Email"}));
        QVERIFY(unknownPlaceholders("{{unsubscribe_url}} { {single} }").isEmpty());
    }

    void plainTextKeepsStructureAndLinks()
    {
        const QString html = "<html><head><style>p{color:red}</style></head><body>"
                             "<h1>Spring  offer</h1>\n<p>Dear Ann,<br>save&nbsp;20&#37; &amp; more.</p>"
                             "<ul><li>Whitening</li><li>Cleaning</li></ul>"
                             "<p><a href=\"https://x.test/u\">Unsubscribe</a> <a href='https://y.test'>https://y.test</a></p>"
                             "<script>alert(1)</script></body></html>";
        QCOMPARE(htmlToPlainText(html),
                 "Spring offer\n\nDear Ann,\nsave 20% & more.\n\n- Whitening\n- Cleaning\n\n"
                 "Unsubscribe (https://x.test/u) https://y.test");
    }

    void validatesAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "ann@example.com" << true;
        QTest::newRow("plus and subdomain") << "ann+spring@mail.example.co.uk" << true;
        QTest::newRow("no at") << "ann.example.com" << false;
        QTest::newRow("no tld") << "ann@localhost" << false;
        QTest::newRow("space") << "ann smith@example.com" << false;
        QTest::newRow("display name") << "Ann <ann@example.com>" << false;
        QTest::newRow("double dot") << "ann..b@example.com" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("dash edge") << "ann@-example.com" << false;
    }

    void validatesAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(isValidAddress(address), valid);
    }

    void firstNames()
    {
        QCOMPARE(firstNameOf("  Jane Q.  Doe "), "Jane");
        QCOMPARE(firstNameOf("Cher"), "Cher");
        QCOMPARE(firstNameOf(""), "");
    }
};

QTEST_APPLESS_MAIN(EmailContentTest)
#include "tst_emailcontent.moc"
