// The port interface for Linux/POSIX hosts.
#include "port/port.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace minnow::port {

volatile bool interrupt_pending = false;

// stdout is buffered; it is flushed when full, before reading input, before
// writing to stderr, at exit, and at each newline when it is a terminal.
static char out_buf[8192];
static size_t out_len = 0;
static int out_is_tty = -1;

static void write_all(int fd, const char* s, size_t n) {
  while (n) {
    ssize_t r = ::write(fd, s, n);
    if (r < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += r;
    n -= static_cast<size_t>(r);
  }
}

void flush_stdout() {
  if (out_len) write_all(1, out_buf, out_len);
  out_len = 0;
}

void write(const char* s, size_t n) {
  if (out_is_tty < 0) out_is_tty = isatty(1);
  if (n >= sizeof out_buf) {
    flush_stdout();
    write_all(1, s, n);
    return;
  }
  if (out_len + n > sizeof out_buf) flush_stdout();
  memcpy(out_buf + out_len, s, n);
  out_len += n;
  if (out_is_tty && memchr(s, '\n', n)) flush_stdout();
}

void flush() { flush_stdout(); }

void write_err(const char* s, size_t n) {
  flush_stdout();
  write_all(2, s, n);
}

// Waits until fd 0 has input (or its end, or an error); false when SIGINT
// came first or had already come. SIGINT is installed with restart
// semantics (so a blocking read() would simply resume), but pselect is
// never restarted; SIGINT stays blocked except inside pselect, so a signal
// landing between the flag test and the wait still ends the wait.
static bool wait_console_input() {
  sigset_t sigint, old;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  sigprocmask(SIG_BLOCK, &sigint, &old);
  sigset_t during = old;
  sigdelset(&during, SIGINT);
  bool ok = true;
  for (;;) {
    if (interrupt_pending) {
      ok = false;
      break;
    }
    fd_set in;
    FD_ZERO(&in);
    FD_SET(0, &in);
    if (pselect(1, &in, nullptr, nullptr, nullptr, &during) >= 0 || errno != EINTR) break;
  }
  // A SIGINT that came with the input (or the end of it) was held back
  // until here: it wins.
  sigprocmask(SIG_SETMASK, &old, nullptr);
  return ok && !interrupt_pending;
}

// Console input is read in chunks (what one read() gives: a line from a
// terminal, up to the buffer from a pipe) and handed out byte by byte.
static unsigned char in_buf[512];
static size_t in_pos = 0, in_len = 0;

// -2: Ctrl-C (SIGINT) interrupted the wait; the caller clears the flag
// (raising KeyboardInterrupt, or as the REPL's Ctrl-C key).
int read_byte() {
  if (in_pos < in_len) return in_buf[in_pos++];
  flush_stdout();
  for (;;) {
    if (!wait_console_input()) return -2;
    ssize_t r = ::read(0, in_buf, sizeof in_buf);
    if (r > 0) {
      in_pos = 1;
      in_len = static_cast<size_t>(r);
      return in_buf[0];
    }
    if (r < 0 && errno == EINTR) continue;
    return -1;
  }
}

static uint64_t now_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}

uint64_t ticks_us() { return now_ns() / 1000; }
uint64_t ticks_ms() { return now_ns() / 1000000; }
void sleep_us(uint64_t us) {
  timespec ts;
  ts.tv_sec = static_cast<time_t>(us / 1000000);
  ts.tv_nsec = static_cast<long>((us % 1000000) * 1000);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR && !interrupt_pending) {
  }
}

double time_s() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

char* g_stack_top = nullptr;

char* stack_top() { return g_stack_top; }

size_t stack_size() {
  static size_t size = 0;
  if (!size) {
    rlimit rl;
    size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
      size = static_cast<size_t>(rl.rlim_cur);
    // Leave room for what ran before main and for the libc.
    size -= 64 * 1024;
  }
  return size;
}

int open_file(const char* path, const char* mode) {
  int flags = 0;
  bool plus = strchr(mode, '+') != nullptr;
  switch (mode[0]) {
    case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
    case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    case 'x': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    default: return -EINVAL;
  }
  int fd = ::open(path, flags | O_CLOEXEC, 0666);
  if (fd < 0) return -errno;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return -EISDIR;
  }
  return fd;
}

long read_file(int h, void* buf, size_t n) {
  if (h == 0) flush_stdout();
  for (;;) {
    ssize_t r = ::read(h, buf, n);
    if (r >= 0) return r;
    if (errno != EINTR) return -errno;
  }
}

long write_file(int h, const void* buf, size_t n) {
  if (h == 1) {
    write(static_cast<const char*>(buf), n);
    return static_cast<long>(n);
  }
  if (h == 2) flush_stdout();
  ssize_t r = ::write(h, buf, n);
  return r < 0 ? -errno : r;
}

long seek_file(int h, long off, int whence) {
  off_t r = lseek(h, off, whence);
  return r < 0 ? -errno : static_cast<long>(r);
}

int close_file(int h) {
  if (h <= 2) return 0;
  return ::close(h) < 0 ? -errno : 0;
}

int stat_path(const char* path) {
  struct stat st;
  if (::stat(path, &st) != 0) return 0;
  if (S_ISDIR(st.st_mode)) return 2;
  return 1;
}

static int errno_result(int r) { return r < 0 ? -errno : 0; }

int remove_file(const char* path) { return errno_result(::unlink(path)); }
int rename_path(const char* from, const char* to) { return errno_result(::rename(from, to)); }
int make_dir(const char* path) { return errno_result(::mkdir(path, 0777)); }
int remove_dir(const char* path) { return errno_result(::rmdir(path)); }
int change_dir(const char* path) { return errno_result(::chdir(path)); }

long current_dir(char* buf, size_t n) {
  if (!::getcwd(buf, n)) return -errno;
  return static_cast<long>(strlen(buf));
}

int stat_info(const char* path, FileInfo* out) {
  struct stat st;
  if (::stat(path, &st) != 0) return -errno;
  out->mode = static_cast<uint32_t>(st.st_mode);
  out->ino = static_cast<uint64_t>(st.st_ino);
  out->dev = static_cast<uint64_t>(st.st_dev);
  out->nlink = static_cast<uint64_t>(st.st_nlink);
  out->uid = static_cast<uint64_t>(st.st_uid);
  out->gid = static_cast<uint64_t>(st.st_gid);
  out->size = static_cast<uint64_t>(st.st_size);
  out->atime = static_cast<int64_t>(st.st_atime);
  out->mtime = static_cast<int64_t>(st.st_mtime);
  out->ctime = static_cast<int64_t>(st.st_ctime);
  return 0;
}

// Open directory streams, indexed by handle.
static DIR* dirs[16];

int open_dir(const char* path) {
  int h = 0;
  while (h < 16 && dirs[h]) h++;
  if (h == 16) return -EMFILE;
  DIR* d = ::opendir(path);
  if (!d) return -errno;
  dirs[h] = d;
  return h;
}

long read_dir(int h, char* name, size_t n) {
  if (h < 0 || h >= 16 || !dirs[h] || n == 0) return -EBADF;
  for (;;) {
    errno = 0;
    dirent* e = ::readdir(dirs[h]);
    if (!e) return errno ? -errno : 0;
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    size_t len = strlen(e->d_name);
    if (len >= n) return -ENAMETOOLONG;
    memcpy(name, e->d_name, len + 1);
    return static_cast<long>(len);
  }
}

void close_dir(int h) {
  if (h < 0 || h >= 16 || !dirs[h]) return;
  ::closedir(dirs[h]);
  dirs[h] = nullptr;
}

void exit(int status) {
  flush_stdout();
  console_set_raw(false);  // the terminal as it was found (ports/unix/terminal.cpp)
  ::_exit(status);
}

const char* platform() { return "linux"; }

}  // namespace minnow::port
