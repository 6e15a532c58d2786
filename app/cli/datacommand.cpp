#include "datacommand.h"

#include "clioutput.h"
#include "directory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

int DataCommand::run(const QStringList &args, CliOutput &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pcc", "data check FILE: validate a policing-bodies file. Exit 0 when valid; 1 with one line per problem."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"check"_s, QCoreApplication::translate("pcc", "The action (check)."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("pcc", "The policing_bodies.json file."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos.at(0) != u"check"_s)
        return io.fail(ExitCode::Usage, QCoreApplication::translate("pcc", "usage: pcc-campaigner data check FILE"));

    DataIssues issues;
    const Directory dir = Directory::fromFile(pos.at(1), &issues);
    if (!issues.isEmpty()) {
        for (const DataIssue &issue : issues)
            io.err() << pos.at(1) << u": "_s << issue.toString() << u'\n';
        io.err().flush();
        return ExitCode::Failure;
    }
    io.out() << QCoreApplication::translate("pcc", "%1: valid (%2 forces, data version %3)")
                    .arg(pos.at(1))
                    .arg(dir.forces().size())
                    .arg(dir.dataVersion())
             << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pcc
