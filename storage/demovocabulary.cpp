#include "demovocabulary.h"

#include <algorithm>

namespace anchor::storage::demo {

namespace {

const std::array<QStringView, static_cast<std::size_t>(Slot::Count)> kSlotNames = {
    u"agent", u"business", u"first", u"service", u"concern", u"day", u"time", u"price",
    u"job", u"ask", u"visit", u"payment", u"city", u"customers", u"daypart",
};

int slotIndex(QStringView name)
{
    for (std::size_t i = 0; i < kSlotNames.size(); ++i) {
        if (kSlotNames[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

Template::Template(const QString &text)
{
    qsizetype pos = 0;
    QString literal;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            literal += text.mid(pos);
            break;
        }
        const int slot = slotIndex(QStringView(text).sliced(open + 1, close - open - 1));
        if (slot < 0) {   // not a slot: keep the brace as text
            literal += text.mid(pos, open + 1 - pos);
            pos = open + 1;
            continue;
        }
        literal += text.mid(pos, open - pos);
        if (!literal.isEmpty()) {
            m_literalSize += literal.size();
            m_pieces.append({literal, -1});
            literal.clear();
        }
        m_pieces.append({QString(), slot});
        pos = close + 1;
    }
    if (!literal.isEmpty()) {
        m_literalSize += literal.size();
        m_pieces.append({literal, -1});
    }
}

QString Template::fill(const SlotValues &values) const
{
    QString out;
    out.reserve(m_literalSize + 64);
    for (const Piece &piece : m_pieces)
        out += piece.slot < 0 ? piece.text : values[static_cast<std::size_t>(piece.slot)];
    return out;
}

const QStringList &firstNames()
{
    static const QStringList names = {
        // English-speaking
        QStringLiteral("James"), QStringLiteral("Mary"), QStringLiteral("Robert"), QStringLiteral("Patricia"),
        QStringLiteral("Michael"), QStringLiteral("Jennifer"), QStringLiteral("David"), QStringLiteral("Linda"),
        QStringLiteral("William"), QStringLiteral("Elizabeth"), QStringLiteral("Richard"), QStringLiteral("Susan"),
        QStringLiteral("Thomas"), QStringLiteral("Jessica"), QStringLiteral("Christopher"), QStringLiteral("Sarah"),
        QStringLiteral("Daniel"), QStringLiteral("Karen"), QStringLiteral("Matthew"), QStringLiteral("Nancy"),
        QStringLiteral("Anthony"), QStringLiteral("Lisa"), QStringLiteral("Mark"), QStringLiteral("Betty"),
        QStringLiteral("Steven"), QStringLiteral("Ashley"), QStringLiteral("Kevin"), QStringLiteral("Emily"),
        QStringLiteral("Brian"), QStringLiteral("Michelle"), QStringLiteral("Jason"), QStringLiteral("Amanda"),
        QStringLiteral("Ryan"), QStringLiteral("Melissa"), QStringLiteral("Tyler"), QStringLiteral("Brittany"),
        QStringLiteral("Heather"), QStringLiteral("Dustin"), QStringLiteral("Courtney"), QStringLiteral("Megan"),
        QStringLiteral("Kayla"), QStringLiteral("Logan"), QStringLiteral("Madison"), QStringLiteral("Hunter"),
        QStringLiteral("Brooke"), QStringLiteral("Caleb"), QStringLiteral("Savannah"), QStringLiteral("Dakota"),
        // Spanish and Portuguese
        QStringLiteral("José"), QStringLiteral("María"), QStringLiteral("Juan"), QStringLiteral("Guadalupe"),
        QStringLiteral("Luis"), QStringLiteral("Sofía"), QStringLiteral("Carlos"), QStringLiteral("Lucía"),
        QStringLiteral("Alejandro"), QStringLiteral("Valentina"), QStringLiteral("Jesús"), QStringLiteral("Ximena"),
        QStringLiteral("Andrés"), QStringLiteral("Camila"), QStringLiteral("Raúl"), QStringLiteral("Inês"),
        QStringLiteral("João"), QStringLiteral("Gabriela"), QStringLiteral("Héctor"), QStringLiteral("Marisol"),
        // German, Nordic, Dutch, French
        QStringLiteral("Jürgen"), QStringLiteral("Anneliese"), QStringLiteral("Lukas"), QStringLiteral("Greta"),
        QStringLiteral("Søren"), QStringLiteral("Åsa"), QStringLiteral("Björn"), QStringLiteral("Ingrid"),
        QStringLiteral("Sven"), QStringLiteral("Freya"), QStringLiteral("Joost"), QStringLiteral("Maarten"),
        QStringLiteral("Zoë"), QStringLiteral("Chloé"), QStringLiteral("Amélie"), QStringLiteral("Étienne"),
        QStringLiteral("Hélène"), QStringLiteral("François"), QStringLiteral("Noémie"), QStringLiteral("Gaël"),
        // Irish, Scottish, Welsh
        QStringLiteral("Siobhán"), QStringLiteral("Seán"), QStringLiteral("Niamh"), QStringLiteral("Aoife"),
        QStringLiteral("Ciarán"), QStringLiteral("Eoin"), QStringLiteral("Róisín"), QStringLiteral("Declan"),
        QStringLiteral("Ailsa"), QStringLiteral("Rhys"), QStringLiteral("Cerys"), QStringLiteral("Fionn"),
        // Polish, Czech, Russian, Ukrainian, Greek, Turkish
        QStringLiteral("Łukasz"), QStringLiteral("Małgorzata"), QStringLiteral("Wojciech"), QStringLiteral("Agnieszka"),
        QStringLiteral("Zuzana"), QStringLiteral("Tomáš"), QStringLiteral("Dmitri"), QStringLiteral("Natalia"),
        QStringLiteral("Oksana"), QStringLiteral("Taras"), QStringLiteral("Eleni"), QStringLiteral("Giorgos"),
        QStringLiteral("Ayşe"), QStringLiteral("Mehmet"), QStringLiteral("Gökhan"), QStringLiteral("Elif"),
        // Italian
        QStringLiteral("Giuseppe"), QStringLiteral("Francesca"), QStringLiteral("Niccolò"), QStringLiteral("Chiara"),
        // Arabic, Persian, South Asian
        QStringLiteral("Mohammed"), QStringLiteral("Fatima"), QStringLiteral("Omar"), QStringLiteral("Layla"),
        QStringLiteral("Yusuf"), QStringLiteral("Amira"), QStringLiteral("Dariush"), QStringLiteral("Shirin"),
        QStringLiteral("Priya"), QStringLiteral("Arjun"), QStringLiteral("Ananya"), QStringLiteral("Rahul"),
        QStringLiteral("Deepika"), QStringLiteral("Sanjay"), QStringLiteral("Harpreet"), QStringLiteral("Imran"),
        // East and Southeast Asian
        QStringLiteral("Wei"), QStringLiteral("Mei"), QStringLiteral("Jun"), QStringLiteral("Xiaoling"),
        QStringLiteral("Hiroshi"), QStringLiteral("Yuki"), QStringLiteral("Haruto"), QStringLiteral("Sakura"),
        QStringLiteral("太郎"), QStringLiteral("花子"), QStringLiteral("Min-jun"), QStringLiteral("Ji-woo"),
        QStringLiteral("Seo-yeon"), QStringLiteral("Minh"), QStringLiteral("Thảo"), QStringLiteral("Huỳnh"),
        QStringLiteral("Linh"), QStringLiteral("Tuấn"), QStringLiteral("Maricel"), QStringLiteral("Jericho"),
        // African
        QStringLiteral("Chinedu"), QStringLiteral("Ngozi"), QStringLiteral("Kwame"), QStringLiteral("Ama"),
        QStringLiteral("Oluwaseun"), QStringLiteral("Folake"), QStringLiteral("Thabo"), QStringLiteral("Nomvula"),
        QStringLiteral("Abebe"), QStringLiteral("Makena"), QStringLiteral("Jabari"), QStringLiteral("Imani"),
        // Hebrew, Hawaiian, Native American, Pacific
        QStringLiteral("Avi"), QStringLiteral("Noa"), QStringLiteral("Keanu"), QStringLiteral("Leilani"),
        QStringLiteral("Aiyana"), QStringLiteral("Tala"), QStringLiteral("Mānuka"), QStringLiteral("Ngaio"),
    };
    return names;
}

const QList<Weighted> &surnames()
{
    // Every other name weighs 100; Smith weighs ~1% of the total (benchmarks search for it).
    static const QList<Weighted> names = [] {
        const QStringList plain = {
            QStringLiteral("Johnson"), QStringLiteral("Williams"), QStringLiteral("Brown"), QStringLiteral("Jones"),
            QStringLiteral("Miller"), QStringLiteral("Davis"), QStringLiteral("Wilson"), QStringLiteral("Anderson"),
            QStringLiteral("Taylor"), QStringLiteral("Thomas"), QStringLiteral("Moore"), QStringLiteral("Jackson"),
            QStringLiteral("Martin"), QStringLiteral("Thompson"), QStringLiteral("White"), QStringLiteral("Harris"),
            QStringLiteral("Clark"), QStringLiteral("Lewis"), QStringLiteral("Robinson"), QStringLiteral("Walker"),
            QStringLiteral("Young"), QStringLiteral("Allen"), QStringLiteral("King"), QStringLiteral("Wright"),
            QStringLiteral("Scott"), QStringLiteral("Hill"), QStringLiteral("Green"), QStringLiteral("Adams"),
            QStringLiteral("Baker"), QStringLiteral("Nelson"), QStringLiteral("Carter"), QStringLiteral("Mitchell"),
            QStringLiteral("Roberts"), QStringLiteral("Turner"), QStringLiteral("Phillips"), QStringLiteral("Campbell"),
            QStringLiteral("Parker"), QStringLiteral("Evans"), QStringLiteral("Edwards"), QStringLiteral("Collins"),
            QStringLiteral("Stewart"), QStringLiteral("Morris"), QStringLiteral("Murphy"), QStringLiteral("Cook"),
            QStringLiteral("Rogers"), QStringLiteral("Bennett"), QStringLiteral("Brooks"), QStringLiteral("Hughes"),
            QStringLiteral("Price"), QStringLiteral("Foster"), QStringLiteral("Bryant"), QStringLiteral("Hayes"),
            QStringLiteral("Washington"), QStringLiteral("Jefferson"), QStringLiteral("Freeman"), QStringLiteral("Banks"),
            QStringLiteral("O'Connor"), QStringLiteral("O'Brien"), QStringLiteral("McCarthy"), QStringLiteral("Ó Súilleabháin"),
            QStringLiteral("Gallagher"), QStringLiteral("Byrne"), QStringLiteral("MacLeod"), QStringLiteral("Fraser"),
            QStringLiteral("Llewellyn"), QStringLiteral("Davies"),
            QStringLiteral("García"), QStringLiteral("Rodríguez"), QStringLiteral("Martínez"), QStringLiteral("Hernández"),
            QStringLiteral("López"), QStringLiteral("González"), QStringLiteral("Pérez"), QStringLiteral("Sánchez"),
            QStringLiteral("Ramírez"), QStringLiteral("Torres"), QStringLiteral("Flores"), QStringLiteral("Rivera"),
            QStringLiteral("Gómez"), QStringLiteral("Díaz"), QStringLiteral("Reyes"), QStringLiteral("Cruz"),
            QStringLiteral("Morales"), QStringLiteral("Ortiz"), QStringLiteral("Gutiérrez"), QStringLiteral("Chávez"),
            QStringLiteral("Ruiz"), QStringLiteral("Mendoza"), QStringLiteral("Castillo"), QStringLiteral("Vásquez"),
            QStringLiteral("Núñez"), QStringLiteral("Peña"), QStringLiteral("Gonçalves"), QStringLiteral("Conceição"),
            QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Schneider"), QStringLiteral("Fischer"),
            QStringLiteral("Weber"), QStringLiteral("Becker"), QStringLiteral("Schäfer"), QStringLiteral("Köhler"),
            QStringLiteral("Groß"), QStringLiteral("Vogel"), QStringLiteral("Jensen"), QStringLiteral("Nielsen"),
            QStringLiteral("Sørensen"), QStringLiteral("Andersson"), QStringLiteral("Johansson"), QStringLiteral("Lindqvist"),
            QStringLiteral("Håkansson"), QStringLiteral("Virtanen"), QStringLiteral("Mäkinen"), QStringLiteral("de Vries"),
            QStringLiteral("van der Berg"), QStringLiteral("Janssen"), QStringLiteral("Dubois"), QStringLiteral("Lefèvre"),
            QStringLiteral("Moreau"), QStringLiteral("Girard"), QStringLiteral("Rossi"), QStringLiteral("Russo"),
            QStringLiteral("Ferrari"), QStringLiteral("Esposito"), QStringLiteral("Bianchi"), QStringLiteral("Romano"),
            QStringLiteral("Nowak"), QStringLiteral("Kowalski"), QStringLiteral("Wiśniewski"), QStringLiteral("Wójcik"),
            QStringLiteral("Zieliński"), QStringLiteral("Dvořák"), QStringLiteral("Novák"), QStringLiteral("Ivanov"),
            QStringLiteral("Petrova"), QStringLiteral("Kovalenko"), QStringLiteral("Shevchenko"), QStringLiteral("Papadopoulos"),
            QStringLiteral("Yılmaz"), QStringLiteral("Öztürk"), QStringLiteral("Çelik"), QStringLiteral("Demir"),
            QStringLiteral("Haddad"), QStringLiteral("Khalil"), QStringLiteral("Nasser"), QStringLiteral("Rahimi"),
            QStringLiteral("Hosseini"), QStringLiteral("Patel"), QStringLiteral("Shah"), QStringLiteral("Singh"),
            QStringLiteral("Kumar"), QStringLiteral("Gupta"), QStringLiteral("Reddy"), QStringLiteral("Iyer"),
            QStringLiteral("Chowdhury"), QStringLiteral("Khan"), QStringLiteral("Ahmed"), QStringLiteral("Malik"),
            QStringLiteral("Wang"), QStringLiteral("Li"), QStringLiteral("Zhang"), QStringLiteral("Liu"),
            QStringLiteral("Chen"), QStringLiteral("Huang"), QStringLiteral("Zhao"), QStringLiteral("Wu"),
            QStringLiteral("Tanaka"), QStringLiteral("Suzuki"), QStringLiteral("Yamamoto"), QStringLiteral("Sato"),
            QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("Kim"), QStringLiteral("Park"),
            QStringLiteral("Lee"), QStringLiteral("Choi"), QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
            QStringLiteral("Lê"), QStringLiteral("Phạm"), QStringLiteral("Santos"), QStringLiteral("Reyes-Dela Cruz"),
            QStringLiteral("Okafor"), QStringLiteral("Adeyemi"), QStringLiteral("Mensah"), QStringLiteral("Boateng"),
            QStringLiteral("Nkosi"), QStringLiteral("Dlamini"), QStringLiteral("Mwangi"), QStringLiteral("Tesfaye"),
            QStringLiteral("Cohen"), QStringLiteral("Levi"), QStringLiteral("Friedman"), QStringLiteral("Kahananui"),
            QStringLiteral("Begay"), QStringLiteral("Yazzie"), QStringLiteral("Tūhoe"), QStringLiteral("Fa'amausili"),
            QStringLiteral("St. Clair"), QStringLiteral("Ng"),
        };
        QList<Weighted> all;
        all.reserve(plain.size() + 1);
        for (const QString &name : plain)
            all.append({name, 100});
        // 1% of (100 * n + w) is w when w = 100 * n / 99.
        all.append({QStringLiteral("Smith"), int(100 * plain.size() / 99)});
        return all;
    }();
    return names;
}

const QStringList &unknownCallerNames()
{
    static const QStringList names = {
        QStringLiteral("Wireless Caller"), QStringLiteral("Wireless Caller"), QStringLiteral("Unknown Caller"),
        QStringLiteral("Unavailable"), QStringLiteral("Toll Free Call"), QStringLiteral("Spam Risk"),
        QStringLiteral("Private Number"), QString(),
    };
    return names;
}

const QList<Metro> &metros()
{
    static const QList<Metro> list = {
        {QStringLiteral("Denver"), QStringLiteral("CO"), {303, 720}},
        {QStringLiteral("Austin"), QStringLiteral("TX"), {512, 737}},
        {QStringLiteral("Phoenix"), QStringLiteral("AZ"), {602, 480, 623}},
        {QStringLiteral("Atlanta"), QStringLiteral("GA"), {404, 678, 770}},
        {QStringLiteral("Chicago"), QStringLiteral("IL"), {312, 773, 847, 630}},
        {QStringLiteral("Seattle"), QStringLiteral("WA"), {206, 425, 253}},
        {QStringLiteral("Tampa"), QStringLiteral("FL"), {813, 727}},
        {QStringLiteral("Columbus"), QStringLiteral("OH"), {614, 380}},
        {QStringLiteral("Charlotte"), QStringLiteral("NC"), {704, 980}},
        {QStringLiteral("Nashville"), QStringLiteral("TN"), {615, 629}},
        {QStringLiteral("San Diego"), QStringLiteral("CA"), {619, 858}},
        {QStringLiteral("Portland"), QStringLiteral("OR"), {503, 971}},
        {QStringLiteral("Minneapolis"), QStringLiteral("MN"), {612, 651, 952}},
        {QStringLiteral("Raleigh"), QStringLiteral("NC"), {919, 984}},
        {QStringLiteral("Salt Lake City"), QStringLiteral("UT"), {801, 385}},
        {QStringLiteral("Kansas City"), QStringLiteral("MO"), {816, 913}},
        {QStringLiteral("Boise"), QStringLiteral("ID"), {208, 986}},
        {QStringLiteral("Dallas"), QStringLiteral("TX"), {214, 469, 972}},
        {QStringLiteral("Pittsburgh"), QStringLiteral("PA"), {412, 724}},
        {QStringLiteral("Sacramento"), QStringLiteral("CA"), {916, 279}},
    };
    return list;
}

const QList<int> &outOfAreaCodes()
{
    // Elsewhere in the US and Canada (also +1).
    static const QList<int> codes = {212, 718, 305, 415, 617, 702, 202, 310, 832, 407, 503, 808,
                                     907, 505, 414, 504, 210, 216, 313, 416, 604, 514};
    return codes;
}

const QList<int> &tollFreeCodes()
{
    static const QList<int> codes = {800, 888, 877, 866, 855};
    return codes;
}

const QList<SubtypePreset> &presets()
{
    static const QList<SubtypePreset> list = {
        {QStringLiteral("dental"), QStringLiteral("medical"), QStringLiteral("patients"),
         QStringLiteral("an appointment"),
         {QStringLiteral("Bright Smile"), QStringLiteral("Gentle Care"), QStringLiteral("Parkside"),
          QStringLiteral("Sunrise"), QStringLiteral("Aspen Grove"), QStringLiteral("Riverbend"),
          QStringLiteral("Maple Street"), QStringLiteral("Harbor View")},
         {QStringLiteral("Dental"), QStringLiteral("Family Dentistry"), QStringLiteral("Dental Studio"),
          QStringLiteral("Dental Care")},
         {{QStringLiteral("Exam & Cleaning"), QStringLiteral("New-patient exam, X-rays and a cleaning"), 19900,
           {QStringLiteral("not been to a dentist in about five years"), QStringLiteral("bleeding gums when I floss")}},
          {QStringLiteral("Teeth Whitening"), QStringLiteral("In-office whitening in one visit"), 45000,
           {QStringLiteral("stains from coffee"), QStringLiteral("a wedding coming up and yellow teeth")}},
          {QStringLiteral("Dental Implants"), QStringLiteral("Single implant with abutment and crown"), 420000,
           {QStringLiteral("a missing tooth I want replaced"), QStringLiteral("a bridge that's failing")}},
          {QStringLiteral("Root Canal"), QStringLiteral("Molar root canal therapy"), 110000,
           {QStringLiteral("a throbbing pain on the lower left side"), QStringLiteral("a referral for a root canal")}},
          {QStringLiteral("Invisalign"), QStringLiteral("Clear aligner treatment, full case"), 550000,
           {QStringLiteral("crowding in my front teeth"), QStringLiteral("teeth that shifted after braces")}},
          {QStringLiteral("Crowns"), QStringLiteral("Porcelain crown, per tooth"), 125000,
           {QStringLiteral("a crown that came loose"), QStringLiteral("a cracked molar")}},
          {QStringLiteral("Emergency Visit"), QStringLiteral("Same-day visit for pain or a broken tooth"), 15000,
           {QStringLiteral("a chipped front tooth"), QStringLiteral("a filling that fell out")}},
          {QStringLiteral("Pediatric Checkup"), QStringLiteral("Exam and cleaning for children under 12"), 12000,
           {QStringLiteral("a six-year-old who needs a first checkup"), QStringLiteral("my son's loose tooth")}},
          {QStringLiteral("Cosmetic Veneers"), QStringLiteral("Porcelain veneer, per tooth"), 140000,
           {QStringLiteral("gaps between my front teeth"), QStringLiteral("worn-down front teeth")}},
          {QStringLiteral("Periodontal Treatment"), QStringLiteral("Scaling and root planing, per quadrant"), 28000,
           {QStringLiteral("gum disease my last dentist mentioned"), QStringLiteral("receding gums")}}},
         {QStringLiteral("dental assistant"), QStringLiteral("hygienist"), QStringLiteral("front desk"),
          QStringLiteral("billing coordinator")},
         {QStringLiteral("dentures for a patient who is homebound"), QStringLiteral("braces covered by Medicaid"),
          QStringLiteral("an oral surgeon for wisdom teeth under general anesthesia"),
          QStringLiteral("a free cleaning with no exam")},
         {QStringLiteral("Delta Dental"), QStringLiteral("Cigna"), QStringLiteral("MetLife"),
          QStringLiteral("Aetna"), QStringLiteral("CareCredit"), QStringLiteral("my HSA card")},
         {{QStringLiteral("New Patient"), QStringLiteral("#1a73e8")},
          {QStringLiteral("Insurance Question"), QStringLiteral("#8e24aa")},
          {QStringLiteral("Emergency"), QStringLiteral("#d93025")},
          {QStringLiteral("Cosmetic"), QStringLiteral("#e91e63")}},
         15, 10},
        {QStringLiteral("tmj_sleep"), QStringLiteral("medical"), QStringLiteral("patients"),
         QStringLiteral("a consultation"),
         {QStringLiteral("Restful Nights"), QStringLiteral("Quiet Airway"), QStringLiteral("Blue Horizon"),
          QStringLiteral("Evergreen"), QStringLiteral("Northstar"), QStringLiteral("Calm Jaw")},
         {QStringLiteral("TMJ & Sleep Center"), QStringLiteral("Sleep Solutions"), QStringLiteral("TMJ Clinic"),
          QStringLiteral("Airway & Sleep")},
         {{QStringLiteral("TMJ Evaluation"), QStringLiteral("Jaw joint exam with imaging"), 25000,
           {QStringLiteral("jaw pain every morning"), QStringLiteral("clicking when I open my mouth")}},
          {QStringLiteral("CPAP Alternatives"), QStringLiteral("Consultation for patients who cannot use CPAP"), 15000,
           {QStringLiteral("a CPAP mask I can't stand"), QStringLiteral("a CPAP machine I stopped using")}},
          {QStringLiteral("Sleep Apnea Oral Appliance"), QStringLiteral("Custom mandibular advancement device"), 220000,
           {QStringLiteral("sleep apnea my doctor diagnosed last month"), QStringLiteral("waking up exhausted every day")}},
          {QStringLiteral("Home Sleep Study"), QStringLiteral("Overnight study with a take-home monitor"), 35000,
           {QStringLiteral("loud snoring that keeps my wife awake"), QStringLiteral("gasping in my sleep, my husband says")}},
          {QStringLiteral("NightLase"), QStringLiteral("Laser snoring treatment, three-session series"), 150000,
           {QStringLiteral("snoring but no apnea"), QStringLiteral("snoring that got worse this year")}},
          {QStringLiteral("Nuvola Aligners"), QStringLiteral("Clear aligners for airway-focused orthodontics"), 380000,
           {QStringLiteral("a narrow jaw and crowded teeth"), QStringLiteral("a teenager who mouth-breathes")}},
          {QStringLiteral("Botox for TMJ"), QStringLiteral("Masseter injections for clenching"), 60000,
           {QStringLiteral("headaches from grinding my teeth"), QStringLiteral("clenching that won't stop")}},
          {QStringLiteral("Pediatric Airway Evaluation"), QStringLiteral("Breathing and sleep check for children"), 20000,
           {QStringLiteral("my son snoring and mouth breathing"), QStringLiteral("a daughter who wakes up tired")}},
          {QStringLiteral("Oral Surgery Consult"), QStringLiteral("Surgical opinion for jaw problems"), 18000,
           {QStringLiteral("a jaw that locks sometimes"), QStringLiteral("a bite that's getting worse")}}},
         {QStringLiteral("sleep technician"), QStringLiteral("patient coordinator"), QStringLiteral("dental assistant")},
         {QStringLiteral("a prescription for sleeping pills"), QStringLiteral("an in-lab sleep study billed to Medicare"),
          QStringLiteral("jaw surgery the same week")},
         {QStringLiteral("Blue Cross"), QStringLiteral("Medicare"), QStringLiteral("UnitedHealthcare"),
          QStringLiteral("Cigna"), QStringLiteral("CareCredit")},
         {{QStringLiteral("Sleep Study"), QStringLiteral("#3949ab")},
          {QStringLiteral("CPAP Intolerant"), QStringLiteral("#00897b")},
          {QStringLiteral("Medical Insurance"), QStringLiteral("#8e24aa")},
          {QStringLiteral("Physician Referral"), QStringLiteral("#6d4c41")}},
         30, 5},
        {QStringLiteral("med_spa"), QStringLiteral("medical"), QStringLiteral("clients"),
         QStringLiteral("a consultation"),
         {QStringLiteral("Luxe"), QStringLiteral("Radiance"), QStringLiteral("Glow"), QStringLiteral("Serenity"),
          QStringLiteral("Velvet"), QStringLiteral("Alpine"), QStringLiteral("Pure Skin")},
         {QStringLiteral("Med Spa"), QStringLiteral("Aesthetics"), QStringLiteral("Skin Studio"),
          QStringLiteral("Laser & Skin")},
         {{QStringLiteral("Botox"), QStringLiteral("Neuromodulator, per area"), 35000,
           {QStringLiteral("fine lines around my eyes"), QStringLiteral("frown lines that make me look angry")}},
          {QStringLiteral("Dermal Fillers"), QStringLiteral("Hyaluronic acid filler, per syringe"), 75000,
           {QStringLiteral("thin lips"), QStringLiteral("hollow cheeks")}},
          {QStringLiteral("Microneedling"), QStringLiteral("Collagen induction, single session"), 35000,
           {QStringLiteral("acne scarring"), QStringLiteral("large pores")}},
          {QStringLiteral("Laser Hair Removal"), QStringLiteral("Per session, small area"), 15000,
           {QStringLiteral("ingrown hairs from shaving"), QStringLiteral("unwanted hair on my upper lip")}},
          {QStringLiteral("HydraFacial"), QStringLiteral("Signature HydraFacial"), 22500,
           {QStringLiteral("dull skin before an event"), QStringLiteral("clogged pores")}},
          {QStringLiteral("Chemical Peel"), QStringLiteral("Medium-depth peel"), 17500,
           {QStringLiteral("uneven skin tone"), QStringLiteral("melasma on my forehead")}},
          {QStringLiteral("CoolSculpting"), QStringLiteral("Per applicator cycle"), 80000,
           {QStringLiteral("stubborn belly fat"), QStringLiteral("love handles that won't go away")}},
          {QStringLiteral("IPL Photofacial"), QStringLiteral("Sun damage and redness, per session"), 40000,
           {QStringLiteral("sun spots on my cheeks"), QStringLiteral("redness that won't go away")}},
          {QStringLiteral("Body Contouring"), QStringLiteral("Radiofrequency body treatment"), 60000,
           {QStringLiteral("loose skin after losing weight"), QStringLiteral("cellulite on my thighs")}}},
         {QStringLiteral("aesthetician"), QStringLiteral("nurse injector"), QStringLiteral("front desk")},
         {QStringLiteral("a tattoo removal on a large back piece"), QStringLiteral("liposuction"),
          QStringLiteral("a treatment while I'm pregnant")},
         {QStringLiteral("Cherry financing"), QStringLiteral("a credit card"), QStringLiteral("a gift card"),
          QStringLiteral("Affirm")},
         {{QStringLiteral("Membership"), QStringLiteral("#c2185b")},
          {QStringLiteral("Injectables"), QStringLiteral("#7b1fa2")},
          {QStringLiteral("Promo"), QStringLiteral("#f4511e")},
          {QStringLiteral("Bridal"), QStringLiteral("#ad1457")}},
         130, 15},
        {QStringLiteral("chiropractic"), QStringLiteral("medical"), QStringLiteral("patients"),
         QStringLiteral("an appointment"),
         {QStringLiteral("Align"), QStringLiteral("Back in Motion"), QStringLiteral("Keystone"),
          QStringLiteral("Peak Performance"), QStringLiteral("Cornerstone"), QStringLiteral("True North")},
         {QStringLiteral("Chiropractic"), QStringLiteral("Spine & Wellness"), QStringLiteral("Chiropractic Center")},
         {{QStringLiteral("New Patient Exam & Adjustment"), QStringLiteral("Consultation, exam and first adjustment"), 9500,
           {QStringLiteral("lower back pain since I moved"), QStringLiteral("a back that went out lifting a box")}},
          {QStringLiteral("Spinal Adjustment"), QStringLiteral("Follow-up adjustment"), 6500,
           {QStringLiteral("my back acting up again"), QStringLiteral("a stiff neck from working at a laptop")}},
          {QStringLiteral("Posture Correction"), QStringLiteral("Twelve-week program"), 120000,
           {QStringLiteral("rounded shoulders from desk work"), QStringLiteral("a teenager with bad posture")}},
          {QStringLiteral("Sports Injury Care"), QStringLiteral("Assessment and treatment"), 9000,
           {QStringLiteral("a shoulder I hurt playing tennis"), QStringLiteral("a knee that hurts after running")}},
          {QStringLiteral("Prenatal Chiropractic"), QStringLiteral("Webster technique adjustment"), 7500,
           {QStringLiteral("back pain during my pregnancy"), QStringLiteral("hip pain in my third trimester")}},
          {QStringLiteral("Massage Therapy"), QStringLiteral("60-minute therapeutic massage"), 9000,
           {QStringLiteral("tight muscles in my upper back"), QStringLiteral("stress knots in my shoulders")}},
          {QStringLiteral("Corrective Exercises"), QStringLiteral("Guided rehab session"), 7000,
           {QStringLiteral("sciatica down my right leg"), QStringLiteral("weak core after surgery")}},
          {QStringLiteral("Pain Relief Package"), QStringLiteral("Six visits with adjustments and massage"), 45000,
           {QStringLiteral("headaches that start in my neck"), QStringLiteral("whiplash from a fender bender")}}},
         {QStringLiteral("chiropractic assistant"), QStringLiteral("massage therapist"), QStringLiteral("front desk")},
         {QStringLiteral("a prescription for muscle relaxers"), QStringLiteral("treatment for my horse"),
          QStringLiteral("a visit paid by a workers' comp claim from another state")},
         {QStringLiteral("Blue Cross"), QStringLiteral("Aetna"), QStringLiteral("an auto accident claim"),
          QStringLiteral("my HSA card")},
         {{QStringLiteral("Auto Accident"), QStringLiteral("#e53935")},
          {QStringLiteral("Wellness Plan"), QStringLiteral("#43a047")},
          {QStringLiteral("Sports"), QStringLiteral("#1e88e5")}},
         20, 5},
        {QStringLiteral("roofing"), QStringLiteral("home_service"), QStringLiteral("customers"),
         QStringLiteral("a free inspection"),
         {QStringLiteral("Summit"), QStringLiteral("Ironclad"), QStringLiteral("Red Rock"), QStringLiteral("Hometown"),
          QStringLiteral("Eagle"), QStringLiteral("Storm Shield"), QStringLiteral("Patriot"), QStringLiteral("Front Range")},
         {QStringLiteral("Roofing Co."), QStringLiteral("Roofing"), QStringLiteral("Roofing & Exteriors"),
          QStringLiteral("Roof Pros")},
         {{QStringLiteral("Roof Inspection"), QStringLiteral("Free inspection with photo report"), 0, {}},
          {QStringLiteral("Roof Repair"), QStringLiteral("Leak and shingle repair"), 65000,
           {QStringLiteral("a leak over the kitchen"), QStringLiteral("missing shingles on the north side")}},
          {QStringLiteral("Roof Replacement"), QStringLiteral("Asphalt shingle roof, average home"), 1450000,
           {QStringLiteral("a roof that's about twenty years old"), QStringLiteral("a roof the buyer's inspector flagged")}},
          {QStringLiteral("Storm Damage"), QStringLiteral("Hail and wind restoration with insurance help"), 850000,
           {QStringLiteral("hail damage the adjuster told me about"), QStringLiteral("shingles the wind tore off last night")}},
          {QStringLiteral("Gutters"), QStringLiteral("Seamless gutters, per home"), 240000,
           {QStringLiteral("gutters pulling away from the house"), QStringLiteral("water pouring over the gutters")}},
          {QStringLiteral("Skylights"), QStringLiteral("Skylight installation"), 220000,
           {QStringLiteral("a skylight that drips when it rains"), QStringLiteral("a dark upstairs hallway")}}},
         {QStringLiteral("roofing crew"), QStringLiteral("estimator"), QStringLiteral("sales rep"),
          QStringLiteral("office manager")},
         {QStringLiteral("a commercial flat roof on a warehouse"), QStringLiteral("solar panel installation"),
          QStringLiteral("a repair three hours outside the city"), QStringLiteral("just buying shingles to do it myself")},
         {QStringLiteral("my homeowner's insurance"), QStringLiteral("financing"), QStringLiteral("a credit card"),
          QStringLiteral("a check")},
         {{QStringLiteral("Storm Damage"), QStringLiteral("#5e35b1")},
          {QStringLiteral("Insurance Claim"), QStringLiteral("#8e24aa")},
          {QStringLiteral("Commercial"), QStringLiteral("#546e7a")},
          {QStringLiteral("Full Replacement"), QStringLiteral("#2e7d32")}},
         160, 35},
        {QStringLiteral("plumbing"), QStringLiteral("home_service"), QStringLiteral("customers"),
         QStringLiteral("a technician out"),
         {QStringLiteral("Blue Wave"), QStringLiteral("Reliable"), QStringLiteral("Rapid Rooter"),
          QStringLiteral("Clearwater"), QStringLiteral("Mr. Fix"), QStringLiteral("Benchmark")},
         {QStringLiteral("Plumbing"), QStringLiteral("Plumbing & Drain"), QStringLiteral("Plumbing Co.")},
         {{QStringLiteral("Drain Cleaning"), QStringLiteral("Kitchen, bath or main line"), 22500,
           {QStringLiteral("a kitchen sink that won't drain"), QStringLiteral("water coming up through the basement floor drain")}},
          {QStringLiteral("Water Heater Replacement"), QStringLiteral("50-gallon gas tank, installed"), 180000,
           {QStringLiteral("a water heater that's leaking in the garage"), QStringLiteral("no hot water since yesterday")}},
          {QStringLiteral("Tankless Water Heater"), QStringLiteral("Tankless unit, installed"), 450000,
           {QStringLiteral("a tank that runs out of hot water"), QStringLiteral("an old tank I want to replace with tankless")}},
          {QStringLiteral("Pipe Replacement"), QStringLiteral("Repipe with PEX, average home"), 350000,
           {QStringLiteral("a pipe that burst under the bathroom"), QStringLiteral("old galvanized pipes with low pressure")}},
          {QStringLiteral("Leak Detection"), QStringLiteral("Electronic leak location"), 35000,
           {QStringLiteral("a water bill that doubled"), QStringLiteral("a wet spot on the living room ceiling")}},
          {QStringLiteral("Sewer Line Repair"), QStringLiteral("Camera inspection and spot repair"), 650000,
           {QStringLiteral("tree roots in the sewer line"), QStringLiteral("toilets that gurgle when the washer drains")}}},
         {QStringLiteral("apprentice plumber"), QStringLiteral("journeyman plumber"), QStringLiteral("dispatcher")},
         {QStringLiteral("a septic pump-out"), QStringLiteral("a pool heater repair"),
          QStringLiteral("plumbing for a new restaurant build-out")},
         {QStringLiteral("a credit card"), QStringLiteral("financing"), QStringLiteral("my home warranty"),
          QStringLiteral("a check")},
         {{QStringLiteral("Emergency"), QStringLiteral("#d93025")},
          {QStringLiteral("Water Heater"), QStringLiteral("#f57c00")},
          {QStringLiteral("Home Warranty"), QStringLiteral("#6d4c41")}},
         20, 10},
        {QStringLiteral("hvac"), QStringLiteral("home_service"), QStringLiteral("customers"),
         QStringLiteral("a technician out"),
         {QStringLiteral("Comfort Zone"), QStringLiteral("Arctic Air"), QStringLiteral("All Seasons"),
          QStringLiteral("Polar Bear"), QStringLiteral("Four Winds"), QStringLiteral("Mountain Air")},
         {QStringLiteral("Heating & Air"), QStringLiteral("HVAC"), QStringLiteral("Heating & Cooling")},
         {{QStringLiteral("AC Installation"), QStringLiteral("Central air, 3 ton, installed"), 750000,
           {QStringLiteral("a house with no central air"), QStringLiteral("an AC unit that's fifteen years old")}},
          {QStringLiteral("AC Repair"), QStringLiteral("Diagnosis and repair"), 35000,
           {QStringLiteral("an AC that's blowing warm air"), QStringLiteral("the upstairs that never cools down")}},
          {QStringLiteral("Furnace Installation"), QStringLiteral("High-efficiency gas furnace, installed"), 550000,
           {QStringLiteral("a furnace that's older than my kids"), QStringLiteral("a cracked heat exchanger")}},
          {QStringLiteral("Furnace Repair"), QStringLiteral("Diagnosis and repair"), 30000,
           {QStringLiteral("a furnace that keeps shutting off"), QStringLiteral("a thermostat that's gone blank")}},
          {QStringLiteral("Heat Pump"), QStringLiteral("Ducted heat pump system, installed"), 900000,
           {QStringLiteral("high gas bills every winter"), QStringLiteral("questions about the heat pump rebate")}},
          {QStringLiteral("Duct Cleaning"), QStringLiteral("Whole-home duct cleaning"), 45000,
           {QStringLiteral("a weird burning smell from the vents"), QStringLiteral("dust everywhere after a remodel")}},
          {QStringLiteral("Tune-Up"), QStringLiteral("Seasonal maintenance visit"), 12900,
           {QStringLiteral("a system nobody has serviced in years"), QStringLiteral("a noisy outdoor unit")}}},
         {QStringLiteral("HVAC technician"), QStringLiteral("install helper"), QStringLiteral("customer service rep")},
         {QStringLiteral("a window unit repair"), QStringLiteral("a walk-in cooler for a restaurant"),
          QStringLiteral("a boiler in a hundred-year-old building")},
         {QStringLiteral("financing"), QStringLiteral("a credit card"), QStringLiteral("a check"),
          QStringLiteral("my home warranty")},
         {{QStringLiteral("No Heat"), QStringLiteral("#d93025")},
          {QStringLiteral("No Cool"), QStringLiteral("#039be5")},
          {QStringLiteral("Maintenance Plan"), QStringLiteral("#43a047")},
          {QStringLiteral("Rebate"), QStringLiteral("#fbc02d")}},
         200, 30},
        {QStringLiteral("landscaping"), QStringLiteral("home_service"), QStringLiteral("customers"),
         QStringLiteral("an on-site estimate"),
         {QStringLiteral("Green Acres"), QStringLiteral("Cedar Ridge"), QStringLiteral("Willow Creek"),
          QStringLiteral("Stonegate"), QStringLiteral("Evergreen"), QStringLiteral("Oak Hollow")},
         {QStringLiteral("Landscaping"), QStringLiteral("Landscape Design"), QStringLiteral("Lawn & Landscape")},
         {{QStringLiteral("Landscape Design"), QStringLiteral("Design plan with 3D rendering"), 250000,
           {QStringLiteral("a backyard that's mostly dirt"), QStringLiteral("a new build with no landscaping")}},
          {QStringLiteral("Lawn Maintenance"), QStringLiteral("Weekly mowing and edging, per month"), 18000,
           {QStringLiteral("no time to mow anymore"), QStringLiteral("a lawn the HOA keeps warning me about")}},
          {QStringLiteral("Patio & Pavers"), QStringLiteral("Paver patio, about 300 square feet"), 1200000,
           {QStringLiteral("an old patio that's cracking"), QStringLiteral("a muddy spot where we want a patio")}},
          {QStringLiteral("Retaining Walls"), QStringLiteral("Block retaining wall"), 800000,
           {QStringLiteral("a slope that washes out every spring"), QStringLiteral("a timber wall that's leaning")}},
          {QStringLiteral("Landscape Lighting"), QStringLiteral("Low-voltage LED lighting"), 350000,
           {QStringLiteral("a dark walkway to the front door"), QStringLiteral("a backyard we can't use at night")}},
          {QStringLiteral("Irrigation"), QStringLiteral("Sprinkler system install"), 450000,
           {QStringLiteral("a sprinkler system that floods the sidewalk"), QStringLiteral("dead patches all over the lawn")}},
          {QStringLiteral("Tree Care"), QStringLiteral("Pruning and removal"), 60000,
           {QStringLiteral("a tree leaning toward the house"), QStringLiteral("branches over the power line")}},
          {QStringLiteral("Sod Installation"), QStringLiteral("Sod, about 2,000 square feet"), 280000,
           {QStringLiteral("a front yard that's all weeds"), QStringLiteral("bare dirt after the septic work")}},
          {QStringLiteral("Hardscape"), QStringLiteral("Walkways, steps and fire features"), 1500000,
           {QStringLiteral("a fire pit area we want built"), QStringLiteral("crumbling front steps")}},
          {QStringLiteral("Seasonal Cleanup"), QStringLiteral("Spring or fall cleanup"), 45000,
           {QStringLiteral("a yard full of leaves"), QStringLiteral("beds that need cleaning out before we sell")}}},
         {QStringLiteral("crew member"), QStringLiteral("crew lead"), QStringLiteral("irrigation tech")},
         {QStringLiteral("snow removal for a shopping center"), QStringLiteral("a pool installation"),
          QStringLiteral("a single tree stump for fifty dollars")},
         {QStringLiteral("financing"), QStringLiteral("a credit card"), QStringLiteral("a check"),
          QStringLiteral("Venmo")},
         {{QStringLiteral("Design Build"), QStringLiteral("#2e7d32")},
          {QStringLiteral("Maintenance"), QStringLiteral("#7cb342")},
          {QStringLiteral("HOA"), QStringLiteral("#546e7a")},
          {QStringLiteral("Hardscape"), QStringLiteral("#8d6e63")}},
         110, 45},
        {QStringLiteral("catering"), QStringLiteral("food_service"), QStringLiteral("clients"),
         QStringLiteral("a tasting"),
         {QStringLiteral("Silver Spoon"), QStringLiteral("Harvest Table"), QStringLiteral("Golden Fork"),
          QStringLiteral("Copper Pot"), QStringLiteral("Fig & Olive"), QStringLiteral("Juniper")},
         {QStringLiteral("Catering"), QStringLiteral("Events & Catering"), QStringLiteral("Kitchen & Catering")},
         {{QStringLiteral("Wedding Catering"), QStringLiteral("Plated or buffet dinner, per guest"), 6500,
           {QStringLiteral("a wedding for about 120 guests"), QStringLiteral("a rehearsal dinner for sixty guests")}},
          {QStringLiteral("Corporate Lunch"), QStringLiteral("Boxed or buffet lunch, per guest"), 2200,
           {QStringLiteral("a company lunch next Friday"), QStringLiteral("a training day for forty people")}},
          {QStringLiteral("Private Party"), QStringLiteral("Full-service party, minimum"), 150000,
           {QStringLiteral("my daughter's graduation party"), QStringLiteral("a fiftieth birthday at our house")}},
          {QStringLiteral("Event Bartending"), QStringLiteral("Two bartenders, four hours"), 60000,
           {QStringLiteral("an open house that needs a bar"), QStringLiteral("a backyard party for eighty people")}},
          {QStringLiteral("Holiday Party Package"), QStringLiteral("Heavy appetizers for fifty guests"), 250000,
           {QStringLiteral("a holiday party for about a hundred people"), QStringLiteral("an office party in December")}},
          {QStringLiteral("Tasting"), QStringLiteral("Menu tasting for two"), 7500,
           {QStringLiteral("a gluten-free menu for a retirement party"), QStringLiteral("a menu we want to try first")}}},
         {QStringLiteral("line cook"), QStringLiteral("event server"), QStringLiteral("bartender"),
          QStringLiteral("event coordinator")},
         {QStringLiteral("food for five hundred people tomorrow"), QStringLiteral("a food truck for a street fair"),
          QStringLiteral("just renting tables and chairs")},
         {QStringLiteral("a deposit"), QStringLiteral("a corporate card"), QStringLiteral("an invoice"),
          QStringLiteral("a check")},
         {{QStringLiteral("Wedding"), QStringLiteral("#ec407a")},
          {QStringLiteral("Corporate"), QStringLiteral("#3949ab")},
          {QStringLiteral("Dietary Needs"), QStringLiteral("#7cb342")},
          {QStringLiteral("Large Event"), QStringLiteral("#fb8c00")}},
         340, 30},
    };
    return list;
}

const QList<CategorySpec> &categories()
{
    using R = StageRole;
    static const QList<CategorySpec> list = {
        {QStringLiteral("unanswered"), 150, CallKind::Unanswered, 0, 15, 0, false, 5, {R::New}, 2,
         {QStringLiteral("Missed call: nobody answered and the caller hung up without leaving a message."),
          QStringLiteral("No conversation took place; the call rang out."),
          QStringLiteral("The caller hung up during the greeting before anyone picked up.")},
         {}},
        {QStringLiteral("voicemail"), 120, CallKind::Voicemail, 20, 90, 0, false, 15, {R::New, R::Contacted}, 3,
         {QStringLiteral("{first} left a short voicemail saying they would try again later."),
          QStringLiteral("{first} started a message, then said they would call back; no details."),
          QStringLiteral("Short voicemail: {first} will call again tomorrow."),
          QStringLiteral("{first} left a voicemail returning a call from this number; no details given.")},
         {QStringLiteral("Caller: Hi, this is {first}. I'll, um, I'll try you again later. Bye."),
          QStringLiteral("Caller: Yeah, hi, it's {first}. Just calling to... actually, never mind, I'll call back."),
          QStringLiteral("Caller: Hello? Oh, it's a machine. Okay. It's {first}, I'll call tomorrow."),
          QStringLiteral("Caller: Hi, this is {first} returning a call from this number. Thanks.")}},
        {QStringLiteral("needs_attention"), 80, CallKind::Voicemail, 25, 120, 3, false, 40,
         {R::New, R::Contacted}, 20,
         {QStringLiteral("{first} left a voicemail about {service} and asked for {visit} this week; wants a "
                         "call back."),
          QStringLiteral("{first} left a message about {concern} and asked for a call back after 3 pm."),
          QStringLiteral("{first} was referred by a friend and left a voicemail asking whether {payment} is "
                         "accepted for {service}."),
          QStringLiteral("Urgent: {first} has called several times about {concern} and asked for a call back "
                         "today.")},
         {QStringLiteral("Caller: Hi, this is {first}. I'm calling about {service}. I have {concern} and I'd "
                         "like to get {visit} this week if you have anything.\nCaller: Please call me back at "
                         "this number. Thank you."),
          QStringLiteral("Caller: Hey, it's {first}. I was hoping to talk to someone about {concern}.\nCaller: "
                         "I'm free after three most days. Can you give me a call back? Thanks so much."),
          QStringLiteral("Caller: Good morning, my name is {first}. A friend recommended you for {service}.\n"
                         "Caller: I'd like to know if you take {payment}. Please call me back when you get "
                         "a chance."),
          QStringLiteral("Caller: Hi, {first} here. I've called twice now about {concern}, and it's getting "
                         "worse.\nCaller: I really need someone to call me back today, please.")}},
        {QStringLiteral("neutral"), 130, CallKind::Conversation, 60, 300, 0, false, 20, {R::New, R::Contacted}, 5,
         {QStringLiteral("{first} asked about Saturday hours and location; no specific service discussed."),
          QStringLiteral("General inquiry: {first} asked whether {business} accepts {payment}."),
          QStringLiteral("{first} asked whether {business} offers {service} but wants to read the website first."),
          QStringLiteral("{first} asked for the address; intent unclear.")},
         {QStringLiteral("Caller: Hi, I just had a quick question. What are your hours on Saturday?\nAgent: "
                         "We're open nine to one on Saturdays.\nCaller: Okay, and you're the one over by "
                         "the library, right?\nAgent: That's us. Anything else I can help with?\nCaller: "
                         "No, that's it for now. Thanks."),
          QStringLiteral("Caller: Hi, this is {first}. Do you take {payment}?\nAgent: We do, yes. Are you "
                         "calling about anything in particular?\nCaller: Not yet, I'm just checking for "
                         "now.\nAgent: No problem. You can call us back any time."),
          QStringLiteral("Caller: Yeah, hi. Do you guys do {service}?\nAgent: We do. Would you like to set "
                         "something up?\nCaller: Maybe, I'm not sure yet. I'll look at your website "
                         "first.\nAgent: Sounds good, {first}. Our number is on every page."),
          QStringLiteral("Caller: Hi, I'm trying to find your address for my GPS.\nAgent: Sure, we're in "
                         "{city}, right off the main road. I can text it to you.\nCaller: That would be "
                         "great, thanks.")}},
        {QStringLiteral("warm"), 150, CallKind::Conversation, 120, 600, 3, false, 55,
         {R::Contacted, R::Qualified}, 15,
         {QStringLiteral("{first} called about {concern} and asked what {service} costs; wants to talk it "
                         "over at home before booking."),
          QStringLiteral("{first} saw an ad for {service}, asked whether {payment} is accepted and is "
                         "collecting quotes."),
          QStringLiteral("Promising lead: {first} was referred by a neighbor for {service} and is checking "
                         "whether {day} at {time} works."),
          QStringLiteral("{first} asked how long {service} takes and what it costs; the price was higher than "
                         "expected.")},
         {QStringLiteral("Caller: Hi, my name is {first}. I'm calling about {service}.\nAgent: Happy to help, "
                         "{first}. What's going on?\nCaller: I have {concern}, and I wanted to know what "
                         "something like that costs.\nAgent: It depends, but {service} usually starts "
                         "around {price}.\nCaller: Okay. Let me talk it over with my husband and I'll call "
                         "you back.\nAgent: Of course. Ask for me, I'm {agent}."),
          QStringLiteral("Caller: Hi, I saw your ad and I'm curious about {service}.\nAgent: Sure. Have you "
                         "had it done before?\nCaller: No, first time. Do you take {payment}?\nAgent: We do. "
                         "Most people start with {visit}.\nCaller: Okay, I'm getting a couple of quotes. "
                         "Can I call you back next week?\nAgent: Absolutely, {first}."),
          QStringLiteral("Caller: Hey, this is {first}. A neighbor used you for {service}.\nAgent: Oh, great. "
                         "What can we do for you?\nCaller: I've got {concern}. How soon could someone look "
                         "at it?\nAgent: We could do {day} at {time}.\nCaller: Hmm, let me check my schedule "
                         "and get back to you.\nAgent: Sounds good. I'll note it on your file."),
          QStringLiteral("Caller: Hi, I'm looking into {service} and had a few questions.\nAgent: Sure, go "
                         "ahead.\nCaller: How long does it take, and what does it run?\nAgent: Usually "
                         "around {price}, and we can go over the details at {visit}.\nCaller: That's a "
                         "bit more than I expected. I'll think about it.\nAgent: Understood. We do accept "
                         "{payment}, if that helps.")}},
        {QStringLiteral("very_good"), 80, CallKind::Conversation, 180, 720, 4, false, 70,
         {R::Qualified, R::Proposal}, 25,
         {QStringLiteral("{first} is ready to book {service} for {concern} and asked to hear about any "
                         "opening before {day}."),
          QStringLiteral("{first} was referred by family and wants {service} on {day} at {time}; paperwork "
                         "is being sent."),
          QStringLiteral("Hot lead: {first} wants {concern} handled this week and accepted {day} at {time}, "
                         "paying with {payment}.")},
         {QStringLiteral("Caller: Hi, my name is {first}. I need to get {service} done as soon as possible.\n"
                         "Agent: We can help with that. What's going on?\nCaller: I have {concern}.\nAgent: "
                         "I'm sorry to hear that. The first opening is {day} at {time}.\nCaller: Is there "
                         "anything sooner?\nAgent: Let me check the waitlist and call you right back.\n"
                         "Caller: Please do, I'm ready to go."),
          QStringLiteral("Caller: Hi, I got your name from my sister. I want to book {service}.\nAgent: "
                         "Wonderful. Can I get your name?\nCaller: It's {first}.\nAgent: Thanks, {first}. "
                         "We have {day} at {time} or the following morning.\nCaller: The first one works. Do "
                         "you need a deposit?\nAgent: I'll send over the paperwork and we'll confirm by text."),
          QStringLiteral("Caller: Hello, I've got {concern} and I want it handled this week.\nAgent: We can do "
                         "that. Is {day} at {time} okay?\nCaller: Yes, that's perfect.\nAgent: Great. And "
                         "will you be using {payment}?\nCaller: Yes.\nAgent: Got it. I'll text you a "
                         "confirmation.")}},
        {QStringLiteral("converted"), 50, CallKind::Conversation, 240, 900, 5, true, 90, {R::Won}, 45,
         {QStringLiteral("{first} booked {service} for {day} at {time} and confirmed by phone."),
          QStringLiteral("{first} called back to go ahead with {service} at the quoted {price}, paying with "
                         "{payment}; booked for {day}."),
          QStringLiteral("Converted: {first} scheduled {service} for {day} at {time} about {concern}.")},
         {QStringLiteral("Caller: Hi, this is {first}. I'm calling to book {service}.\nAgent: Great! Have you "
                         "been in to see us before?\nCaller: No, this is my first time. I have {concern}.\n"
                         "Agent: We can take care of that. How does {day} at {time} sound?\nCaller: That "
                         "works.\nAgent: Perfect, you're all set. We'll send a reminder the day before.\n"
                         "Caller: Thank you so much!"),
          QStringLiteral("Caller: Hi, it's {first} again. I talked to my family and we want to go ahead with "
                         "{service}.\nAgent: That's great news, {first}. The price we discussed was "
                         "{price}.\nCaller: Yes, and I'll use {payment}.\nAgent: Perfect. I have {day} at "
                         "{time} open.\nCaller: Book it.\nAgent: Done. You'll get a confirmation by email."),
          QStringLiteral("Caller: Hello, I'd like to schedule {service}.\nAgent: Of course. Can I get your "
                         "name?\nCaller: {first}.\nAgent: Thanks, {first}. What's prompting the visit?\n"
                         "Caller: Honestly? I have {concern}.\nAgent: We'll get you taken care of. {day} at {time} "
                         "is open.\nCaller: Great, I'll take it.\nAgent: You're confirmed. See you then.")}},
        {QStringLiteral("not_a_fit"), 80, CallKind::Conversation, 60, 240, 2, false, 50, {R::Lost}, 5,
         {QStringLiteral("{first} asked whether {business} offers {ask}; it does not."),
          QStringLiteral("Not a fit: {first} was looking for {ask}; {business} only handles {service} and "
                         "related work."),
          QStringLiteral("{first} needed {ask} at the lowest price; not something {business} offers.")},
         {QStringLiteral("Caller: Hi, do you do {ask}?\nAgent: I'm sorry, that's not something we offer.\n"
                         "Caller: Oh. Do you know anyone who does?\nAgent: I don't have a name for you, "
                         "but a quick search should turn someone up.\nCaller: Okay, thanks anyway."),
          QStringLiteral("Caller: Hi, my name is {first}. I'm looking for {ask}.\nAgent: Unfortunately we "
                         "only handle {service} and related work.\nCaller: Ah, okay. I must have the wrong "
                         "place.\nAgent: No problem at all. Good luck, {first}."),
          QStringLiteral("Caller: Yeah, I need {ask}, and I need the cheapest option.\nAgent: We're not the "
                         "right fit for that, I'm afraid.\nCaller: Alright. Bye.")}},
        {QStringLiteral("spam"), 70, CallKind::Conversation, 5, 60, 1, false, 5, {R::Lost}, 1,
         {QStringLiteral("Robocall about a business listing; not a lead."),
          QStringLiteral("Telemarketer selling credit card processing."),
          QStringLiteral("Automated message about an extended vehicle warranty."),
          QStringLiteral("Sales call offering search marketing services; not a customer.")},
         {QStringLiteral("Caller: This is an important message regarding your business's Google listing. "
                         "Press one to speak with a specialist.\nAgent: Hello? ...It hung up."),
          QStringLiteral("Caller: Hi, is this the business owner? I'm calling about lowering your credit "
                         "card processing fees.\nAgent: We're not interested, thank you.\nCaller: It'll only "
                         "take two minutes.\nAgent: No thanks. Please take us off your list."),
          QStringLiteral("Caller: We've been trying to reach you concerning your vehicle's extended "
                         "warranty.\nAgent: This is a business line."),
          QStringLiteral("Caller: Hi, I can get {business} to the top of search results in thirty days, "
                         "guaranteed.\nAgent: We already have an agency, thanks.\nCaller: Can I just email "
                         "you a proposal?\nAgent: No, thank you.")}},
        {QStringLiteral("applicant"), 40, CallKind::Conversation, 60, 300, 0, false, 0, {}, 10,
         {QStringLiteral("{first} followed up on an online application for the {job} position."),
          QStringLiteral("Job inquiry: {first} asked whether {business} is hiring and wants to send a resume "
                         "({job})."),
          QStringLiteral("{first} asked about an interview for the {job} position; not a customer.")},
         {QStringLiteral("Caller: Hi, I'm calling about the {job} position I saw on Indeed.\nAgent: Sure, are "
                         "you applying online?\nCaller: I did, I just wanted to follow up. My name is "
                         "{first}.\nAgent: Thanks, {first}. I'll let the manager know you called.\nCaller: "
                         "I appreciate it."),
          QStringLiteral("Caller: Hi, are you hiring? I have five years of experience as a {job}.\nAgent: "
                         "We might be. You can email your resume to the office.\nCaller: Great, what's the "
                         "address?\nAgent: I'll text it to this number.\nCaller: Thank you."),
          QStringLiteral("Caller: Hi, this is {first}. I had an interview for {job} last week and I wanted "
                         "to check on it.\nAgent: Let me see who you spoke with.\nCaller: I think it was "
                         "the office manager.\nAgent: She's out today, but I'll have her call you.")}},
        {QStringLiteral("unreviewed"), 50, CallKind::Conversation, 60, 600, 0, false, 0, {}, 0,
         {},
         {QStringLiteral("Caller: Hi, I have a question about {service}.\nAgent: Sure, what would you like to "
                         "know?\nCaller: How soon could I get {visit}?\nAgent: We have {day} at {time}.\n"
                         "Caller: Let me check and call you back."),
          QStringLiteral("Caller: Hi, this is {first}. I have {concern}.\nAgent: Okay, let's see what we can "
                         "do. Have you been here before?\nCaller: A while ago, yes.\nAgent: Great, I'll pull "
                         "up your file."),
          QStringLiteral("Caller: Hello, is this {business}?\nAgent: It is. How can I help?\nCaller: I'm "
                         "calling for my mom about {service}.\nAgent: Of course. Does she use {payment}?\n"
                         "Caller: I think so. I'll find out and call back.")}},
    };
    return list;
}

const QList<StageSpec> &stageSet(int index)
{
    using R = StageRole;
    static const QList<QList<StageSpec>> sets = {
        {{QStringLiteral("New"), QStringLiteral("#9aa0a6"), R::New},
         {QStringLiteral("Contacted"), QStringLiteral("#1a73e8"), R::Contacted},
         {QStringLiteral("Qualified"), QStringLiteral("#8e24aa"), R::Qualified},
         {QStringLiteral("Proposal Sent"), QStringLiteral("#f29900"), R::Proposal},
         {QStringLiteral("Won"), QStringLiteral("#1e8e3e"), R::Won},
         {QStringLiteral("Lost"), QStringLiteral("#d93025"), R::Lost}},
        {{QStringLiteral("New"), QStringLiteral("#78909c"), R::New},
         {QStringLiteral("Contacted"), QStringLiteral("#039be5"), R::Contacted},
         {QStringLiteral("Qualified"), QStringLiteral("#7e57c2"), R::Qualified},
         {QStringLiteral("Won"), QStringLiteral("#43a047"), R::Won},
         {QStringLiteral("Lost"), QStringLiteral("#e53935"), R::Lost}},
    };
    return sets[qBound(0, index, int(sets.size()) - 1)];
}

int stageSetCount()
{
    return 2;
}

const QList<TagSpec> &commonTags()
{
    static const QList<TagSpec> tags = {
        {QStringLiteral("Follow Up"), QStringLiteral("#f29900")},
        {QStringLiteral("VIP"), QStringLiteral("#fbc02d")},
        {QStringLiteral("Price Shopper"), QStringLiteral("#8d6e63")},
        {QStringLiteral("Spanish Speaker"), QStringLiteral("#00897b")},
        {QStringLiteral("Referral"), QStringLiteral("#3949ab")},
        {QStringLiteral("Callback Requested"), QStringLiteral("#e53935")},
        {QStringLiteral("Financing"), QStringLiteral("#6a1b9a")},
        {QStringLiteral("Booked Online"), QStringLiteral("#43a047")},
        {QStringLiteral("Second Opinion"), QStringLiteral("#5c6bc0")},
        {QStringLiteral("Do Not Call"), QStringLiteral("#424242")},
    };
    return tags;
}

const QList<Weighted> &sources()
{
    static const QList<Weighted> list = {
        {QStringLiteral("Google Ads"), 28}, {QStringLiteral("Google Organic"), 21},
        {QStringLiteral("Website"), 12},    {QStringLiteral("Direct"), 10},
        {QStringLiteral("Facebook"), 9},    {QStringLiteral("Referral"), 8},
        {QStringLiteral("Yelp"), 6},        {QStringLiteral("Bing Ads"), 4},
        {QStringLiteral("Google Business Profile"), 2},
    };
    return list;
}

const QStringList &trackingLines()
{
    static const QStringList lines = {QStringLiteral("Main Line"), QStringLiteral("Call Extension"),
                                      QStringLiteral("Landing Page"), QStringLiteral("Spring Promo"),
                                      QStringLiteral("Website Header")};
    return lines;
}

const QStringList &clientPackages()
{
    static const QStringList packages = {QStringLiteral("Essentials"), QStringLiteral("Growth"),
                                         QStringLiteral("Premium")};
    return packages;
}

const QStringList &greetings()
{
    static const QStringList lines = {
        QStringLiteral("Agent: Thank you for calling {business}, this is {agent}. How can I help you?"),
        QStringLiteral("Agent: Good {daypart}, {business}, {agent} speaking."),
        QStringLiteral("Agent: {business}, this is {agent}. How may I help you today?"),
        QStringLiteral("Agent: Hi, thanks for calling {business}. This is {agent}."),
    };
    return lines;
}

const QStringList &callbackOpeners()
{
    static const QStringList lines = {
        QStringLiteral("Agent: Hi, this is {agent} from {business}, returning your call. Is this {first}?\n"
                       "Caller: Yes, hi. Thanks for getting back to me. It's about {service}."),
        QStringLiteral("Agent: Hi {first}, it's {agent} with {business}. I saw we missed your call.\n"
                       "Caller: Oh, hi. Yes, I called about {concern}."),
        QStringLiteral("Agent: Good {daypart}, this is {agent} at {business}, following up on your call.\n"
                       "Caller: Thanks for calling me back. I had a question about {service}."),
    };
    return lines;
}

const QStringList &voicemailGreetings()
{
    static const QStringList lines = {
        QStringLiteral("System: You've reached {business}. We're helping other {customers} right now. "
                       "Please leave a message after the tone."),
        QStringLiteral("System: Thank you for calling {business}. Our office is currently closed. Please "
                       "leave your name and number and we'll call you back."),
    };
    return lines;
}

const QStringList &days()
{
    static const QStringList list = {
        QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("tomorrow"),
        QStringLiteral("next Monday"), QStringLiteral("next Tuesday"), QStringLiteral("next Thursday"),
    };
    return list;
}

const QStringList &times()
{
    static const QStringList list = {
        QStringLiteral("8:30"), QStringLiteral("9:00"), QStringLiteral("9:45"), QStringLiteral("10:15"),
        QStringLiteral("11:00"), QStringLiteral("1:30"), QStringLiteral("2:00"), QStringLiteral("2:45"),
        QStringLiteral("3:30"), QStringLiteral("4:15"),
    };
    return list;
}

const QList<NoteSpec> &notes()
{
    static const QList<NoteSpec> list = {
        {QStringLiteral("note"), 35,
         {QStringLiteral("Prefers afternoon appointments. Mentioned {concern}."),
          QStringLiteral("Asked about {payment}; told them we can go over options at {visit}."),
          QStringLiteral("Interested in {service}. Price quoted: {price}."),
          QStringLiteral("Very friendly, referred by a neighbor. Wants to be contacted by text."),
          QStringLiteral("Spoke Spanish first; switched to English. Follow up with the bilingual team.")}},
        {QStringLiteral("call"), 25,
         {QStringLiteral("Called {first} back, left a voicemail."),
          QStringLiteral("Follow-up call: {first} is still deciding on {service}."),
          QStringLiteral("Called to confirm {visit} on {day} at {time}. Confirmed."),
          QStringLiteral("No answer on follow-up. Will try again {day}.")}},
        {QStringLiteral("email"), 15,
         {QStringLiteral("Emailed {first} the estimate for {service} ({price})."),
          QStringLiteral("Sent new-customer forms and directions by email."),
          QStringLiteral("Emailed a reminder about {visit} on {day}.")}},
        {QStringLiteral("sms"), 15,
         {QStringLiteral("Texted a confirmation for {day} at {time}."),
          QStringLiteral("{first} texted asking to move {visit} to later in the week."),
          QStringLiteral("Sent a review request by text after the visit.")}},
        {QStringLiteral("meeting"), 10,
         {QStringLiteral("Met {first} on site to go over {service}. Next step: written quote."),
          QStringLiteral("In-person consult went well; {first} wants to start {day}."),
          QStringLiteral("Walked through options for {concern}. {first} is leaning toward {service}.")}},
    };
    return list;
}

QString spokenName(QStringView name)
{
    static const QStringList brands = {QStringLiteral("Invisalign"), QStringLiteral("Botox"),
                                       QStringLiteral("Nuvola"), QStringLiteral("NightLase")};
    QString out;
    out.reserve(name.size());
    for (const QStringView word : name.split(u' ')) {
        if (!out.isEmpty())
            out += u' ';
        const bool capitalizedOnly = word.size() > 1 && word.front().isUpper()
            && std::none_of(word.begin() + 1, word.end(), [](QChar c) { return c.isUpper(); });
        if (capitalizedOnly && !brands.contains(word))
            out += word.toString().toLower();
        else
            out += word;
    }
    return out;
}

QString spokenPrice(qint64 cents)
{
    const qint64 dollars = cents / 100;
    QString digits = QString::number(dollars);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return u'$' + digits;
}

QString slug(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else if (c != u'\'' && c != u'.') {
            dash = true;
        }
    }
    return out;
}

} // namespace anchor::storage::demo
