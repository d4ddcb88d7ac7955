#pragma once

class QCoreApplication;

namespace anchor {

// Installs Qt's own and Anchor CRM's translations for the user's locale. Ours are compiled in
// (:/i18n/anchor_<lang>.qm); a missing language falls back to English.
void installTranslations(QCoreApplication &app);

} // namespace anchor
