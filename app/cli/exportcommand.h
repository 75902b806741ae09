#pragma once

#include "app/cli/command.h"

namespace bitext::cli {

// `bitext export --format F --output FILE [--document DOC]... [--tag TAG]...`:
// annotated notes as Markdown, HTML, CSV, PDF, ODT, Web Annotation JSON-LD or
// REFI-QDA (codebook, project).
class ExportCommand : public Command
{
    // Its own context, so lupdate and tr() agree on where its strings belong.
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    bool readsOnly() const override { return true; }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(CommandContext &context) override;

    // True for `export` to PDF or ODT: those lay text out with fonts, so main()
    // creates a QGuiApplication (offscreen platform, still no display needed).
    static bool needsGuiApplication(const QStringList &arguments);
};

} // namespace bitext::cli
