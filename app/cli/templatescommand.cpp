#include "templatescommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "templatestore.h"

using namespace Qt::StringLiterals;

namespace pcc {

int TemplatesCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("templates: the letter templates, one per line: id, then name (tab-separated).\n"
                                       "Give an id to letter --template."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    for (const LetterTemplate &tmpl : TemplateStore::all())
        io.out() << tmpl.id << u'\t' << tmpl.name << u'\n';
    return ExitCode::Ok;
}

} // namespace pcc
