#pragma once

#include <QString>
#include <QStringList>

namespace bitext::cli {

class CommandContext;

// One kind of `bitext report`: its name, and the function that runs it with the
// positional arguments after the kind (e.g. the WORD of `report concordance WORD`).
struct ReportKind
{
    QString name;
    int (*run)(CommandContext &context, const QStringList &arguments);
};

// Every kind, in the order the usage lists them.
QList<ReportKind> reportKinds();

} // namespace bitext::cli
