#include "chartloader.h"

#include "chartfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace anchor::ui {

namespace {

QStringList pluginFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("ANCHOR_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        folders.append(fromEnvironment);
    const QDir executable(QCoreApplication::applicationDirPath());
    folders.append(executable.path());
    folders.append(executable.filePath(QStringLiteral(ANCHOR_PLUGIN_DIR_FROM_BIN)));   // installed (Linux)
    folders.append(executable.filePath(QStringLiteral("../PlugIns")));                  // macOS bundle
    return folders;
}

} // namespace

ChartFactory *chartFactory(QString *error)
{
    static ChartFactory *loaded = nullptr;
    static QString failure;
    if (!loaded && failure.isEmpty()) {
        QStringList tried;
        for (const QString &folder : pluginFolders()) {
            QPluginLoader loader(QDir(folder).filePath(QStringLiteral("anchor_charts")));
            if (QObject *instance = loader.instance()) {
                loaded = qobject_cast<ChartFactory *>(instance);
                if (loaded)
                    break;
            }
            tried.append(loader.errorString());
        }
        if (!loaded)
            failure = QCoreApplication::translate("anchor::ui::ChartFactory",
                                                  "The charts module (anchor_charts) could not be loaded. "
                                                  "Reinstall Anchor CRM.\n%1")
                          .arg(tried.join(QLatin1Char('\n')));
    }
    if (error)
        *error = failure;
    return loaded;
}

} // namespace anchor::ui
