// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpworkload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace rd {

/// Reads a CFP workload file: a JSON object with "kind": "cfp-workload" (docs/cfp.md, "Workload
/// files"). Every value is checked; a wrong one is refused with its JSON path
/// ("steps[2].share: …"), an unknown field is a warning.
class CfpWorkloadReader
{
    Q_DECLARE_TR_FUNCTIONS(rd::CfpWorkloadReader)
public:
    static constexpr const char *Kind = "cfp-workload";

    /// True when `bytes` are a JSON object whose "kind" is "cfp-workload": the file is meant as a
    /// workload, and read() says what is wrong with it if anything is.
    static bool isWorkload(const QByteArray &bytes);
    /// The workload, or nullopt with *error set ("steps[1].rows: …"); warnings are appended.
    static std::optional<CfpWorkload> read(const QByteArray &bytes, QString *error, QStringList *warnings);
};

} // namespace rd
