#include "commandline.h"

#include <translationloader.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Anchor CRM"));
    QCoreApplication::setApplicationName(QStringLiteral("anchorctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANCHOR_VERSION));
    anchor::installTranslations(app);

    anchor::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
