// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/databaseform.h"

#include "model/document/projectdocument.h"
#include "model/findings/projectedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace rd {

DatabaseForm::DatabaseForm(ProjectDocument *document, EditPusher push, QWidget *parent)
    : QGroupBox(tr("Database"), parent), m_document(document), m_push(std::move(push)), m_name(new QLineEdit),
      m_edition(new QComboBox), m_recoveryModel(new QComboBox),
      m_readOnly(new QCheckBox(tr("READ_ONLY at the start of the timeline")))
{
    setObjectName(QStringLiteral("databaseForm"));
    m_name->setObjectName(QStringLiteral("databaseName"));
    m_name->setToolTip(tr("The database name, as in RESTORE DATABASE name (at most 128 characters). "
                          "Press Enter to apply."));
    m_edition->setObjectName(QStringLiteral("databaseEdition"));
    m_edition->setToolTip(tr("The edition decides whether a piecemeal restore can bring filegroups online while "
                             "the database is in use (Enterprise and Developer; R-ONL-001)."));
    for (const Edition e : {Edition::Enterprise, Edition::Developer, Edition::Standard, Edition::Web, Edition::Express})
        m_edition->addItem(toString(e), int(e));
    m_recoveryModel->setObjectName(QStringLiteral("databaseRecoveryModel"));
    m_recoveryModel->setToolTip(tr("The recovery model at the start of the timeline; later changes are "
                                   "SET_RECOVERY_MODEL events."));
    for (const RecoveryModel m : {RecoveryModel::Full, RecoveryModel::BulkLogged, RecoveryModel::Simple})
        m_recoveryModel->addItem(toString(m), int(m));
    m_readOnly->setObjectName(QStringLiteral("databaseReadOnly"));
    m_readOnly->setToolTip(tr("ALTER DATABASE … SET READ_ONLY: the whole database is read-only (R-RO-006, R-DIFF-009)."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Edition:"), m_edition);
    form->addRow(tr("Recovery &model:"), m_recoveryModel);
    form->addRow(QString(), m_readOnly);

    connect(m_name, &QLineEdit::editingFinished, this, &DatabaseForm::commitName);
    connect(m_edition, &QComboBox::activated, this, [this] {
        Database db = m_document->project().database;
        db.edition = Edition(m_edition->currentData().toInt());
        commit(db, tr("Set the edition of %1 to %2").arg(db.name, toString(db.edition)));
    });
    connect(m_recoveryModel, &QComboBox::activated, this, [this] {
        Database db = m_document->project().database;
        db.recoveryModel = RecoveryModel(m_recoveryModel->currentData().toInt());
        commit(db, tr("Set the recovery model of %1 to %2").arg(db.name, toString(db.recoveryModel)));
    });
    connect(m_readOnly, &QCheckBox::clicked, this, [this](bool on) {
        Database db = m_document->project().database;
        db.readOnly = on;
        commit(db, on ? tr("Make database %1 read-only").arg(db.name) : tr("Make database %1 read/write").arg(db.name));
    });
    refresh();
}

void DatabaseForm::refresh()
{
    const Database &db = m_document->project().database;
    const QSignalBlocker b1(m_name), b2(m_edition), b3(m_recoveryModel), b4(m_readOnly);
    if (m_name->text() != db.name)
        m_name->setText(db.name);
    m_edition->setCurrentIndex(m_edition->findData(int(db.edition)));
    m_recoveryModel->setCurrentIndex(m_recoveryModel->findData(int(db.recoveryModel)));
    m_readOnly->setChecked(db.readOnly);
}

void DatabaseForm::commitName()
{
    Database db = m_document->project().database;
    const QString name = m_name->text().trimmed();
    if (name == db.name)
        return refresh(); // trimmed spaces only
    const QString old = db.name;
    db.name = name;
    commit(db, tr("Rename database %1 to %2").arg(old, name));
}

void DatabaseForm::commit(const Database &changed, const QString &text)
{
    if (!m_push(ProjectEdit::setDatabase(changed), text))
        refresh();
}

} // namespace rd
