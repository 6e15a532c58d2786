#include "shell/aboutbox.h"

#include "appinfo.h"
#include "apppaths.h"

#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pcc {

QString AboutBox::html()
{
    return tr("<h3>PCC Campaigner %1</h3>"
              "<p>Helps volunteers write to their police and crime commissioner (or the mayor or police authority "
              "that holds that role) asking them to fund specialist support services for stalking victims.</p>"
              "<p>Your profiles, letters and contact log stay on this computer (%2). The network is used only when "
              "you ask: an online postcode lookup, a directory update from a web address, or a sync with your "
              "campaign's team server.</p>"
              "<p><b>Planned change:</b> the Home Office announced on 13 November 2025 that police and crime "
              "commissioners will be abolished in May 2028; mayors or new Policing and Crime Boards will take on "
              "their role (source: Home Office release “Police and crime commissioners to be scrapped”, and the "
              "Commons statement repeated in the Lords on 18 November 2025). The app's data can change a force's "
              "body when that happens.</p>"
              "<p>%3</p>")
        .arg(AppInfo::version(), QDir::toNativeSeparators(AppPaths::databaseFile()).toHtmlEscaped(),
             AppInfo::aboutDataCredits().toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s));
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About PCC Campaigner"), html());
}

} // namespace pcc
