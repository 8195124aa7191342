// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

/// One property of a dbatools BackupHistory object as its export wrote it, before it is judged
/// (DbatoolsHistoryCollector): the JSON value or the CliXML element, and where it starts.
struct DbatoolsValue
{
    enum class Kind {
        Null,   ///< JSON null, CliXML <Nil>
        String, ///< a JSON string (unescaped), the text of a CliXML element or of an object's <ToString>
        Number, ///< a JSON number token exactly as written (never through a double)
        Bool,   ///< "true" or "false"
        List,   ///< a list of strings (Path, FullName: one per stripe)
        Object, ///< an object with no value of its own (its members are flattened as NAME.MEMBER)
    };

    Kind kind = Kind::Null;
    QString name;      ///< the property's name as written ("FirstLSN"), for messages
    QString text;      ///< String, Number, Bool: the value
    QStringList items; ///< List: the strings
    int line = 0;      ///< 1-based line of the value
    int column = 0;    ///< 1-based character column of the value
};

/// One entry of a BackupHistory's FileList (RESTORE FILELISTONLY's columns, as dbatools keeps them).
struct DbatoolsFileEntry
{
    QString logicalName;
    QString physicalName;
    QString type;      ///< D data, L log, S FILESTREAM or memory-optimized container, F full-text; may be empty
    QString filegroup; ///< FileGroupName; empty when the export does not carry it
    qint64 fileId = 0; ///< FileId; 0 = not given
    qint64 sizeBytes = 0;
    std::optional<bool> readOnly; ///< IsReadOnly
    bool present = true;          ///< IsPresent
    int line = 0;
    int column = 0;
};

/// One BackupHistory object of a dbatools export (JSON or CliXML), its properties by case-folded
/// name: ConvertTo-Json keeps whatever case the object had ("DatabaseName", "databasename").
/// An object-valued property's members are also there as "name.member" (TotalSize.Byte).
struct DbatoolsRecord
{
    int line = 0;   ///< where the object starts
    int column = 0;
    QHash<QString, DbatoolsValue> values;
    /// The FileList when it could be read as a list of files; nullopt when absent or not readable.
    std::optional<QList<DbatoolsFileEntry>> fileList;
    /// Why a FileList present could not be read as files (ConvertTo-Json's DataTable); empty otherwise.
    QString fileListUnreadable;

    /// The first of `names` (case-folded) present and not null, else nullptr.
    const DbatoolsValue *find(std::initializer_list<const char *> names) const
    {
        for (const char *n : names) {
            const auto it = values.constFind(QString::fromLatin1(n));
            if (it != values.cend() && it->kind != DbatoolsValue::Kind::Null)
                return &*it;
        }
        return nullptr;
    }
    /// Whether any of `names` is present, null or not.
    bool has(std::initializer_list<const char *> names) const
    {
        for (const char *n : names)
            if (values.contains(QString::fromLatin1(n)))
                return true;
        return false;
    }
};

} // namespace rd
