#include "leadtypes.h"

#include <QHash>

namespace anchor::storage {

QStringList LeadVocabulary::categories()
{
    return {category::Converted, category::VeryGood,  category::Warm,       category::NeedsAttention,
            category::Neutral,   category::Voicemail, category::Unanswered, category::NotAFit,
            category::Spam,      category::Applicant, category::Unreviewed};
}

bool LeadVocabulary::isCategory(const QString &value)
{
    return categories().contains(value);
}

QString LeadVocabulary::categoryLabel(const QString &value)
{
    if (value == category::Converted) return tr("Converted");
    if (value == category::Warm) return tr("Warm");
    if (value == category::VeryGood) return tr("Very good");
    if (value == category::NeedsAttention) return tr("Needs attention");
    if (value == category::Voicemail) return tr("Voicemail");
    if (value == category::Unanswered) return tr("Unanswered");
    if (value == category::NotAFit) return tr("Not a fit");
    if (value == category::Spam) return tr("Spam");
    if (value == category::Neutral) return tr("Neutral");
    if (value == category::Applicant) return tr("Applicant");
    if (value == category::Unreviewed) return tr("Unreviewed");
    return value;
}

QString LeadVocabulary::categoryColor(const QString &value)
{
    static const QHash<QString, QString> colors = {
        {category::Converted, QStringLiteral("#1e8e3e")},      {category::VeryGood, QStringLiteral("#34a853")},
        {category::Warm, QStringLiteral("#f29900")},           {category::NeedsAttention, QStringLiteral("#d93025")},
        {category::Neutral, QStringLiteral("#5f6368")},        {category::Voicemail, QStringLiteral("#8e24aa")},
        {category::Unanswered, QStringLiteral("#9aa0a6")},     {category::NotAFit, QStringLiteral("#795548")},
        {category::Spam, QStringLiteral("#3c4043")},           {category::Applicant, QStringLiteral("#1a73e8")},
        {category::Unreviewed, QStringLiteral("#bdc1c6")},
    };
    return colors.value(value, QStringLiteral("#9aa0a6"));
}

QStringList LeadVocabulary::callerTypes()
{
    return {QStringLiteral("new"), QStringLiteral("repeat"), QStringLiteral("returning_customer")};
}

bool LeadVocabulary::isCallerType(const QString &value)
{
    return callerTypes().contains(value);
}

QString LeadVocabulary::callerTypeLabel(const QString &value)
{
    if (value == QLatin1String("new")) return tr("New");
    if (value == QLatin1String("repeat")) return tr("Repeat Caller");
    if (value == QLatin1String("returning_customer")) return tr("Returning Customer");
    return value;
}

QStringList LeadVocabulary::noteTypes()
{
    return {QStringLiteral("note"), QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("sms"),
            QStringLiteral("meeting")};
}

bool LeadVocabulary::isNoteType(const QString &value)
{
    return noteTypes().contains(value);
}

} // namespace anchor::storage
