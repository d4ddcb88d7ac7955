#pragma once

#include <QSettings>

namespace anchor::ui {

// QSettings rewrites its whole file for any setValue, even of an unchanged value; window
// layouts are saved on every close, so only write what actually changed.
inline void storeIfChanged(QSettings &settings, const QString &key, const QVariant &value)
{
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

} // namespace anchor::ui
