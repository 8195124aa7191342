// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/cli/clisupport.h"
#include "model/analysis/chainhealth.h"

namespace rd::cli {

/// `restore-designer health FILE [--format text|json]`: the chain-health report of a project's
/// whole backup history (docs/chain-health.md). Exit 0 when no entry is an error, 1 when one is,
/// 2 when the file cannot be read.
class HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(rd::cli::HealthCommand)
public:
    static int run(const QStringList &arguments);
    /// The report as `health` prints it (docs/chain-health.md, "On the command line").
    static QByteArray report(const ChainHealth &health, Format format);
};

} // namespace rd::cli
