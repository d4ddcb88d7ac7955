#pragma once

class QApplication;

namespace anchor::ui {

// Fusion with a light or a dark palette, following the operating system: the platform's own
// palette when it is dark (macOS, Windows, KDE, GNOME with a dark GTK theme), else light.
// ANCHOR_THEME=light|dark overrides it.
void applyTheme(QApplication &app);
bool isDarkTheme();

} // namespace anchor::ui
