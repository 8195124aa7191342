// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A full or a slow disk without root, for the save tests (Linux, glibc): preloaded into the
// command line (LD_PRELOAD), it changes how writes to regular files in the folder RD_DISK_DIR
// behave; everything else passes through, so Qt and SQLite run their real code.
// - RD_DISK_FREE=<bytes> (tst_fulldisk): the folder has only that much room left. The write that
//   crosses it is cut short and every later one fails with ENOSPC, as write(2) and pwrite(2) do
//   on a file system that fills up. Space freed by deleting files is not given back.
// - RD_DISK_MICROSECONDS_PER_KIB=<n> (tst_savecrash): a slow disk. Each write takes at most
//   64 KiB (a short write, which write(2) may always do) and sleeps n microseconds per KiB, so a
//   kill can land in the middle of writing a file, as it would on a network share.

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using WriteFn = ssize_t (*)(int, const void *, size_t);
using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
using Pwrite64Fn = ssize_t (*)(int, const void *, size_t, off64_t);

constexpr size_t SlowChunk = 64 * 1024;
long long g_written = 0; // bytes written into the folder so far by this process

template <typename Fn>
Fn next(const char *name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

/// Whether `fd` is a regular file inside RD_DISK_DIR (an unnamed O_TMPFILE file reads as
/// "<dir>/#<inode> (deleted)").
bool inFolder(int fd)
{
    const char *dir = getenv("RD_DISK_DIR");
    if (!dir || !*dir)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const size_t length = strlen(dir);
    return strncmp(target, dir, length) == 0 && target[length] == '/';
}

/// How many of `size` bytes this write to `fd` takes (after sleeping as a slow disk would):
/// all of them outside the folder. -1 with errno = ENOSPC once the folder's room is used up.
ssize_t allowed(int fd, size_t size)
{
    if (size == 0 || !inFolder(fd))
        return ssize_t(size);
    if (const char *room = getenv("RD_DISK_FREE")) {
        const long long left = atoll(room) - g_written;
        if (left <= 0) {
            errno = ENOSPC;
            return -1;
        }
        if (size_t(left) < size)
            size = size_t(left);
    }
    if (const char *pace = getenv("RD_DISK_MICROSECONDS_PER_KIB")) {
        if (size > SlowChunk)
            size = SlowChunk;
        usleep(useconds_t(atoll(pace) * (long long)(size) / 1024));
    }
    return ssize_t(size);
}

ssize_t counted(ssize_t result, int fd)
{
    if (result > 0 && inFolder(fd))
        g_written += result;
    return result;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *data, size_t size)
{
    const ssize_t n = allowed(fd, size);
    if (n < 0)
        return -1;
    return counted(next<WriteFn>("write")(fd, data, size_t(n)), fd);
}

ssize_t pwrite(int fd, const void *data, size_t size, off_t offset)
{
    const ssize_t n = allowed(fd, size);
    if (n < 0)
        return -1;
    return counted(next<PwriteFn>("pwrite")(fd, data, size_t(n), offset), fd);
}

ssize_t pwrite64(int fd, const void *data, size_t size, off64_t offset)
{
    const ssize_t n = allowed(fd, size);
    if (n < 0)
        return -1;
    return counted(next<Pwrite64Fn>("pwrite64")(fd, data, size_t(n), offset), fd);
}

} // extern "C"
