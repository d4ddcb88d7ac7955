#pragma once

#include <QCoreApplication>
#include <QString>

namespace anchor::sync {

// What the offline classifier looks at: the CTM call as the sync mapped it.
struct CallFacts
{
    QString direction;        // inbound, outbound, msg_inbound, form, chat, ... or empty
    QString status;           // CTM call_status / dial_status: answered, no answer, busy, ... or empty
    int durationSeconds = 0;
    int talkSeconds = -1;     // -1: unknown
    QString transcript;
    QString summary;          // CTM's own summary
    QString callerName;
    bool hasRecording = false;
};

struct Classification
{
    QString category;         // a storage::category value; never converted or unreviewed
    QString summary;          // one or two translated sentences naming the evidence
    double confidence = 0;    // 0..1, how sure the rule that decided is
};

// The built-in, offline lead classifier (seed 000 "Lead Categories"): deterministic rules over
// the CTM status, talk time, transcript and summary. It never assigns `converted` (manual only)
// nor `unreviewed`. Thread-safe and cheap to construct; the patterns are compiled once per
// process, so "Reclassify leads" can run it over a million calls.
//
// Priority, first match wins (callclassifier.cpp explains each step):
//   1. unanswered  - CTM says the call never connected (no answer, busy, canceled, failed,
//                    unreachable) and no message was left, or no talk time and no transcript.
//   2. voicemail   - the caller reached voicemail (status, greeting phrases, a short one-sided
//                    message). The message itself is then read: spam, applicant and not-a-fit
//                    keep their category, a message asking for a call back or carrying a reason
//                    the business can act on is needs_attention (seed: "left voicemail
//                    requesting callback"), anything else stays voicemail.
//   3. spam        4. applicant   5. needs_attention (a problem: complaint, billing, urgent,
//   cancel/reschedule, nobody called back)   6. very_good   7. not_a_fit (decisive: wrong
//   number, not offered, outside the area, looking for another business, declined)
//   8. warm        9. needs_attention (asked for a call back, nothing else)
//   10. not_a_fit (vendor or solicitor)      11. neutral
class CallClassifier
{
    Q_DECLARE_TR_FUNCTIONS(anchor::sync::CallClassifier)

public:
    Classification classify(const CallFacts &facts) const;
};

} // namespace anchor::sync
