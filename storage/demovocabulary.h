#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

// The data tables behind the demo generator: names, business presets (seed 000's service type
// presets), lead categories with their share of calls, and text templates. Everything here is
// demo content, not UI text, so none of it is translated.
namespace anchor::storage::demo {

struct Weighted
{
    QString text;
    int weight = 1;
};

enum class StageRole { New, Contacted, Qualified, Proposal, Won, Lost };

struct StageSpec
{
    QString name;
    QString color;
    StageRole role;
};

struct TagSpec
{
    QString name;
    QString color;
};

struct ServiceSpec
{
    QString name;
    QString description;
    qint64 priceCents = 0;  // 0: free (never quoted on a call)
    QStringList concerns;   // why people call about it, phrased to follow "I have"
};

struct Metro
{
    QString city;
    QString state;
    QList<int> areaCodes;
};

struct SubtypePreset
{
    QString subtype;        // client_profiles.client_subtype
    QString clientType;     // client_profiles.client_type
    QString customers;      // "patients", "customers", "clients"
    QString visit;          // what a booking is: "an appointment", "a free inspection"
    QStringList nameStems;  // "Bright Smile", "Summit"
    QStringList nameSuffixes;  // "Dental", "Roofing Co."
    QList<ServiceSpec> services;
    QStringList jobs;       // positions applicants ask about
    QStringList outOfScope; // requests that make a caller not a fit
    QStringList payments;   // insurers, financing, ...
    QList<TagSpec> tags;
    int seasonPeakDay = 180;        // day of the year with the most calls
    int seasonAmplitudePercent = 0; // how much busier the peak is than the average
};

enum class CallKind { Unanswered, Voicemail, Conversation };

// One lead category of seed 000 with how the demo produces it.
struct CategorySpec
{
    QString key;
    int weight = 0;             // share of all calls, per mille
    CallKind kind = CallKind::Conversation;
    int minDuration = 0;        // seconds
    int maxDuration = 0;
    int stars = 0;              // seed 000's star rating; 0: none
    bool manual = false;        // never AI-assigned
    int stagePercent = 0;       // calls that get a pipeline stage
    QList<StageRole> stageRoles;
    int notePercent = 0;        // calls that get notes
    // Templates. When there are as many summaries as bodies, summaries[i] describes bodies[i].
    QStringList summaries;      // empty: no summary (not yet classified)
    QStringList bodies;         // the transcript after the greeting
};

// Template slots: "{first}" in a template is replaced by the value for Slot::First, and so on.
enum class Slot {
    Agent, Business, First, Service, Concern, Day, Time, Price, Job, Ask, Visit, Payment, City,
    Customers, DayPart, Count
};
using SlotValues = std::array<QString, static_cast<std::size_t>(Slot::Count)>;

// A template split once into literal text and slots, so filling it is a few appends.
class Template
{
public:
    Template() = default;
    explicit Template(const QString &text);
    QString fill(const SlotValues &values) const;

private:
    struct Piece
    {
        QString text;
        int slot = -1;   // -1: literal text
    };
    QList<Piece> m_pieces;
    qsizetype m_literalSize = 0;
};

const QStringList &firstNames();
const QList<Weighted> &surnames();  // "Smith" weighs about 1% of the total: benchmarks search for it
const QStringList &unknownCallerNames();  // CNAM placeholders: "Wireless Caller", ...
const QList<Metro> &metros();
const QList<int> &outOfAreaCodes();
const QList<int> &tollFreeCodes();

const QList<SubtypePreset> &presets();
const QList<CategorySpec> &categories();

const QList<StageSpec> &stageSet(int index);
int stageSetCount();
const QList<TagSpec> &commonTags();
const QList<Weighted> &sources();
const QStringList &trackingLines();
const QStringList &clientPackages();

const QStringList &greetings();          // agent's first line of an inbound call
// An outbound call's first lines; they replace the first (caller's) line of the body.
const QStringList &callbackOpeners();
const QStringList &voicemailGreetings();
const QStringList &days();
const QStringList &times();

// Bodies of lead notes by note type ("note", "call", ...), with the type's weight.
struct NoteSpec
{
    QString type;
    int weight = 1;
    QStringList bodies;
};
const QList<NoteSpec> &notes();

// A service name as said aloud: "dental implants", but "Invisalign" and "AC repair" keep their capitals.
QString spokenName(QStringView name);

// "$1,250" for 125000 cents: how staff say a price on the phone.
QString spokenPrice(qint64 cents);

// "bright-smile-dental" style: ASCII letters and digits of a business name, for demo domains.
QString slug(QStringView text);

} // namespace anchor::storage::demo
