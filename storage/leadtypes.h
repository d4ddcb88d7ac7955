#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace anchor::storage {

// Lead categories of seed 000, as stored in call_logs.category.
namespace category {
inline const QString Converted = QStringLiteral("converted");
inline const QString Warm = QStringLiteral("warm");
inline const QString VeryGood = QStringLiteral("very_good");
inline const QString NeedsAttention = QStringLiteral("needs_attention");
inline const QString Voicemail = QStringLiteral("voicemail");
inline const QString Unanswered = QStringLiteral("unanswered");
inline const QString NotAFit = QStringLiteral("not_a_fit");
inline const QString Spam = QStringLiteral("spam");
inline const QString Neutral = QStringLiteral("neutral");
inline const QString Applicant = QStringLiteral("applicant");
inline const QString Unreviewed = QStringLiteral("unreviewed");
} // namespace category

// Display names and colours for the stored enumerations, in one place for the GUI and the CLI.
class LeadVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::LeadVocabulary)

public:
    static QStringList categories();
    static bool isCategory(const QString &value);
    static QString categoryLabel(const QString &value);
    static QString categoryColor(const QString &value);

    static QStringList callerTypes();
    static bool isCallerType(const QString &value);
    static QString callerTypeLabel(const QString &value);

    static QStringList noteTypes();
    static bool isNoteType(const QString &value);
};

struct TagRef
{
    QString id;
    QString name;
    QString color;
};

// One row of the leads list: what the table and the CLI show.
struct LeadRow
{
    qint64 rowId = 0;
    QString id;
    QString callId;
    QDateTime startedAt;
    QString callerName;
    QString fromNumber;
    QString toNumber;
    QString clientId;
    QString clientName;
    QString category;
    bool categoryManual = false;
    int stars = 0;  // 0 = not rated
    int durationSec = 0;
    QString callerType;
    int callSequence = 0;
    QList<TagRef> tags;
    QString stageId;
    QString stageName;
    QString stageColor;
    QString source;
    QString direction;
    QString summary;
};

} // namespace anchor::storage
