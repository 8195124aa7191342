// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

namespace rd::bench {

/// A deterministic, realistic large project for the analysis benchmarks (issue 3, item 8).
///
/// Layout: 200 filegroups: PRIMARY (2 files), the memory-optimized `bench_mod` (2 containers),
/// 38 read/write filegroups rw_001…rw_038 and 160 read-only archive filegroups ro_001…ro_160
/// (1–3 files each; ro_151…ro_160 become read-only by an event during the history).
/// History (exactly `backupCount` backups, FULL recovery, Enterprise): every hour a data backup
/// (a weekly FULL at Sunday 00:00:30, otherwise a DIFFERENTIAL), a FILE backup of rw_021…rw_038
/// at :30:30, and a LOG backup every 5 minutes; a few COPY_ONLY fulls pad the count; the history
/// ends with a FAILURE and a tail-log backup. LSNs look like msdb's (`<VLF><10-digit block><5-digit
/// slot>`) and follow the log position in time; differentials carry their base's LSN and GUID.
/// Plan (22 steps, a valid online piecemeal restore over the last backups): tail-log backup;
/// stage 1 = PRIMARY, bench_mod and rw_001…rw_020 from the last full + differential + logs + tail;
/// stage 2 = rw_021…rw_038 from the last file backup + logs + tail; stage 3 = the read-only
/// filegroups from the last full, in two statements.
/// `variant` > 0 prefixes every backup id with "v<variant>_": the same history under other names,
/// which nothing computed for another variant can be reused for (a newly opened file).
Project syntheticProject(int backupCount = 100000, int variant = 0);

/// Peak resident memory of this process so far, in MB (getrusage), or -1 where the platform does
/// not say.
double peakMegabytes();

} // namespace rd::bench
