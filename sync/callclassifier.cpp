#include "callclassifier.h"

#include <QRegularExpression>

namespace anchor::sync {

namespace {

// One rule: a compiled, case-insensitive pattern over the transcript and CTM's summary.
QRegularExpression pattern(const char *alternatives)
{
    QRegularExpression expression(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(alternatives)),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

struct Patterns
{
    QRegularExpression voicemail = pattern(
        "leave (?:a|your) (?:message|name)|after the (?:tone|beep)|voice ?mail|mailbox|not available to take "
        "your call|you(?:'| ha)ve reached|please record your message|at the tone");
    QRegularExpression callBack = pattern(
        "call me back|give me a call|call back|return my call|reach me at|my number is|please call|get back to me");
    QRegularExpression spam = pattern(
        "extended (?:car |auto |vehicle )?warranty|google (?:business )?listing|your google|verify your listing|"
        "press (?:one|1|two|2|nine|9)|this is an automated|final notice|credit card (?:rate|interest)|"
        "lower your (?:rate|interest)|merchant services|seo services|rank (?:you |your (?:site|business) )?(?:first|higher|on the first page)|"
        "first page of google|search engine optimi[sz]ation|business loan|pre-?approved|limited time offer|"
        "robocall|congratulations,? you(?:'| ha)ve (?:won|been selected)|social security number|irs|"
        "student loan forgiveness|solar (?:panels? )?(?:program|incentive)");
    QRegularExpression applicant = pattern(
        "are you hiring|you(?:'re| are) hiring|job (?:opening|openings|posting|application|listing)|"
        "(?:apply|applying) for (?:a |the )?(?:job|position|role)|my (?:resume|resumé|cv)|drop off (?:a|my) resume|"
        "(?:open|available) positions?|looking for (?:a job|work|employment)|employment opportunit(?:y|ies)|"
        "interview for the (?:job|position)|hygienist position|hiring manager|ziprecruiter");
    QRegularExpression problem = pattern(
        "complain(?:t|ing)?|refund|overcharged|billing (?:problem|issue|error|question)|charged (?:me )?twice|"
        "wrong (?:charge|bill)|upset|frustrated|unhappy|disappointed|terrible|horrible|worst|rude|"
        "emergency|urgent(?:ly)?|in (?:a lot of |severe )?pain|bleeding|swollen|leak(?:ing)? (?:badly|everywhere)|"
        "flood(?:ing|ed)?|no (?:heat|hot water|power|ac|air)|cancel(?:l?ing)? (?:my|the|our) (?:appointment|service|visit|order)|"
        "reschedule|nobody (?:called|got back|returned)|no one (?:called|got back|returned)|still waiting|never (?:called|heard) back|"
        "bad experience|speak (?:to|with) (?:a |the )?manager|lawyer|dispute");
    QRegularExpression booking = pattern(
        "book(?:ed|ing)? (?:an? |the |my )?(?:appointment|consultation|consult|visit|cleaning|exam|estimate|service|session|table|reservation)|"
        "schedule (?:an? |the |my )?(?:appointment|consultation|consult|visit|cleaning|exam|estimate|service|inspection)|"
        "set up (?:an? )?(?:appointment|consultation|estimate|inspection)|make an appointment|"
        "(?:come|stop) in (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|morning|afternoon)|"
        "(?:free )?(?:estimate|quote) (?:for|on)|send (?:someone|a tech(?:nician)?) out|when can you come|"
        "what times? (?:do you have|are available)|first available|i(?:'m| am) available|sounds good,? (?:let'?s|see you)|"
        "see you (?:on|then|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)|go ahead and (?:book|schedule)|"
        "(?:new|become a) patient|sign (?:me )?up|reservation for");
    QRegularExpression interest = pattern(
        "how much|what(?:'s| is| does) (?:the )?(?:price|cost|rate)|pricing|do you (?:take|accept) (?:my )?insurance|"
        "insurance|financing|payment plans?|do you (?:offer|do|have|provide)|are you open|(?:your )?hours|"
        "interested in|looking (?:for|into) (?:a |an )?(?:quote|estimate|service|dentist|roofer|plumber|treatment)|"
        "more information|info(?:rmation)? about|think about it|call (?:you )?back later|get back to you|"
        "check (?:my|with my) (?:schedule|calendar|wife|husband|spouse)|a few questions|question about");
    QRegularExpression notInterested = pattern("not interested|no thank(?:s| you)|don'?t need|never mind|nevermind");
    QRegularExpression notAFit = pattern(
        "wrong number|(?:you )?(?:do ?n'?t|do not) (?:offer|do|carry|provide|service)|we (?:do ?n'?t|do not) (?:offer|do|service)|"
        "outside (?:of )?(?:your|the|our) (?:service )?area|too far|out of (?:your|the) (?:service )?area|"
        "don'?t (?:service|cover) (?:that|my) area|looking for (?:a different|another|the other)|"
        "is this (?:not )?(?:the )?[a-z]+ (?:office|company)\\?|sorry,? wrong|thought this was|"
        "too expensive|can'?t afford|out of (?:my )?budget|went with (?:someone|another)");
    QRegularExpression vendor = pattern(
        "sales ?rep(?:resentative)?|calling (?:from|on behalf of) [a-z]+ (?:supply|supplies|marketing|media|software)|"
        "supplier|vendor|(?:are you|is the) (?:the )?(?:owner|decision maker)|partnership opportunity|advertis(?:e|ing) with us");
};

const Patterns &patterns()
{
    static const Patterns compiled;
    return compiled;
}

// The matched words with a little context, for the summary ("...can I come in Tuesday...").
QString evidence(const QString &text, const QRegularExpressionMatch &match)
{
    constexpr qsizetype kContext = 30;
    const qsizetype start = qMax<qsizetype>(0, match.capturedStart() - kContext);
    const qsizetype end = qMin(text.size(), match.capturedEnd() + kContext);
    QString snippet = text.mid(start, end - start).simplified();
    if (snippet.size() > 80)
        snippet = snippet.left(79) + QChar(0x2026);
    return snippet;
}

bool neverConnected(const QString &status)
{
    static const QStringList statuses{QStringLiteral("no answer"), QStringLiteral("no-answer"), QStringLiteral("busy"),
                                      QStringLiteral("canceled"), QStringLiteral("cancelled"), QStringLiteral("failed"),
                                      QStringLiteral("unreachable"), QStringLiteral("missed")};
    return statuses.contains(status.trimmed().toLower());
}

} // namespace

Classification CallClassifier::classify(const CallFacts &facts) const
{
    const Patterns &p = patterns();
    // Transcripts can be very long; the signal is in what was said, so a generous head is enough.
    const QString transcript = facts.transcript.left(20'000);
    const QString text = transcript + QLatin1Char('\n') + facts.summary.left(4000);
    const bool hasWords = !text.trimmed().isEmpty();
    const bool message = facts.direction.startsWith(QLatin1String("msg")) || facts.direction == QLatin1String("form")
                         || facts.direction == QLatin1String("chat");
    const int talk = facts.talkSeconds >= 0 ? facts.talkSeconds : facts.durationSeconds;

    auto find = [&](const QRegularExpression &expression) { return expression.match(text); };
    auto verdict = [](const char *category, const QString &why, double confidence) {
        return Classification{QString::fromLatin1(category), why, confidence};
    };

    // 1. Unanswered: it never connected and nobody left words behind.
    if (!message && ((neverConnected(facts.status) && transcript.trimmed().isEmpty())
                     || (talk <= 0 && !hasWords && !facts.hasRecording)))
        return verdict("unanswered", tr("The call was not answered and no message was left."), 0.9);

    // 2. Voicemail: then read the message itself.
    const auto voicemail = find(p.voicemail);
    const bool reachedVoicemail = !message && (voicemail.hasMatch()
                                               || (neverConnected(facts.status) && !transcript.trimmed().isEmpty()));
    // 3-4. Spam and job seekers decide whatever else was said.
    if (const auto spam = find(p.spam); spam.hasMatch())
        return verdict("spam", tr("Sounds like a robocall or a sales pitch (\"%1\").").arg(evidence(text, spam)), 0.85);
    if (const auto applicant = find(p.applicant); applicant.hasMatch())
        return verdict("applicant", tr("A job seeker (\"%1\").").arg(evidence(text, applicant)), 0.85);
    if (reachedVoicemail) {
        if (const auto wrong = find(p.notAFit); wrong.hasMatch())
            return verdict("not_a_fit", tr("Left a voicemail that is not for this business (\"%1\").").arg(evidence(text, wrong)), 0.6);
        if (const auto ask = find(p.callBack); ask.hasMatch())
            return verdict("needs_attention", tr("Left a voicemail asking for a call back (\"%1\").").arg(evidence(text, ask)), 0.75);
        if (const auto reason = find(p.problem); reason.hasMatch())
            return verdict("needs_attention", tr("Left a voicemail about a problem (\"%1\").").arg(evidence(text, reason)), 0.75);
        if (const auto booking = find(p.booking); booking.hasMatch())
            return verdict("needs_attention", tr("Left a voicemail wanting an appointment (\"%1\").").arg(evidence(text, booking)), 0.7);
        return verdict("voicemail", tr("The caller reached voicemail."), 0.8);
    }
    // 5. A problem someone must follow up.
    if (const auto problem = find(p.problem); problem.hasMatch())
        return verdict("needs_attention", tr("Needs follow-up (\"%1\").").arg(evidence(text, problem)), 0.75);
    const bool declined = find(p.notInterested).hasMatch();
    // 6. Ready to book.
    if (const auto booking = find(p.booking); booking.hasMatch() && !declined)
        return verdict("very_good", tr("Wants to book (\"%1\").").arg(evidence(text, booking)), 0.8);
    // 7. Clearly not for this business.
    if (const auto wrong = find(p.notAFit); wrong.hasMatch())
        return verdict("not_a_fit", tr("Not a fit (\"%1\").").arg(evidence(text, wrong)), 0.7);
    if (declined)
        return verdict("not_a_fit", tr("The caller said they are not interested."), 0.65);
    // 8. Interested but not booked.
    if (const auto interest = find(p.interest); interest.hasMatch())
        return verdict("warm", tr("Interested, not booked yet (\"%1\").").arg(evidence(text, interest)), 0.65);
    // 9. Only asked for a call back.
    if (const auto ask = find(p.callBack); ask.hasMatch())
        return verdict("needs_attention", tr("Asked for a call back (\"%1\").").arg(evidence(text, ask)), 0.6);
    // 10. A vendor or solicitor that is not spam.
    if (const auto vendor = find(p.vendor); vendor.hasMatch())
        return verdict("not_a_fit", tr("A vendor or solicitor (\"%1\").").arg(evidence(text, vendor)), 0.55);
    // 11. Nothing to go on.
    if (!facts.summary.trimmed().isEmpty()) {
        QString first = facts.summary.simplified().section(QLatin1Char('.'), 0, 0).left(120);
        return verdict("neutral", tr("No clear signal. CTM summary: %1.").arg(first), 0.4);
    }
    if (message)
        return verdict("neutral", tr("A message or form with no clear signal."), 0.4);
    return verdict("neutral", hasWords ? tr("Answered; nothing in the conversation stands out.")
                                       : tr("Answered; no transcript to go on."),
                   0.3);
}

} // namespace anchor::sync
