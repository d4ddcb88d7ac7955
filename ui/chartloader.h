#pragma once

#include <QString>

namespace anchor::ui {

class ChartFactory;

// Loads the charts plugin once and returns it, or nullptr with the reason in *error. Looks in
// $ANCHOR_PLUGIN_DIR, beside the executable, and where the installers put it.
ChartFactory *chartFactory(QString *error);

} // namespace anchor::ui
