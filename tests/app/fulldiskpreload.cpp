// A full disk without root, for tst_fulldisk (Linux, glibc): preloaded into the command line
// (LD_PRELOAD), it makes the folder RD_FULLDISK_DIR behave like a file system with only
// RD_FULLDISK_FREE bytes left (0 when unset). Writes to regular files in that folder are counted;
// the write that crosses the budget is cut short and every later one fails with ENOSPC, as
// write(2) and pwrite(2) do on a file system that fills up. Everything else passes through, so Qt
// and SQLite run their real code and meet the real error where a full disk would give it.
// Space freed by deleting files is not given back: the budget counts bytes written.

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

long long g_written = 0; // bytes written into the folder so far by this process

template <typename Fn>
Fn next(const char *name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

/// Whether `fd` is a regular file inside RD_FULLDISK_DIR (an unnamed O_TMPFILE file reads as
/// "<dir>/#<inode> (deleted)").
bool inFullFolder(int fd)
{
    const char *dir = getenv("RD_FULLDISK_DIR");
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

/// How many of `size` bytes may go to `fd`: all of them outside the folder; inside, what is left
/// of the budget. -1 with errno = ENOSPC once nothing is left.
ssize_t allowed(int fd, size_t size)
{
    if (size == 0 || !inFullFolder(fd))
        return ssize_t(size);
    const char *budgetText = getenv("RD_FULLDISK_FREE");
    const long long budget = budgetText ? atoll(budgetText) : 0;
    const long long left = budget - g_written;
    if (left <= 0) {
        errno = ENOSPC;
        return -1;
    }
    return ssize_t(size_t(left) < size ? size_t(left) : size);
}

ssize_t counted(ssize_t result, int fd)
{
    if (result > 0 && inFullFolder(fd))
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
