#include "clioutput.h"

#include "platformquirks.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pcc {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
    Platform::useBinaryStandardStreams();
}

int CliOutput::fail(int exitCode, const QString &message)
{
    m_out.flush();
    m_err << u"pcc-campaigner: "_s << message << Qt::endl;
    return exitCode;
}

std::optional<int> CliOutput::parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return fail(ExitCode::Usage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QString CliOutput::field(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("-");
    QString cell = value;
    return cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace pcc
