#include "demogenerator.h"

#include "demovocabulary.h"
#include "journeytemplaterepository.h"
#include "sqlhelpers.h"
#include "storageerror.h"
#include "timestamps.h"
#include "transaction.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <optional>
#include <random>
#include <vector>

namespace anchor::storage {

namespace {

using namespace demo;

constexpr qint64 kBatchSize = 5000;
constexpr qint64 kMaxCalls = 50'000'000;
constexpr int kMaxClients = 200;
constexpr int kDays = 365;
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kFirstCallId = 1'000'000'000;
constexpr std::size_t kRecentCallers = 20'000;   // per client: the numbers that may call again
constexpr qint64 kCacheKiB = 256 * 1024;
// Calls go in several rows per INSERT: every statement that writes call_logs makes the search
// index flush its pending terms as a new segment (FTS5 syncs on each statement savepoint), so
// one row per statement would cost a segment per call. Both sizes divide 5,000; the small one
// fits SQLite builds older than 3.32, which allow only 999 parameters.
constexpr int kRowsPerStatement = 100;
constexpr int kRowsPerStatementOldSqlite = 40;
constexpr int kCallColumns = 24;
constexpr quint32 kSubscriberNumbers = 8'000'000;  // 7-digit local numbers, first digit 2-9

// Calls per local hour (US business hours). Stored times are UTC, kUtcOffsetHours later.
constexpr std::array<int, 24> kHourWeights = {1, 1, 0, 0, 0, 1, 3, 9, 22, 30, 32, 30,
                                              24, 27, 28, 26, 22, 14, 7, 5, 4, 3, 2, 1};
constexpr int kUtcOffsetHours = 6;
constexpr std::array<int, 7> kWeekdayPercent = {115, 110, 105, 100, 90, 40, 18};  // Monday first

// Shares, in percent or per mille, that shape the calls.
constexpr int kRepeatPercent = 25;           // calls from a number that called this client before
constexpr int kReturningPermille = 30;       // calls from an active client's number, when there are any
constexpr int kOutboundPercent = 20;         // of repeat callers' conversations: we called them back
constexpr int kUnratedPercent = 30;          // rated categories left without stars
constexpr int kActivePercent = 11;           // converted callers who become active clients
constexpr int kTaggedPercent = 20;
constexpr int kManualPercent = 2;            // AI categories a user confirmed by hand

// Journeys (realistic mode): the share of good leads the team followed up in the app.
constexpr int kJourneyVeryGoodPercent = 45;
constexpr int kJourneyWarmPercent = 20;
constexpr int kJourneyConvertedPercent = 90;
constexpr int kJourneyNotePercent = 35;
constexpr int kJourneyPausedPercent = 6;
constexpr int kJourneyStepsInBenchmark = 10;  // --journeys N: templates chained to about this many
constexpr qint64 kJourneyBatch = 2000;         // journeys per transaction
constexpr int kStepsPerStatement = 50;         // 500 parameters: fits old SQLite's 999 too
constexpr int kStepColumns = 10;

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Every random choice goes through here: std::mt19937_64 is the same everywhere, the standard
// distributions are not, so the range helpers are our own.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }

    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        constexpr quint64 max = std::numeric_limits<quint64>::max();
        const quint64 limit = max - max % n;   // a multiple of n: no modulo bias below it
        quint64 x = m_engine();
        while (x >= limit)
            x = m_engine();
        return x % n;
    }

    int between(int low, int high) { return low + int(below(quint64(high - low) + 1)); }
    bool percent(int p) { return int(below(100)) < p; }
    bool permille(int p) { return int(below(1000)) < p; }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list[qsizetype(below(quint64(list.size())))];
    }

    template <typename List>
    qsizetype pickWeighted(const List &list)
    {
        qint64 total = 0;
        for (const auto &item : list)
            total += item.weight;
        qint64 x = qint64(below(quint64(total)));
        for (qsizetype i = 0; i < list.size(); ++i) {
            x -= list[i].weight;
            if (x < 0)
                return i;
        }
        return list.size() - 1;
    }

    // Version 4 UUID text from the engine, so ids repeat with the seed.
    QString uuid()
    {
        const quint64 high = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 low = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        static constexpr char16_t digits[] = u"0123456789abcdef";
        char16_t text[36];
        int pos = 0;
        auto put = [&](quint64 value, int nibbles) {
            for (int i = nibbles - 1; i >= 0; --i)
                text[pos++] = digits[(value >> (4 * i)) & 0xf];
        };
        put(high >> 32, 8);
        text[pos++] = u'-';
        put(high >> 16, 4);
        text[pos++] = u'-';
        put(high, 4);
        text[pos++] = u'-';
        put(low >> 48, 4);
        text[pos++] = u'-';
        put(low, 12);
        return QString(reinterpret_cast<const QChar *>(text), 36);
    }

private:
    std::mt19937_64 m_engine;
};

// A keyed bijection on [0, kSubscriberNumbers): each new caller of a client gets a number no one
// before had, without a set of every number seen. A 24-bit Feistel network, cycle-walked.
class NumberPermutation
{
public:
    explicit NumberPermutation(quint64 key = 0) : m_key(key) {}

    quint32 map(quint64 n) const
    {
        quint32 x = quint32(n % kSubscriberNumbers);
        do {
            x = encrypt(x);
        } while (x >= kSubscriberNumbers);
        return x;
    }

private:
    quint32 encrypt(quint32 x) const
    {
        quint32 left = x >> 12;
        quint32 right = x & 0xfff;
        for (quint64 round = 0; round < 4; ++round) {
            const quint32 f = quint32(splitMix(m_key ^ (round << 32) ^ right)) & 0xfff;
            const quint32 old = right;
            right = left ^ f;
            left = old;
        }
        return (left << 12) | right;
    }

    quint64 m_key;
};

// "YYYY-MM-DDTHH:MM:SS.sssZ" straight from milliseconds (the form timestamps.h stores), without
// a QDateTime per row.
QString formatTimestamp(qint64 ms)
{
    qint64 days = ms / kMsPerDay;
    qint64 rest = ms % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    char16_t text[24];
    auto put = [&text](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[pos + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, rest / 3'600'000, 2);
    text[13] = u':';
    put(14, rest / 60'000 % 60, 2);
    text[16] = u':';
    put(17, rest / 1000 % 60, 2);
    text[19] = u'.';
    put(20, rest % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

qint64 daysSinceEpoch(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

int categoryIndex(const QString &key)
{
    const QList<CategorySpec> &all = categories();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].key == key)
            return int(i);
    }
    return 0;
}

// One phone number that has called a client.
struct Caller
{
    quint64 number = 0;       // E.164 digits without the '+'
    qint32 calls = 0;
    qint32 activeIndex = -1;  // into ClientState::active once the caller became an active client
    quint16 firstName = 0;
    quint16 surname = 0;
    qint16 unknownName = -1;  // index into unknownCallerNames(); -1: the caller's own name
    quint8 firstCategory = 0;
    quint8 source = 0;
    quint8 region = 0;        // NumberRegion
};

enum NumberRegion : quint8 { Local, OutOfArea, TollFree, International };

struct ActiveCustomer
{
    Caller caller;
    QString id;
};

struct ClientState
{
    QString id;
    QString name;
    QString trackingNumber;
    const SubtypePreset *preset = nullptr;
    const Metro *metro = nullptr;
    QStringList agents;
    QStringList spokenServices;   // services with a price, as said on the phone
    QList<qint64> servicePrices;
    QList<QStringList> serviceConcerns;
    struct Service
    {
        QString id;
        QString name;
        qint64 priceCents = 0;
        QStringList concerns;
    };
    std::vector<Service> pricedServices;   // what journeys are about and active clients agree to
    std::array<QString, 6> stageByRole;
    QStringList tagIds;
    qint64 weight = 1;
    NumberPermutation numbers;
    quint64 newCallers = 0;
    std::vector<Caller> recent;   // a ring of the latest callers
    std::size_t recentNext = 0;
    std::vector<ActiveCustomer> active;
};

struct CallSlot
{
    qint32 localMs;   // milliseconds into the local day
    qint32 client;
    qint32 order;     // tie-break, so sorting is the same with every standard library
};

class Run
{
public:
    Run(const Database &database, const DemoOptions &options,
        const std::function<bool(qint64, qint64)> &progress)
        : m_db(database.connection())
        , m_options(options)
        , m_progress(progress)
        , m_random(0)
        , m_until(options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc().date())
        // Ending "today" must not mean calls later than now: then every time moves back by
        // what is left of today (the same shift for all, so the data is otherwise unchanged).
        , m_shiftMs(options.until.isValid()
                        ? 0
                        : std::max<qint64>(0, (daysSinceEpoch(m_until) + 1) * kMsPerDay - 1
                                                  - QDateTime::currentMSecsSinceEpoch()))
        , m_untilEndMs((daysSinceEpoch(m_until) + 1) * kMsPerDay - 1 - m_shiftMs)
    {
    }

    DemoSummary execute();

private:
    void readExistingData();
    void prepareTemplates();
    void createClients();
    void createClient(int index, const QDate &firstDay);
    QString uniqueBusinessName(const SubtypePreset &preset, const Metro &metro);
    void prepareStatements();
    void generateCalls();
    void insertCall(ClientState &client, qint64 startMs, int localHour);
    Caller *chooseCaller(ClientState &client);
    Caller newCaller(ClientState &client, int category);
    int chooseCategory(const Caller *caller);
    QString callerName(const Caller &caller) const;
    QString formatNumber(quint64 digits) const { return u'+' + QString::number(digits); }
    void addNotes(const ClientState &client, const QString &callId, qint64 endMs, const SlotValues &values);
    void addTags(const ClientState &client, const QString &callId, qint64 endMs);
    void writePendingRows();

    // Journeys of the good leads, after the calls are written.
    struct JourneyLead
    {
        QString rowId;
        QString callId;
        qint32 client = 0;
        QString name;
        QString phone;
        QString source;
        qint64 endMs = 0;
        QString category;
        QString activeClientId;
        QString lastJourneyId;   // the lead's newest journey: a further one follows it up
    };
    void generateJourneys();
    std::vector<JourneyLead> readJourneyLeads();
    void prepareJourneySteps(bool benchmark);
    void prepareJourneyStatements();
    void addJourney(JourneyLead &lead, qint64 startMs);
    void convertJourney(JourneyLead &lead, const ClientState::Service *service, qint64 atMs);
    void addJourneyEvent(const QString &journeyId, const char *kind, const QString &from, const QString &to, qint64 atMs);
    void writePendingSteps();

    QSqlDatabase m_db;
    const DemoOptions &m_options;
    const std::function<bool(qint64, qint64)> &m_progress;
    Random m_random;
    const QDate m_until;
    const qint64 m_shiftMs;
    const qint64 m_untilEndMs;
    DemoSummary m_summary;

    QSet<QString> m_takenNames;
    QSet<QString> m_takenEmails;
    QString m_authorId;
    qint64 m_nextCallId = kFirstCallId;

    std::vector<ClientState> m_clients;
    QList<Template> m_greetings;
    QList<Template> m_callbackOpeners;
    QList<Template> m_voicemailGreetings;
    QList<QList<Template>> m_summaries;   // per category
    QList<QList<Template>> m_bodies;      // per category
    QList<QList<Template>> m_noteBodies;  // per note type
    std::vector<int> m_returningMix;      // category indexes, for calls from active clients
    int m_spam = 0;
    int m_converted = 0;

    QSqlQuery m_callInsert;      // m_rowsPerStatement rows
    int m_rowsPerStatement = kRowsPerStatement;
    QSqlQuery m_tagInsert;
    QSqlQuery m_noteInsert;      // all notes of a statement's calls, as one JSON array
    std::vector<QVariant> m_callValues;
    std::vector<std::array<QString, 4>> m_tagRows;
    QString m_noteRows;
    QSqlQuery m_activeInsert;

    std::vector<QList<TemplateStep>> m_journeySteps;   // per client
    QSqlQuery m_journeyInsert;
    QSqlQuery m_stepInsert;          // kStepsPerStatement rows
    QSqlQuery m_journeyNoteInsert;
    QSqlQuery m_journeyEventInsert;
    QSqlQuery m_clientServiceInsert;
    QSqlQuery m_callLink;
    std::vector<QVariant> m_stepValues;
};

DemoSummary Run::execute()
{
    // Twenty-odd indexes and the search index on call_logs: with SQLite's default 2 MB page cache
    // the inserts spend their time re-reading pages. The connection gets its old size back after.
    QSqlQuery pragma(m_db);
    sql::prepare(pragma, QStringLiteral("PRAGMA cache_size"));
    sql::exec(pragma, QCoreApplication::translate("anchor::storage::DemoGenerator", "Preparing the database for demo data"));
    const qint64 oldCacheSize = pragma.next() ? pragma.value(0).toLongLong() : -2000;
    pragma.finish();
    const auto setCacheSize = [this](qint64 size) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
    };
    setCacheSize(-kCacheKiB);
    const auto restore = qScopeGuard([&] { setCacheSize(oldCacheSize); });

    readExistingData();
    prepareTemplates();
    createClients();
    generateCalls();
    generateJourneys();
    return m_summary;
}

void Run::readExistingData()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM call_logs), "
                                       "(SELECT max(CAST(call_id AS INTEGER)) FROM call_logs)"));
    sql::exec(query, QCoreApplication::translate("anchor::storage::DemoGenerator", "Reading the database before adding demo data"));
    quint64 users = 0;
    quint64 calls = 0;
    if (query.next()) {
        users = query.value(0).toULongLong();
        calls = query.value(1).toULongLong();
        m_nextCallId = std::max(kFirstCallId, query.value(2).toLongLong() + 1);
    }
    query.finish();
    // A database that already holds data gets other ids than a fresh one with the same seed, so a
    // second demo run never collides with the first; a fresh database stays reproducible.
    const quint64 mix = (users == 0 && calls == 0) ? 0 : splitMix((users << 32) ^ calls);
    m_random = Random(m_options.seed ^ mix);
    m_nextCallId += qint64(m_random.below(900'000));

    sql::prepare(query, QStringLiteral("SELECT lower(email) FROM users"));
    sql::exec(query, QCoreApplication::translate("anchor::storage::DemoGenerator", "Reading the database before adding demo data"));
    while (query.next())
        m_takenEmails.insert(query.value(0).toString());
    query.finish();

    sql::prepare(query, QStringLiteral("SELECT lower(name) FROM client_directory"));
    sql::exec(query, QCoreApplication::translate("anchor::storage::DemoGenerator", "Reading the database before adding demo data"));
    while (query.next())
        m_takenNames.insert(query.value(0).toString());
    query.finish();

    sql::prepare(query, QStringLiteral("SELECT id FROM users WHERE role IN ('superadmin', 'admin') "
                                       "ORDER BY created_at, rowid LIMIT 1"));
    sql::exec(query, QCoreApplication::translate("anchor::storage::DemoGenerator", "Reading the database before adding demo data"));
    if (query.next())
        m_authorId = query.value(0).toString();
    query.finish();
}

void Run::prepareTemplates()
{
    auto compile = [](const QStringList &texts) {
        QList<Template> out;
        out.reserve(texts.size());
        for (const QString &text : texts)
            out.append(Template(text));
        return out;
    };
    m_greetings = compile(greetings());
    m_callbackOpeners = compile(callbackOpeners());
    m_voicemailGreetings = compile(voicemailGreetings());
    for (const CategorySpec &spec : categories()) {
        m_summaries.append(compile(spec.summaries));
        m_bodies.append(compile(spec.bodies));
    }
    for (const NoteSpec &spec : notes())
        m_noteBodies.append(compile(spec.bodies));

    m_spam = categoryIndex(QStringLiteral("spam"));
    m_converted = categoryIndex(QStringLiteral("converted"));
    // Active clients call to book again, ask questions or miss each other.
    const std::array<std::pair<const char16_t *, int>, 6> returning = {{
        {u"neutral", 30}, {u"very_good", 20}, {u"converted", 20}, {u"warm", 10}, {u"voicemail", 10},
        {u"needs_attention", 10}}};
    for (const auto &[key, weight] : returning) {
        for (int i = 0; i < weight; ++i)
            m_returningMix.push_back(categoryIndex(QString::fromUtf16(key)));
    }
}

QString Run::uniqueBusinessName(const SubtypePreset &preset, const Metro &metro)
{
    for (int attempt = 0; attempt < 60; ++attempt) {
        const QString stem = m_random.percent(75) ? m_random.pick(preset.nameStems) : metro.city;
        const QString name = stem + u' ' + m_random.pick(preset.nameSuffixes);
        if (!m_takenNames.contains(name.toLower()))
            return name;
    }
    // Every combination is taken (many demo runs on one file): number them like franchises.
    // One draw per statement: the order of operands is unspecified, the order of statements is not.
    const QString stem = m_random.pick(preset.nameStems);
    const QString base = stem + u' ' + m_random.pick(preset.nameSuffixes);
    for (int n = 2;; ++n) {
        const QString name = base + QStringLiteral(" #%1").arg(n);
        if (!m_takenNames.contains(name.toLower()))
            return name;
    }
}

void Run::createClients()
{
    const QDate firstDay = m_until.addDays(-(kDays - 1));
    Transaction transaction(m_db);
    for (int i = 0; i < m_options.clients; ++i)
        createClient(i, firstDay);
    transaction.commit();
    m_summary.clients = m_options.clients;
}

void Run::createClient(int index, const QDate &firstDay)
{
    const QList<SubtypePreset> &allPresets = presets();
    ClientState client;
    client.preset = &allPresets[index % allPresets.size()];
    client.metro = &m_random.pick(metros());
    const SubtypePreset &preset = *client.preset;
    const Metro &metro = *client.metro;

    client.id = m_random.uuid();
    client.name = uniqueBusinessName(preset, metro);
    m_takenNames.insert(client.name.toLower());
    const int areaCode = m_random.pick(metro.areaCodes);
    client.trackingNumber = formatNumber(10'000'000'000ULL + quint64(areaCode) * 10'000'000ULL + 5'550'100ULL
                                         + m_random.below(100));
    client.numbers = NumberPermutation(m_random.next());
    // Uneven on purpose: one busy practice, a few quiet ones.
    const qint64 skew = qint64(m_random.below(1000));
    client.weight = 300 + skew * skew * 1700 / 1'000'000;

    const QString domain = slug(client.name).remove(u'-') + QStringLiteral(".example");
    QString email = QStringLiteral("frontdesk@") + domain;
    for (int n = 2; m_takenEmails.contains(email.toLower()); ++n)
        email = QStringLiteral("frontdesk+%1@").arg(n) + domain;
    m_takenEmails.insert(email.toLower());

    // The owner: any surname but Smith, which only callers carry.
    QString ownerSurname;
    do {
        ownerSurname = m_random.pick(surnames()).text;
    } while (ownerSurname == QLatin1String("Smith"));
    const QString ownerFirst = m_random.pick(firstNames());
    const QString adminFirst = m_random.pick(firstNames());

    const qint64 createdDay = daysSinceEpoch(firstDay) - m_random.between(20, 90);
    const qint64 createdHour = m_random.between(14, 23);
    const qint64 createdMs = createdDay * kMsPerDay + createdHour * 3'600'000LL + qint64(m_random.below(3'600'000));
    const QString created = formatTimestamp(createdMs);
    const QString onboarded = formatTimestamp(createdMs + m_random.between(3, 12) * kMsPerDay);

    QSqlQuery user(m_db);
    sql::prepare(user, QStringLiteral("INSERT INTO users (id, first_name, last_name, email, role, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, 'client', ?, ?)"));
    user.addBindValue(client.id);
    user.addBindValue(ownerFirst);
    user.addBindValue(ownerSurname);
    user.addBindValue(email);
    user.addBindValue(created);
    user.addBindValue(created);
    sql::exec(user, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client"));

    QSqlQuery profile(m_db);
    sql::prepare(profile, QStringLiteral(
        "INSERT INTO client_profiles (user_id, client_type, client_subtype, client_package, "
        "call_tracking_main_number, office_admin_name, office_admin_email, office_admin_phone, "
        "ctm_account_number, website_access_status, ga4_access_status, google_ads_access_status, "
        "meta_access_status, website_forms_details_status, onboarding_completed_at, activated_at, "
        "monthly_revenue_goal, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'complete', 'complete', 'complete', 'complete', 'complete', "
        "?, ?, ?, ?, ?)"));
    profile.addBindValue(client.id);
    profile.addBindValue(preset.clientType);
    profile.addBindValue(preset.subtype);
    profile.addBindValue(m_random.pick(clientPackages()));
    profile.addBindValue(client.trackingNumber);
    profile.addBindValue(adminFirst);
    profile.addBindValue(QString(QStringLiteral("office@") + domain));
    profile.addBindValue(formatNumber(10'000'000'000ULL + quint64(areaCode) * 10'000'000ULL + 5'550'100ULL
                                      + m_random.below(100)));
    profile.addBindValue(onboarded);
    profile.addBindValue(onboarded);
    profile.addBindValue(qint64(m_random.between(4, 40)) * 500'000);  // $20k-$200k a month
    profile.addBindValue(created);
    profile.addBindValue(onboarded);
    sql::exec(profile, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client"));

    QSqlQuery brand(m_db);
    sql::prepare(brand, QStringLiteral("INSERT INTO brand_assets (id, user_id, business_name, business_description, "
                                       "website_url, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    brand.addBindValue(m_random.uuid());
    brand.addBindValue(client.id);
    brand.addBindValue(client.name);
    brand.addBindValue(QStringLiteral("Locally owned, serving %1, %2 and nearby towns.").arg(metro.city, metro.state));
    brand.addBindValue(QString(QStringLiteral("https://www.") + domain));
    brand.addBindValue(onboarded);
    sql::exec(brand, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client"));

    QSqlQuery service(m_db);
    sql::prepare(service, QStringLiteral("INSERT INTO services (id, user_id, name, description, base_price, active, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"));
    for (const ServiceSpec &spec : preset.services) {
        const QString serviceId = m_random.uuid();
        service.bindValue(0, serviceId);
        service.bindValue(1, client.id);
        service.bindValue(2, spec.name);
        service.bindValue(3, spec.description);
        service.bindValue(4, spec.priceCents);
        service.bindValue(5, onboarded);
        service.bindValue(6, onboarded);
        sql::exec(service, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client's services"));
        if (spec.priceCents > 0) {
            client.spokenServices.append(spokenName(spec.name));
            client.servicePrices.append(spec.priceCents);
            client.serviceConcerns.append(spec.concerns);
            client.pricedServices.push_back({serviceId, spec.name, spec.priceCents, spec.concerns});
        }
    }

    QSqlQuery stage(m_db);
    sql::prepare(stage, QStringLiteral("INSERT INTO lead_pipeline_stages (id, owner_user_id, name, color, position, "
                                       "is_won_stage, is_lost_stage, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<StageSpec> &stages = stageSet(m_random.percent(75) ? 0 : 1);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString id = m_random.uuid();
        stage.bindValue(0, id);
        stage.bindValue(1, client.id);
        stage.bindValue(2, stages[i].name);
        stage.bindValue(3, stages[i].color);
        stage.bindValue(4, int(i));
        stage.bindValue(5, stages[i].role == StageRole::Won ? 1 : 0);
        stage.bindValue(6, stages[i].role == StageRole::Lost ? 1 : 0);
        stage.bindValue(7, onboarded);
        stage.bindValue(8, onboarded);
        sql::exec(stage, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client's pipeline"));
        client.stageByRole[std::size_t(stages[i].role)] = id;
    }
    // A five-stage pipeline has no proposal step: those leads sit in Qualified.
    auto &proposal = client.stageByRole[std::size_t(StageRole::Proposal)];
    if (proposal.isEmpty())
        proposal = client.stageByRole[std::size_t(StageRole::Qualified)];

    QList<TagSpec> tagPool = commonTags() + preset.tags;
    for (qsizetype i = tagPool.size() - 1; i > 0; --i)   // Fisher-Yates with our own RNG
        tagPool.swapItemsAt(i, qsizetype(m_random.below(quint64(i) + 1)));
    const int tagCount = std::min(int(tagPool.size()), m_random.between(6, 10));
    QSqlQuery tag(m_db);
    sql::prepare(tag, QStringLiteral("INSERT INTO lead_tags (id, owner_user_id, name, color, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < tagCount; ++i) {
        const QString id = m_random.uuid();
        tag.bindValue(0, id);
        tag.bindValue(1, client.id);
        tag.bindValue(2, tagPool[i].name);
        tag.bindValue(3, tagPool[i].color);
        tag.bindValue(4, onboarded);
        sql::exec(tag, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client's tags"));
        client.tagIds.append(id);
    }

    const int agentCount = m_random.between(2, 4);
    for (int i = 0; i < agentCount; ++i)
        client.agents.append(m_random.pick(firstNames()));

    m_clients.push_back(std::move(client));
}

QString callInsertStatement(int rows)
{
    QString values = QStringLiteral("(?") + QStringLiteral(", ?").repeated(kCallColumns - 1) + u')';
    QString statement = QStringLiteral(
        "INSERT INTO call_logs (id, user_id, owner_user_id, call_id, direction, from_number, to_number, "
        "started_at, duration_sec, score, meta, caller_type, call_sequence, active_client_id, "
        "pipeline_stage_id, created_at, category, category_manual, classification_summary, caller_name, "
        "transcript, transcript_url, recording_url, source) VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            statement += QStringLiteral(", ");
        statement += values;
    }
    return statement;
}

void Run::prepareStatements()
{
    m_callInsert = QSqlQuery(m_db);
    if (!m_callInsert.prepare(callInsertStatement(m_rowsPerStatement))) {
        m_rowsPerStatement = kRowsPerStatementOldSqlite;
        m_callInsert = QSqlQuery(m_db);
        sql::prepare(m_callInsert, callInsertStatement(m_rowsPerStatement));
    }
    m_callValues.reserve(std::size_t(m_rowsPerStatement) * kCallColumns);
    m_tagInsert = QSqlQuery(m_db);
    sql::prepare(m_tagInsert, QStringLiteral("INSERT INTO call_log_tags (id, call_id, tag_id, created_at) "
                                             "VALUES (?, ?, ?, ?)"));
    m_noteInsert = QSqlQuery(m_db);
    sql::prepare(m_noteInsert, QStringLiteral(
        "INSERT INTO lead_notes (id, owner_user_id, call_id, author_id, note_type, body, created_at) "
        "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
        "json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'), "
        "json_extract(value, '$[6]') FROM json_each(?) ORDER BY key"));
    m_activeInsert = QSqlQuery(m_db);
    sql::prepare(m_activeInsert, QStringLiteral(
        "INSERT INTO active_clients (id, owner_user_id, client_name, client_phone, source, funnel_data, "
        "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)"));
}

void Run::generateCalls()
{
    const qint64 total = m_options.calls;
    if (total == 0)
        return;
    prepareStatements();

    // Integer weights only, so every platform draws the same days and clients.
    const QDate firstDay = m_until.addDays(-(kDays - 1));
    std::vector<std::vector<qint64>> clientWeights(kDays);   // cumulative per day
    std::vector<qint64> dayCumulative(kDays);
    qint64 allDays = 0;
    for (int d = 0; d < kDays; ++d) {
        const QDate date = firstDay.addDays(d);
        qint64 weekday = kWeekdayPercent[std::size_t(date.dayOfWeek() - 1)];
        if ((date.month() == 12 && date.day() == 25) || (date.month() == 1 && date.day() == 1)
            || (date.month() == 7 && date.day() == 4))
            weekday /= 4;
        const qint64 trend = 800 + 400 * d / (kDays - 1);   // the agency's marketing is working
        qint64 sum = 0;
        auto &row = clientWeights[std::size_t(d)];
        row.reserve(m_clients.size());
        for (const ClientState &client : m_clients) {
            const int distance = std::abs(date.dayOfYear() - client.preset->seasonPeakDay);
            const int circular = std::min(distance, 365 - distance);   // 0..182
            const qint64 season = 1000 + qint64(client.preset->seasonAmplitudePercent) * 10 * (91 - circular) / 91;
            sum += client.weight * season;
            row.push_back(sum);
        }
        allDays += sum * weekday * trend;
        dayCumulative[std::size_t(d)] = allDays;
    }

    std::vector<qint64> perDay(kDays, 0);
    for (qint64 i = 0; i < total; ++i) {
        const qint64 x = qint64(m_random.below(quint64(allDays)));
        const auto it = std::upper_bound(dayCumulative.begin(), dayCumulative.end(), x);
        ++perDay[std::size_t(it - dayCumulative.begin())];
    }

    std::vector<qint64> hourCumulative;
    qint64 hourTotal = 0;
    for (const int weight : kHourWeights) {
        hourTotal += weight;
        hourCumulative.push_back(hourTotal);
    }

    qint64 done = 0;
    qint64 inBatch = 0;
    std::optional<Transaction> transaction;
    std::vector<CallSlot> daySlots;
    for (int d = 0; d < kDays; ++d) {
        const auto &row = clientWeights[std::size_t(d)];
        daySlots.clear();
        for (qint64 i = 0; i < perDay[std::size_t(d)]; ++i) {
            const qint64 c = qint64(m_random.below(quint64(row.back())));
            const auto client = std::upper_bound(row.begin(), row.end(), c) - row.begin();
            const qint64 h = qint64(m_random.below(quint64(hourTotal)));
            const auto hour = std::upper_bound(hourCumulative.begin(), hourCumulative.end(), h)
                - hourCumulative.begin();
            const qint32 ms = qint32(hour * 3'600'000 + qint64(m_random.below(3'600'000)));
            daySlots.push_back({ms, qint32(client), qint32(i)});
        }
        // Stored in UTC: local business hours move later, and the small hours wrap to the day's start.
        const auto utcMs = [](const CallSlot &s) {
            return (qint64(s.localMs) + kUtcOffsetHours * 3'600'000LL) % kMsPerDay;
        };
        std::sort(daySlots.begin(), daySlots.end(), [&utcMs](const CallSlot &a, const CallSlot &b) {
            const qint64 x = utcMs(a);
            const qint64 y = utcMs(b);
            return x != y ? x < y : a.order < b.order;
        });
        const qint64 dayStart = daysSinceEpoch(firstDay.addDays(d)) * kMsPerDay;
        for (const CallSlot &slot : daySlots) {
            if (!transaction)
                transaction.emplace(m_db);
            insertCall(m_clients[std::size_t(slot.client)], dayStart + utcMs(slot) - m_shiftMs, slot.localMs / 3'600'000);
            ++done;
            if (m_callValues.size() == std::size_t(m_rowsPerStatement) * kCallColumns)
                writePendingRows();
            if (++inBatch == kBatchSize) {
                writePendingRows();
                transaction->commit();
                transaction.reset();
                inBatch = 0;
                m_summary.calls = done;
                if (m_progress && !m_progress(done, total))
                    return;
            }
        }
    }
    if (transaction) {
        writePendingRows();
        transaction->commit();
        transaction.reset();
        m_summary.calls = done;
        if (m_progress)
            m_progress(done, total);
    }
}

Caller Run::newCaller(ClientState &client, int category)
{
    Caller caller;
    const quint64 subscriber = 2'000'000 + client.numbers.map(client.newCallers++);
    const bool spam = category == m_spam;
    const int roll = int(m_random.below(100));
    if (roll < (spam ? 30 : 3)) {
        caller.region = TollFree;
        caller.number = 10'000'000'000ULL + quint64(m_random.pick(tollFreeCodes())) * 10'000'000ULL + subscriber;
    } else if (roll < (spam ? 35 : 6)) {
        caller.region = International;
        if (m_random.percent(65))   // UK mobile: +44 7xxx xxxxxx
            caller.number = 447'000'000'000ULL + m_random.below(100) * 10'000'000ULL + subscriber;
        else                        // Mexico City: +52 55 xxxx xxxx
            caller.number = 525'500'000'000ULL + m_random.below(10) * 10'000'000ULL + subscriber;
    } else if (roll < (spam ? 55 : 21)) {
        caller.region = OutOfArea;
        caller.number = 10'000'000'000ULL + quint64(m_random.pick(outOfAreaCodes())) * 10'000'000ULL + subscriber;
    } else {
        caller.region = Local;
        caller.number = 10'000'000'000ULL + quint64(m_random.pick(client.metro->areaCodes)) * 10'000'000ULL
            + subscriber;
    }

    caller.firstName = quint16(m_random.below(quint64(firstNames().size())));
    caller.surname = quint16(m_random.pickWeighted(surnames()));
    const QString &key = categories()[category].key;
    int unknownPercent = 3;
    if (spam)
        unknownPercent = 55;
    else if (key == QLatin1String("unanswered"))
        unknownPercent = 25;
    else if (key == QLatin1String("voicemail"))
        unknownPercent = 10;
    if (m_random.percent(unknownPercent))
        caller.unknownName = qint16(m_random.below(quint64(unknownCallerNames().size())));
    caller.source = quint8(m_random.pickWeighted(sources()));
    caller.firstCategory = quint8(category);
    return caller;
}

Caller *Run::chooseCaller(ClientState &client)
{
    if (!client.active.empty() && m_random.permille(kReturningPermille))
        return &client.active[std::size_t(m_random.below(client.active.size()))].caller;
    if (!client.recent.empty() && m_random.percent(kRepeatPercent)) {
        // Recent callers call again more often than those from months ago.
        const quint64 u = m_random.below(1000);
        const std::size_t size = client.recent.size();
        const std::size_t age = std::size_t(u * u * size / 1'000'000);
        const std::size_t newest = (client.recentNext + size - 1) % size;
        Caller &entry = client.recent[(newest + size - age) % size];
        return entry.activeIndex >= 0 ? &client.active[std::size_t(entry.activeIndex)].caller : &entry;
    }
    return nullptr;   // a new number
}

int Run::chooseCategory(const Caller *caller)
{
    if (caller && caller->activeIndex >= 0)
        return m_returningMix[std::size_t(m_random.below(m_returningMix.size()))];
    if (caller && caller->firstCategory == m_spam && m_random.percent(70))
        return m_spam;   // robocallers keep calling
    return int(m_random.pickWeighted(categories()));
}

QString Run::callerName(const Caller &caller) const
{
    if (caller.unknownName >= 0)
        return unknownCallerNames()[caller.unknownName];
    return firstNames()[caller.firstName] + u' ' + surnames()[caller.surname].text;
}

void Run::insertCall(ClientState &client, qint64 startMs, int localHour)
{
    const QList<CategorySpec> &allCategories = categories();
    Caller *caller = chooseCaller(client);
    const bool isNew = caller == nullptr;
    const bool returning = caller && caller->activeIndex >= 0;
    const int category = chooseCategory(caller);
    const CategorySpec &spec = allCategories[category];

    if (isNew) {
        Caller fresh = newCaller(client, category);
        if (client.recent.size() < kRecentCallers) {
            client.recent.push_back(fresh);
            client.recentNext = client.recent.size() % kRecentCallers;
            caller = &client.recent.back();
        } else {
            client.recent[client.recentNext] = fresh;
            caller = &client.recent[client.recentNext];
            client.recentNext = (client.recentNext + 1) % kRecentCallers;
        }
    }

    const int sequence = ++caller->calls;
    const bool outbound = !isNew && spec.kind != CallKind::Voicemail && category != m_spam
        && spec.key != QLatin1String("applicant") && m_random.percent(kOutboundPercent);
    const QString callId = QString::number(m_nextCallId);
    m_nextCallId += 1 + qint64(m_random.below(3));
    const QString from = formatNumber(caller->number);
    const QString name = callerName(*caller);
    const int span = spec.maxDuration - spec.minDuration;
    const int halfDuration = m_random.between(0, span);
    const int duration = spec.minDuration + (halfDuration + m_random.between(0, span)) / 2;
    const int ring = spec.kind == CallKind::Unanswered ? duration : m_random.between(3, 22);
    // Repeat callers mostly come back the way they first found the business.
    const QString &source = m_random.percent(70) ? sources()[caller->source].text
                                                 : sources()[m_random.pickWeighted(sources())].text;

    QVariant score;
    if (spec.stars > 0 && (spec.manual || !m_random.percent(kUnratedPercent)))
        score = spec.stars;
    const bool manual = spec.manual || (score.isValid() && m_random.percent(kManualPercent));

    SlotValues values;
    const qsizetype serviceIndex = qsizetype(m_random.below(quint64(client.spokenServices.size())));
    const SubtypePreset &preset = *client.preset;
    values[std::size_t(Slot::Agent)] = m_random.pick(client.agents);
    values[std::size_t(Slot::Business)] = client.name;
    values[std::size_t(Slot::First)] = firstNames()[caller->firstName];
    values[std::size_t(Slot::Service)] = client.spokenServices[serviceIndex];
    values[std::size_t(Slot::Concern)] = m_random.pick(client.serviceConcerns.at(serviceIndex));
    values[std::size_t(Slot::Day)] = m_random.pick(days());
    values[std::size_t(Slot::Time)] = m_random.pick(times());
    values[std::size_t(Slot::Price)] = spokenPrice(client.servicePrices[serviceIndex]);
    values[std::size_t(Slot::Job)] = m_random.pick(preset.jobs);
    values[std::size_t(Slot::Ask)] = m_random.pick(preset.outOfScope);
    values[std::size_t(Slot::Visit)] = preset.visit;
    values[std::size_t(Slot::Payment)] = m_random.pick(preset.payments);
    values[std::size_t(Slot::City)] = client.metro->city;
    values[std::size_t(Slot::Customers)] = preset.customers;
    values[std::size_t(Slot::DayPart)] = localHour < 12 ? QStringLiteral("morning")
        : localHour < 17                               ? QStringLiteral("afternoon")
                                                       : QStringLiteral("evening");

    const QList<Template> &bodies = m_bodies.at(category);
    const QList<Template> &summaries = m_summaries.at(category);
    const qsizetype body = bodies.isEmpty() ? -1 : qsizetype(m_random.below(quint64(bodies.size())));
    QString transcript;
    if (spec.kind == CallKind::Voicemail) {
        const QString greeting = m_random.pick(m_voicemailGreetings).fill(values);
        transcript = greeting + u'\n' + bodies.at(body).fill(values);
    } else if (spec.kind == CallKind::Conversation && outbound) {
        // We called them back: the caller does not open with why they are calling.
        const QString opener = m_random.pick(m_callbackOpeners).fill(values);
        const QString text = bodies.at(body).fill(values);
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        transcript = firstLineEnd < 0 ? opener : opener + text.mid(firstLineEnd);
    } else if (spec.kind == CallKind::Conversation) {
        transcript = m_random.pick(m_greetings).fill(values) + u'\n' + bodies.at(body).fill(values);
    }

    QString summary;
    if (!summaries.isEmpty()) {
        SlotValues summaryValues = values;
        if (caller->unknownName >= 0)
            summaryValues[std::size_t(Slot::First)] = QStringLiteral("The caller");
        const qsizetype index = summaries.size() == bodies.size() ? body
                                                                  : qsizetype(m_random.below(quint64(summaries.size())));
        summary = summaries.at(index).fill(summaryValues);
    }

    QString activeId;
    if (returning)
        activeId = client.active[std::size_t(caller->activeIndex)].id;
    const bool becomesActive = activeId.isEmpty() && category == m_converted && caller->unknownName < 0
        && m_random.percent(kActivePercent);
    if (becomesActive) {
        activeId = m_random.uuid();
        QString funnel = QStringLiteral("{\"first_call_id\":");
        appendJsonString(funnel, callId);
        funnel += QStringLiteral(",\"service\":");
        appendJsonString(funnel, values[std::size_t(Slot::Service)]);
        funnel += u'}';
        const QString since = formatTimestamp(startMs + duration * 1000LL);
        m_activeInsert.bindValue(0, activeId);
        m_activeInsert.bindValue(1, client.id);
        m_activeInsert.bindValue(2, name);
        m_activeInsert.bindValue(3, from);
        m_activeInsert.bindValue(4, source);
        m_activeInsert.bindValue(5, funnel);
        m_activeInsert.bindValue(6, since);
        m_activeInsert.bindValue(7, since);
        sql::exec(m_activeInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo active client"));
        ++m_summary.activeClients;
    }

    QString callerType = QStringLiteral("new");
    if (returning)
        callerType = QStringLiteral("returning_customer");
    else if (sequence > 1)
        callerType = QStringLiteral("repeat");

    QString stageId;
    if (!spec.stageRoles.isEmpty() && m_random.percent(spec.stagePercent))
        stageId = client.stageByRole[std::size_t(m_random.pick(spec.stageRoles))];

    QString meta = QStringLiteral("{");
    if (spec.kind == CallKind::Conversation) {
        meta += QStringLiteral("\"agent\":");
        appendJsonString(meta, values[std::size_t(Slot::Agent)]);
        meta += u',';
    }
    meta += QStringLiteral("\"tracking_label\":");
    appendJsonString(meta, QString(source + QStringLiteral(" - ") + m_random.pick(trackingLines())));
    meta += QStringLiteral(",\"ring_time\":") + QString::number(ring) + QStringLiteral(",\"dial_status\":")
        + (spec.kind == CallKind::Unanswered ? QStringLiteral("\"no answer\"") : QStringLiteral("\"completed\""));
    if (caller->region == Local) {
        meta += QStringLiteral(",\"city\":");
        appendJsonString(meta, client.metro->city);
        meta += QStringLiteral(",\"state\":");
        appendJsonString(meta, client.metro->state);
    }
    meta += u'}';

    const QString started = formatTimestamp(startMs);
    const bool answered = spec.kind != CallKind::Unanswered;
    const QString ctmBase = QStringLiteral("https://app.calltrackingmetrics.com/calls/") + callId;

    m_callValues.insert(m_callValues.end(), {
        m_random.uuid(),
        client.id,
        client.id,
        callId,
        outbound ? QStringLiteral("outbound") : QStringLiteral("inbound"),
        from,
        client.trackingNumber,
        started,
        QVariant(duration),
        score,
        meta,
        callerType,
        QVariant(sequence),
        nullable(activeId),
        nullable(stageId),
        started,
        spec.key,
        manual ? 1 : 0,
        nullable(summary),
        nullable(name),
        nullable(transcript),
        answered ? QVariant(ctmBase + QStringLiteral("/transcript")) : QVariant(),
        answered ? QVariant(ctmBase + QStringLiteral("/recording")) : QVariant(),
        source
    });

    if (becomesActive) {
        // The ring entry points at the active copy, which carries the count from now on.
        const qint32 index = qint32(client.active.size());
        caller->activeIndex = index;
        client.active.push_back({*caller, activeId});
    }

    const qint64 endMs = startMs + duration * 1000LL;
    if (!client.tagIds.isEmpty() && m_random.percent(kTaggedPercent))
        addTags(client, callId, endMs);
    if (m_random.percent(spec.notePercent))
        addNotes(client, callId, endMs, values);
}

void Run::addTags(const ClientState &client, const QString &callId, qint64 endMs)
{
    const int count = m_random.percent(70) ? 1 : 2;
    const qsizetype first = qsizetype(m_random.below(quint64(client.tagIds.size())));
    for (int i = 0; i < count && i < client.tagIds.size(); ++i) {
        QString id = m_random.uuid();
        const qsizetype tag = (first + i * (1 + qsizetype(m_random.below(2)))) % client.tagIds.size();
        QString at = formatTimestamp(endMs + m_random.between(1, 120) * 60'000LL);
        m_tagRows.push_back({std::move(id), callId, client.tagIds[tag], std::move(at)});
    }
    ++m_summary.taggedCalls;
}

void Run::addNotes(const ClientState &client, const QString &callId, qint64 endMs, const SlotValues &values)
{
    const int count = m_random.percent(65) ? 1 : 2;
    qint64 at = endMs;
    for (int i = 0; i < count; ++i) {
        at += i == 0 ? m_random.between(5, 48 * 60) * 60'000LL : m_random.between(60, 5 * 24 * 60) * 60'000LL;
        const qint64 when = std::max(std::min(at, m_untilEndMs), endMs + 60'000);
        const qsizetype type = m_random.pickWeighted(notes());
        const QString id = m_random.uuid();
        const QString body = m_random.pick(m_noteBodies.at(type)).fill(values);
        m_noteRows += m_noteRows.isEmpty() ? u'[' : u',';
        m_noteRows += u'[';
        appendJsonString(m_noteRows, id);
        m_noteRows += u',';
        appendJsonString(m_noteRows, client.id);
        m_noteRows += u',';
        appendJsonString(m_noteRows, callId);
        m_noteRows += u',';
        if (m_authorId.isEmpty())
            m_noteRows += QStringLiteral("null");
        else
            appendJsonString(m_noteRows, m_authorId);
        m_noteRows += u',';
        appendJsonString(m_noteRows, notes()[type].type);
        m_noteRows += u',';
        appendJsonString(m_noteRows, body);
        m_noteRows += u',';
        appendJsonString(m_noteRows, formatTimestamp(when));
        m_noteRows += u']';
        ++m_summary.notes;
    }
}

// Calls first, then what points at them: tags, then notes (whose triggers copy them into the
// calls' search text).
void Run::writePendingRows()
{
    if (m_callValues.empty())
        return;
    const int rows = int(m_callValues.size() / kCallColumns);
    std::optional<QSqlQuery> partial;
    if (rows != m_rowsPerStatement) {   // only the run's last few calls
        partial.emplace(m_db);
        sql::prepare(*partial, callInsertStatement(rows));
    }
    QSqlQuery &calls = partial ? *partial : m_callInsert;
    for (std::size_t i = 0; i < m_callValues.size(); ++i)
        calls.bindValue(int(i), m_callValues[i]);
    sql::exec(calls, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding demo calls"));
    m_callValues.clear();

    for (const auto &row : m_tagRows) {
        for (int i = 0; i < 4; ++i)
            m_tagInsert.bindValue(i, row[std::size_t(i)]);
        sql::exec(m_tagInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Tagging demo calls"));
    }
    m_tagRows.clear();

    if (!m_noteRows.isEmpty()) {
        m_noteRows += u']';
        m_noteInsert.bindValue(0, m_noteRows);
        sql::exec(m_noteInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding demo notes"));
        m_noteRows.clear();
    }
}

// ---- Journeys ------------------------------------------------------------------------------

const QStringList &journeyNoteBodies()
{
    static const QStringList bodies = {
        QStringLiteral("Left a voicemail; will try again tomorrow morning."),
        QStringLiteral("Asked about payment plans for %1; sent the financing page."),
        QStringLiteral("Prefers a text message after 5 pm."),
        QStringLiteral("Spouse wants to be on the next call before deciding."),
        QStringLiteral("Comparing with another quote; follow up next week."),
        QStringLiteral("Confirmed the appointment by phone."),
        QStringLiteral("Very interested in %1, waiting to hear from the insurance."),
        QStringLiteral("Emailed the price sheet for %1 as asked."),
    };
    return bodies;
}

std::vector<Run::JourneyLead> Run::readJourneyLeads()
{
    std::vector<JourneyLead> leads;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral(
        "SELECT id, call_id, coalesce(caller_name, ''), coalesce(from_number, ''), coalesce(source, ''), started_at, "
        "coalesce(duration_sec, 0), category, coalesce(active_client_id, '') FROM call_logs "
        "WHERE owner_user_id = ? AND category IN ('very_good', 'warm', 'converted') ORDER BY started_at, call_id"));
    for (std::size_t c = 0; c < m_clients.size(); ++c) {
        query.bindValue(0, m_clients[c].id);
        sql::exec(query, QCoreApplication::translate("anchor::storage::DemoGenerator", "Reading the demo leads"));
        while (query.next()) {
            JourneyLead lead;
            lead.rowId = query.value(0).toString();
            lead.callId = query.value(1).toString();
            lead.client = qint32(c);
            lead.name = query.value(2).toString();
            lead.phone = query.value(3).toString();
            lead.source = query.value(4).toString();
            lead.endMs = fromDbTimestamp(query.value(5).toString()).toMSecsSinceEpoch() + query.value(6).toLongLong() * 1000;
            lead.category = query.value(7).toString();
            lead.activeClientId = query.value(8).toString();
            leads.push_back(std::move(lead));
        }
        query.finish();
    }
    // In time order over all clients; call ids break ties, so every run draws alike.
    std::stable_sort(leads.begin(), leads.end(), [](const JourneyLead &a, const JourneyLead &b) {
        return a.endMs != b.endMs ? a.endMs < b.endMs : a.callId < b.callId;
    });
    return leads;
}

// Each client follows up with the shipped template of its kind of business; for benchmarks the
// general follow-up is chained after it, to about ten steps.
void Run::prepareJourneySteps(bool benchmark)
{
    const QList<JourneyTemplate> shipped = JourneyTemplateRepository::shippedTemplates();
    const JourneyTemplate *general = &shipped.first();
    for (const JourneyTemplate &candidate : shipped) {
        if (candidate.serviceType.isEmpty())
            general = &candidate;
    }
    for (const ClientState &client : m_clients) {
        const JourneyTemplate *chosen = general;
        for (const JourneyTemplate &candidate : shipped) {
            const bool catering = client.preset->clientType == QLatin1String("food_service")
                && candidate.serviceType == QLatin1String("general");
            if (candidate.serviceType == client.preset->subtype || catering)
                chosen = &candidate;
        }
        QList<TemplateStep> steps = chosen->steps;
        int lastDay = steps.isEmpty() ? 0 : steps.last().totalDays();
        while (benchmark && steps.size() < kJourneyStepsInBenchmark - 1) {
            for (TemplateStep step : general->steps) {
                step.offsetDays += lastDay + 7;
                steps.append(step);
            }
            lastDay = steps.last().totalDays();
        }
        m_journeySteps.push_back(steps);
    }
}

QString stepInsertStatement(int rows)
{
    QString statement = QStringLiteral(
        "INSERT INTO client_journey_steps (id, journey_id, position, label, channel, message, offset_weeks, due_at, "
        "completed_at, created_at) VALUES ");
    const QString values = QStringLiteral("(?") + QStringLiteral(", ?").repeated(kStepColumns - 1) + u')';
    for (int i = 0; i < rows; ++i)
        statement += (i > 0 ? QStringLiteral(", ") : QString()) + values;
    return statement;
}

void Run::prepareJourneyStatements()
{
    m_journeyInsert = QSqlQuery(m_db);
    sql::prepare(m_journeyInsert, QStringLiteral(
        "INSERT INTO client_journeys (id, owner_user_id, lead_call_id, lead_call_key, active_client_id, service_id, "
        "parent_journey_id, client_name, client_phone, symptoms, status, paused, next_action_at, notes_summary, "
        "created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_stepInsert = QSqlQuery(m_db);
    sql::prepare(m_stepInsert, stepInsertStatement(kStepsPerStatement));
    m_stepValues.reserve(std::size_t(kStepsPerStatement) * kStepColumns);
    m_journeyNoteInsert = QSqlQuery(m_db);
    sql::prepare(m_journeyNoteInsert, QStringLiteral(
        "INSERT INTO client_journey_notes (id, journey_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)"));
    m_journeyEventInsert = QSqlQuery(m_db);
    sql::prepare(m_journeyEventInsert, QStringLiteral(
        "INSERT INTO client_journey_events (id, journey_id, kind, from_status, to_status, author_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_clientServiceInsert = QSqlQuery(m_db);
    sql::prepare(m_clientServiceInsert, QStringLiteral(
        "INSERT INTO client_services (id, active_client_id, service_id, agreed_price, agreed_date, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    m_callLink = QSqlQuery(m_db);
    sql::prepare(m_callLink, QStringLiteral("UPDATE call_logs SET active_client_id = ? WHERE id = ?"));
}

void Run::generateJourneys()
{
    if (m_options.calls == 0 || m_options.journeys == 0)
        return;
    const bool benchmark = m_options.journeys > 0;
    std::vector<JourneyLead> leads = readJourneyLeads();
    if (leads.empty())
        return;
    prepareJourneySteps(benchmark);
    prepareJourneyStatements();

    std::optional<Transaction> transaction;
    qint64 inBatch = 0;
    const auto next = [&] {
        if (++inBatch < kJourneyBatch)
            return;
        writePendingSteps();
        transaction->commit();
        transaction.reset();
        inBatch = 0;
    };
    if (!benchmark) {
        for (JourneyLead &lead : leads) {
            const int percent = lead.category == QLatin1String("converted") ? kJourneyConvertedPercent
                : lead.category == QLatin1String("very_good")               ? kJourneyVeryGoodPercent
                                                                             : kJourneyWarmPercent;
            if (!m_random.percent(percent))
                continue;
            if (!transaction)
                transaction.emplace(m_db);
            addJourney(lead, lead.endMs + m_random.between(10, 48 * 60) * 60'000LL);
            next();
        }
    } else {
        // Exactly N: the leads in turn; a lead's second and later journeys follow up its previous one.
        const qint64 count = m_options.journeys;
        for (qint64 i = 0; i < count; ++i) {
            JourneyLead &lead = leads[std::size_t(i % qint64(leads.size()))];
            const qint64 round = i / qint64(leads.size());
            const qint64 start = lead.endMs + m_random.between(10, 48 * 60) * 60'000LL + round * 30 * kMsPerDay;
            if (!transaction)
                transaction.emplace(m_db);
            addJourney(lead, std::min(start, m_untilEndMs - m_random.between(1, 72) * 3'600'000LL));
            next();
        }
    }
    if (transaction) {
        writePendingSteps();
        transaction->commit();
    }
}

void Run::addJourney(JourneyLead &lead, qint64 startMs)
{
    ClientState &client = m_clients[std::size_t(lead.client)];
    const QList<TemplateStep> &steps = m_journeySteps[std::size_t(lead.client)];
    const qint64 now = m_untilEndMs;
    startMs = std::min(startMs, now - 60'000);
    const QString id = m_random.uuid();
    const ClientState::Service *service = client.pricedServices.empty()
        ? nullptr
        : &client.pricedServices[std::size_t(m_random.below(client.pricedServices.size()))];

    // How far the journey got: converted leads closed it; the others by how long ago it started.
    const qint64 elapsedDays = (now - startMs) / kMsPerDay;
    const qint64 planDays = steps.isEmpty() ? 0 : steps.last().totalDays();
    const bool converted = lead.category == QLatin1String("converted") && lead.lastJourneyId.isEmpty();
    QString status = QStringLiteral("in_progress");
    const int roll = m_random.between(0, 99);
    if (converted)
        status = roll < 75 ? QStringLiteral("active_client") : QStringLiteral("won");
    else if (elapsedDays < 2)
        status = QStringLiteral("pending");
    else if (elapsedDays < planDays)
        status = roll < 8 ? QStringLiteral("lost") : roll < 11 ? QStringLiteral("archived") : QStringLiteral("in_progress");
    else
        status = roll < 35 ? QStringLiteral("lost") : roll < 50 ? QStringLiteral("archived")
               : roll < 60 ? QStringLiteral("won") : QStringLiteral("in_progress");
    const bool closed = status != QLatin1String("pending") && status != QLatin1String("in_progress");
    const qint64 closeSpan = std::clamp<qint64>(std::min(elapsedDays, converted ? 21 : planDays), 1, 365);
    const qint64 closeMs = closed ? std::min(now, startMs + m_random.between(1, int(closeSpan)) * kMsPerDay
                                                  + m_random.between(0, 8 * 60) * 60'000LL)
                                  : now;

    // Steps done up to where the journey got; the earliest open one is its next action.
    std::vector<QVariant> stepRows;
    stepRows.reserve(std::size_t(steps.size()) * kStepColumns);
    qint64 updatedMs = startMs;
    qint64 firstDoneMs = 0;
    QString nextAction;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TemplateStep &step = steps.at(i);
        const qint64 due = startMs + step.totalDays() * kMsPerDay;
        bool done = false;
        if (status == QLatin1String("in_progress"))
            done = i == 0 || (due < now - kMsPerDay && m_random.percent(85));
        else if (closed)
            done = due <= closeMs && m_random.percent(95);
        QVariant completed;
        if (done) {
            const qint64 at = std::min(now, due + m_random.between(0, 36 * 60) * 60'000LL);
            completed = formatTimestamp(at);
            updatedMs = std::max(updatedMs, at);
            if (firstDoneMs == 0)
                firstDoneMs = at;
        } else if (nextAction.isEmpty() || formatTimestamp(due) < nextAction) {
            nextAction = formatTimestamp(due);
        }
        stepRows.insert(stepRows.end(), {m_random.uuid(), id, int(i), step.label, step.channel, nullable(step.message),
                                         step.offsetWeeks, formatTimestamp(due), completed, formatTimestamp(startMs)});
    }

    struct Note
    {
        QString id;
        QString body;
        qint64 at;
    };
    std::vector<Note> notes;
    if (m_random.percent(kJourneyNotePercent)) {
        const int count = m_random.percent(70) ? 1 : 2;
        const int spanMinutes = int(std::clamp<qint64>(elapsedDays, 1, 30)) * 24 * 60;
        for (int n = 0; n < count; ++n) {
            const qint64 at = std::min(now, startMs + m_random.between(30, spanMinutes) * 60'000LL);
            QString body = m_random.pick(journeyNoteBodies());
            if (body.contains(QLatin1String("%1")))
                body = body.arg(service ? spokenName(service->name) : QStringLiteral("the treatment"));
            notes.push_back({m_random.uuid(), body, at});
            updatedMs = std::max(updatedMs, at);
        }
    }
    if (closed)
        updatedMs = std::max(updatedMs, closeMs);

    QString symptoms = QStringLiteral("[");
    if (service) {
        appendJsonString(symptoms, service->name);
        if (!service->concerns.isEmpty()) {
            symptoms += u',';
            appendJsonString(symptoms, m_random.pick(service->concerns));
        }
    }
    symptoms += u']';
    const bool paused = !closed && m_random.percent(kJourneyPausedPercent);
    if (converted)
        convertJourney(lead, service, closeMs);

    // The journey first: its steps, notes and events point at it.
    m_journeyInsert.bindValue(0, id);
    m_journeyInsert.bindValue(1, client.id);
    m_journeyInsert.bindValue(2, lead.rowId);
    m_journeyInsert.bindValue(3, lead.callId);
    m_journeyInsert.bindValue(4, nullable(lead.activeClientId));
    m_journeyInsert.bindValue(5, service ? QVariant(service->id) : QVariant());
    m_journeyInsert.bindValue(6, nullable(lead.lastJourneyId));
    m_journeyInsert.bindValue(7, nullable(lead.name));
    m_journeyInsert.bindValue(8, nullable(lead.phone));
    m_journeyInsert.bindValue(9, symptoms);
    m_journeyInsert.bindValue(10, status);
    m_journeyInsert.bindValue(11, paused ? 1 : 0);
    // Won, lost and archived journeys have nothing left to do (JourneyRepository keeps it so).
    m_journeyInsert.bindValue(12, storage::isOpenJourneyStatus(status) ? nullable(nextAction) : QVariant());
    m_journeyInsert.bindValue(13, notes.empty() ? QVariant() : QVariant(notes.back().body));
    m_journeyInsert.bindValue(14, formatTimestamp(startMs));
    m_journeyInsert.bindValue(15, formatTimestamp(updatedMs));
    m_journeyInsert.bindValue(16, status == QLatin1String("archived") ? QVariant(formatTimestamp(closeMs)) : QVariant());
    sql::exec(m_journeyInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo journey"));
    ++m_summary.journeys;
    m_summary.journeySteps += steps.size();

    for (std::size_t i = 0; i < stepRows.size(); i += kStepColumns) {
        m_stepValues.insert(m_stepValues.end(), stepRows.begin() + qsizetype(i), stepRows.begin() + qsizetype(i) + kStepColumns);
        if (m_stepValues.size() == std::size_t(kStepsPerStatement) * kStepColumns)
            writePendingSteps();
    }
    for (const Note &note : notes) {
        m_journeyNoteInsert.bindValue(0, note.id);
        m_journeyNoteInsert.bindValue(1, id);
        m_journeyNoteInsert.bindValue(2, nullable(m_authorId));
        m_journeyNoteInsert.bindValue(3, note.body);
        m_journeyNoteInsert.bindValue(4, formatTimestamp(note.at));
        sql::exec(m_journeyNoteInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo journey note"));
    }

    // The timeline's milestones: started, worked on, and how it ended.
    const QString pending = QStringLiteral("pending");
    const QString working = QStringLiteral("in_progress");
    addJourneyEvent(id, "started", {}, pending, startMs);
    if (status != pending)
        addJourneyEvent(id, "status", pending, working, firstDoneMs > 0 ? firstDoneMs : startMs + 3'600'000);
    if (converted) {
        addJourneyEvent(id, "converted", working, QStringLiteral("active_client"), closeMs);
        if (status == QLatin1String("won"))
            addJourneyEvent(id, "status", QStringLiteral("active_client"), status, closeMs + 60'000);
    } else if (closed) {
        addJourneyEvent(id, "status", working, status, closeMs);
    }
    lead.lastJourneyId = id;
}

void Run::addJourneyEvent(const QString &journeyId, const char *kind, const QString &from, const QString &to, qint64 atMs)
{
    m_journeyEventInsert.bindValue(0, m_random.uuid());
    m_journeyEventInsert.bindValue(1, journeyId);
    m_journeyEventInsert.bindValue(2, QString::fromLatin1(kind));
    m_journeyEventInsert.bindValue(3, nullable(from));
    m_journeyEventInsert.bindValue(4, nullable(to));
    m_journeyEventInsert.bindValue(5, nullable(m_authorId));
    m_journeyEventInsert.bindValue(6, formatTimestamp(std::min(atMs, m_untilEndMs)));
    sql::exec(m_journeyEventInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo journey event"));
}

// The lead's active client (made now when the calls did not make one) with the services agreed,
// at the client's own prices.
void Run::convertJourney(JourneyLead &lead, const ClientState::Service *service, qint64 atMs)
{
    ClientState &client = m_clients[std::size_t(lead.client)];
    if (!service)
        return;
    const QString agreed = formatTimestamp(atMs);
    if (lead.activeClientId.isEmpty()) {
        lead.activeClientId = m_random.uuid();
        QString funnel = QStringLiteral("{\"first_call_id\":");
        appendJsonString(funnel, lead.callId);
        funnel += u'}';
        m_activeInsert.bindValue(0, lead.activeClientId);
        m_activeInsert.bindValue(1, client.id);
        m_activeInsert.bindValue(2, nullable(lead.name));
        m_activeInsert.bindValue(3, nullable(lead.phone));
        m_activeInsert.bindValue(4, nullable(lead.source));
        m_activeInsert.bindValue(5, funnel);
        m_activeInsert.bindValue(6, agreed);
        m_activeInsert.bindValue(7, agreed);
        sql::exec(m_activeInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo active client"));
        m_callLink.bindValue(0, lead.activeClientId);
        m_callLink.bindValue(1, lead.rowId);
        sql::exec(m_callLink, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo active client"));
        ++m_summary.activeClients;
    }
    // One service agreed, sometimes a second; now and then at a discount.
    std::vector<const ClientState::Service *> agreedServices{service};
    if (client.pricedServices.size() > 1 && m_random.percent(20)) {
        const ClientState::Service *other = &client.pricedServices[std::size_t(m_random.below(client.pricedServices.size()))];
        if (other != service)
            agreedServices.push_back(other);
    }
    for (const ClientState::Service *agreedService : agreedServices) {
        const qint64 price = m_random.percent(20) ? agreedService->priceCents / 100 * 90 : agreedService->priceCents;
        m_clientServiceInsert.bindValue(0, m_random.uuid());
        m_clientServiceInsert.bindValue(1, lead.activeClientId);
        m_clientServiceInsert.bindValue(2, agreedService->id);
        m_clientServiceInsert.bindValue(3, price);
        m_clientServiceInsert.bindValue(4, agreed);
        m_clientServiceInsert.bindValue(5, agreed);
        sql::exec(m_clientServiceInsert, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding a demo client's services"));
    }
}

void Run::writePendingSteps()
{
    if (m_stepValues.empty())
        return;
    const int rows = int(m_stepValues.size() / kStepColumns);
    std::optional<QSqlQuery> partial;
    if (rows != kStepsPerStatement) {   // only a batch's last few steps
        partial.emplace(m_db);
        sql::prepare(*partial, stepInsertStatement(rows));
    }
    QSqlQuery &steps = partial ? *partial : m_stepInsert;
    for (std::size_t i = 0; i < m_stepValues.size(); ++i)
        steps.bindValue(int(i), m_stepValues[i]);
    sql::exec(steps, QCoreApplication::translate("anchor::storage::DemoGenerator", "Adding demo journey steps"));
    m_stepValues.clear();
}

} // namespace

DemoGenerator::DemoGenerator(Database database)
    : m_database(std::move(database))
{
}

DemoSummary DemoGenerator::generate(const DemoOptions &options,
                                    const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (options.calls < 0 || options.calls > kMaxCalls)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The number of demo calls must be between 0 and %L1; %L2 was asked for.")
                               .arg(kMaxCalls)
                               .arg(options.calls));
    if (options.clients < 1 || options.clients > kMaxClients)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The number of demo clients must be between 1 and %1; %2 was asked for.")
                               .arg(kMaxClients)
                               .arg(options.clients));
    if (!m_database.isValid())
        throw StorageError(StorageError::Kind::CannotOpen, tr("No database is open for the demo data."));

    Run run(m_database, options, progress);
    return run.execute();
}

} // namespace anchor::storage
