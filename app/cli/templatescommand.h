#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `templates`: the letter templates, bundled and the user's own, by id (for letter --template).
namespace TemplatesCommand {
int run(const QStringList &args, CliOutput &io);
} // namespace TemplatesCommand

} // namespace pcc
