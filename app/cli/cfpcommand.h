// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/cfpinput.h"
#include "app/cli/clisupport.h"

namespace rd::cli {

/// `restore-designer cfp (FILE | --example N) [--version 2014-ctp2|2014|2016] [--format text|json]
/// [--chart OUT.png|OUT.svg]`: the checkpoint file pairs per state and the estimated full and
/// differential backups and restore needs (docs/cfp.md), and with --chart the CFP state chart as
/// an image (docs/cfp-charts.md). Exit 0, or 2 when the input cannot be read or estimated.
class CfpCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::CfpCommand)
public:
    static int run(const QStringList &arguments);
    /// The report as the command prints it.
    static QByteArray report(const CfpSource &source, Format format);
};

} // namespace rd::cli
