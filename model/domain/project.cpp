#include "model/domain/project.h"

#include <QHash>

namespace rd {
namespace {

/// Shorter histories are scanned: building a hash would cost more than it saves.
constexpr qsizetype HashedFrom = 64;

/// The id → index hash of one version of a backup list. `backups` shares that version's data, so
/// while the hash exists any change to a list holding the same data detaches that list (implicit
/// sharing): "same data pointer and size" then proves "same content", and freed memory cannot be
/// reused for another list while the hash holds it.
struct BackupIdIndex
{
    QList<Backup> backups;
    QHash<QString, qsizetype> index;

    bool isFor(const QList<Backup> &list) const
    {
        return list.constData() == backups.constData() && list.size() == backups.size();
    }
};

bool sameIds(const QList<Backup> &a, const QList<Backup> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString &x = a[i].id, &y = b[i].id;
        // A copied list shares its ids' text: comparing where it lives spares reading it.
        if ((x.constData() != y.constData() || x.size() != y.size()) && x != y)
            return false;
    }
    return true;
}

/// A few recent versions (one thread's): the document's current one, the one before an edit
/// (undo), and a copy being analysed. Least recently used last.
QList<BackupIdIndex> &recentIndexes()
{
    thread_local QList<BackupIdIndex> recent;
    return recent;
}

const QHash<QString, qsizetype> &indexOf(const QList<Backup> &backups)
{
    QList<BackupIdIndex> &recent = recentIndexes();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        if (recent[i].isFor(backups)) {
            recent.move(i, 0);
            return recent.first().index;
        }
    }
    BackupIdIndex built{backups, {}};
    // An edit that keeps every id in place (moving or changing a backup) reuses the previous hash.
    if (!recent.isEmpty() && sameIds(recent.first().backups, backups)) {
        built.index = recent.first().index;
    } else {
        built.index.reserve(backups.size());
        for (qsizetype i = backups.size() - 1; i >= 0; --i) // the first of repeated ids wins
            built.index.insert(backups[i].id, i);
    }
    recent.prepend(std::move(built));
    if (recent.size() > 3)
        recent.removeLast();
    return recent.first().index;
}

} // namespace

qsizetype Project::backupIndex(const QString &id) const
{
    if (backups.size() >= HashedFrom)
        return indexOf(backups).value(id, -1);
    for (qsizetype i = 0; i < backups.size(); ++i)
        if (backups[i].id == id)
            return i;
    return -1;
}

void Project::releaseLookupCaches()
{
    recentIndexes().clear();
}

const Backup *Project::backup(const QString &id) const
{
    const qsizetype i = backupIndex(id);
    return i < 0 ? nullptr : &backups[i];
}

qsizetype Project::planIndex(const QString &name) const
{
    for (qsizetype i = 0; i < plans.size(); ++i)
        if (plans[i].name == name)
            return i;
    return -1;
}

} // namespace rd
