// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/environmentform.h"

#include "model/document/projectdocument.h"
#include "model/findings/projectedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

namespace rd {
namespace {
constexpr qint64 Megabyte = 1024 * 1024;
} // namespace

EnvironmentForm::EnvironmentForm(ProjectDocument *document, EditPusher push, QWidget *parent)
    : QGroupBox(tr("Target Server"), parent), m_document(document), m_push(std::move(push)), m_version(new QLineEdit)
{
    setObjectName(QStringLiteral("environmentForm"));
    setToolTip(tr("What the designer cannot know about the server the plan will run on unless you state it."));
    auto *form = new QFormLayout(this);
    m_version->setObjectName(QStringLiteral("environmentServerVersion"));
    m_version->setPlaceholderText(tr("the backups' version"));
    m_version->setToolTip(tr("major.minor.build of the target SQL Server, e.g. 16.0.1000; empty = the same as the "
                             "backups' (R-GEN-002, R-PIECE-012). Press Enter to apply."));
    m_version->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("(\\d{1,5}(\\.\\d{1,5}){0,3})?")), m_version));
    form->addRow(tr("Server &version:"), m_version);
    connect(m_version, &QLineEdit::editingFinished, this, [this] {
        RestoreEnvironment env = m_document->project().environment;
        if (env.serverVersion == m_version->text())
            return;
        env.serverVersion = m_version->text();
        commit(env, tr("Set the target server version to %1").arg(env.serverVersion.isEmpty() ? tr("the backups'") : env.serverVersion));
    });

    form->addRow(addFlag(QStringLiteral("environmentDatabaseExists"), tr("The database exists on the target"),
                         tr("Restore in place. Unticked: a new server or name, where no tail-log backup is needed and the "
                            "first restore creates the database (R-GEN-006, R-TAIL-001)."),
                         &RestoreEnvironment::databaseExists));
    form->addRow(addFlag(QStringLiteral("environmentAvailabilityGroup"), tr("Joined to an availability group"),
                         tr("A database in an availability group must leave it before a restore (R-GEN-010)."),
                         &RestoreEnvironment::availabilityGroup));
    form->addRow(addFlag(QStringLiteral("environmentMirrored"), tr("Mirrored"),
                         tr("A mirrored database must stop mirroring before a restore (R-GEN-010)."), &RestoreEnvironment::mirrored));
    form->addRow(addFlag(QStringLiteral("environmentCertificates"), tr("Certificates of encrypted backups present"),
                         tr("The certificates or keys that encrypted the backups are on the target (R-GEN-007)."),
                         &RestoreEnvironment::certificatesAvailable));
    form->addRow(addFlag(QStringLiteral("environmentLightweightPooling"), tr("Lightweight pooling (fiber mode)"),
                         tr("Memory-optimized tables cannot be used in fiber mode (R-MOD-007)."),
                         &RestoreEnvironment::lightweightPooling));
    form->addRow(addFlag(QStringLiteral("environmentFilestreamOnNtfs"), tr("FILESTREAM containers on NTFS"),
                         tr("FILESTREAM containers must be on NTFS volumes (R-FS-003)."), &RestoreEnvironment::filestreamOnNtfs));
    form->addRow(tr("Memory for &memory-optimized data:"),
                 addMegabytes(QStringLiteral("environmentMemory"), tr(" MB"),
                              tr("What the target's resource pool can give memory-optimized data; 0 = unknown (R-MOD-003)."),
                              &RestoreEnvironment::memoryAvailableBytes, tr("Set the target's memory for memory-optimized data")));
    form->addRow(tr("Memory-optimized &load rate:"),
                 addMegabytes(QStringLiteral("environmentLoadRate"), tr(" MB/s"),
                              tr("How fast the target's recovery loads memory-optimized data, as measured by a test "
                                 "restore there; 0 = unknown (R-MOD-004)."),
                              &RestoreEnvironment::memoryOptimizedLoadBytesPerSecond,
                              tr("Set the target's memory-optimized load rate")));
    QSpinBox *restoreRate = addMegabytes(QStringLiteral("environmentRestoreRate"), tr(" MB/s"),
                                         tr("How fast the target's RESTORE reads backups, as measured by a test restore "
                                            "there; 0 = the default of 77.3 MiB/s. Sets the time each step takes and "
                                            "when each filegroup comes online."),
                                         &RestoreEnvironment::restoreBytesPerSecond, tr("Set the target's restore throughput"));
    restoreRate->setSpecialValueText(tr("default (77.3 MiB/s)"));
    form->addRow(tr("&Restore throughput:"), restoreRate);
    refresh();
}

QCheckBox *EnvironmentForm::addFlag(const QString &name, const QString &text, const QString &tip, bool RestoreEnvironment::*fact)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(name);
    box->setToolTip(tip);
    m_flags.append({box, fact});
    connect(box, &QCheckBox::clicked, this, [this, text, fact](bool on) {
        RestoreEnvironment env = m_document->project().environment;
        env.*fact = on;
        commit(env, on ? tr("Target server: set “%1”").arg(text) : tr("Target server: clear “%1”").arg(text));
    });
    return box;
}

QSpinBox *EnvironmentForm::addMegabytes(const QString &name, const QString &suffix, const QString &tip,
                                        qint64 RestoreEnvironment::*fact, const QString &undoText)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setToolTip(tip);
    spin->setRange(0, std::numeric_limits<int>::max());
    spin->setSuffix(suffix);
    spin->setSpecialValueText(tr("unknown"));
    spin->setKeyboardTracking(false); // one edit when the value is entered, not one per digit
    m_sizes.append({spin, fact});
    connect(spin, &QSpinBox::valueChanged, this, [this, fact, undoText](int megabytes) {
        RestoreEnvironment env = m_document->project().environment;
        env.*fact = qint64(megabytes) * Megabyte;
        commit(env, undoText);
    });
    return spin;
}

void EnvironmentForm::refresh()
{
    const RestoreEnvironment &env = m_document->project().environment;
    const QSignalBlocker block(m_version);
    if (!m_version->hasFocus() || m_version->text() != env.serverVersion)
        m_version->setText(env.serverVersion);
    for (const auto &[box, fact] : std::as_const(m_flags)) {
        const QSignalBlocker b(box);
        box->setChecked(env.*fact);
    }
    for (const auto &[spin, fact] : std::as_const(m_sizes)) {
        const QSignalBlocker b(spin);
        spin->setValue(int(qMin<qint64>(env.*fact / Megabyte, spin->maximum())));
    }
}

void EnvironmentForm::commit(const RestoreEnvironment &changed, const QString &text)
{
    if (!m_push(ProjectEdit::setEnvironment(changed), text))
        refresh();
}

} // namespace rd
