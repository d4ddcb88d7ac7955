#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Filling a message's placeholders and deriving its plain-text part (issue 7). Pure text work:
// the send queue renders each recipient's message with it, the template editor previews with it.
namespace anchor::storage::email {

// The placeholders a template may use, {{name}} in the subject or body. Anything else between
// double braces is unknown and is reported before sending.
const QStringList &knownPlaceholders();

// The distinct {{names}} in `text` that are not known placeholders, in order of appearance.
QStringList unknownPlaceholders(const QString &text);

// Replaces each {{name}} (spaces inside the braces allowed) by its value; a known placeholder
// without a value becomes empty, an unknown one is left as written. In HTML the values are
// escaped, so a recipient's name cannot inject markup.
QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values, bool html);

// A readable plain-text part for an HTML body: paragraphs and line breaks kept, list items
// bulleted, links written as "text (url)", entities decoded, scripts and styles dropped.
QString htmlToPlainText(const QString &html);

// Whether `address` is a plausible single email address (local@domain.tld, no spaces or
// display name): what is rejected before queueing.
bool isValidAddress(const QString &address);

// "Jane" from "Jane Q. Doe"; empty for an empty name.
QString firstNameOf(const QString &fullName);

} // namespace anchor::storage::email
