// The port interface: everything the core needs from the world.
//
// The core calls only these functions; each port (ports/unix, ports/<board>)
// defines them. Keep this list short: a bare-metal port implements it in a
// few hundred lines.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow::port {

// Console. write() sends bytes as they are (no newline translation);
// read_byte() blocks for the next input byte and returns -1 at end of input.
void write(const char* s, size_t n);
void write_err(const char* s, size_t n);
// Sends console output the port holds back (unix buffers stdout) now:
// print(flush=True), sys.stdout.flush().
void flush();
int read_byte();

// Terminal mode of the console, for the REPL: raw (no echo, no line
// buffering, no signal keys) while it edits a line, and back. A port whose
// console is a UART makes both no-ops. The unix port restores the terminal
// at exit and on fatal signals too.
void console_set_raw(bool raw);
bool console_is_terminal();

// Monotonic time.
uint64_t ticks_us();
uint64_t ticks_ms();
void sleep_us(uint64_t us);

// Wall-clock seconds since the Unix epoch (0 where the port has no clock).
double time_s();

// The C stack: its highest address (where it started) and how many bytes it
// has. The core raises RecursionError before using the last few kilobytes.
char* stack_top();
size_t stack_size();

// Files, for import and open(). A port without files returns -1 (ENOENT).
// open_file returns a handle >= 0 or -errno.
int open_file(const char* path, const char* mode);
long read_file(int h, void* buf, size_t n);    // bytes read, 0 at end, -errno
long write_file(int h, const void* buf, size_t n);
long seek_file(int h, long off, int whence);   // new position or -errno
int close_file(int h);
// 1 = regular file, 2 = directory, 0 = absent.
int stat_path(const char* path);

// The file system, for the os module. Each returns 0 (or a count) on
// success and -errno on failure; a port without a file system returns
// -ENOENT (or -EROFS for changes).
int remove_file(const char* path);
int rename_path(const char* from, const char* to);
int make_dir(const char* path);
int remove_dir(const char* path);
int change_dir(const char* path);
// Writes the current directory and a NUL to buf; returns its length.
long current_dir(char* buf, size_t n);
struct FileInfo {
  uint32_t mode;  // POSIX st_mode: 0x4000 directory, 0x8000 regular file, | permissions
  uint64_t ino, dev, nlink, uid, gid, size;
  int64_t atime, mtime, ctime;  // seconds since the epoch
};
int stat_info(const char* path, FileInfo* out);
// Directory listing: open_dir returns a handle >= 0; read_dir writes the
// next entry's name and a NUL to name (entries "." and ".." are skipped)
// and returns its length, 0 at the end; close_dir releases the handle.
int open_dir(const char* path);
long read_dir(int h, char* name, size_t n);
void close_dir(int h);

// Called by the VM at safe points when interrupt_pending is set.
// The port sets it from its Ctrl-C / SIGINT handler.
extern volatile bool interrupt_pending;

// Leave the program with a status (unix: exit; a board: reset or halt).
[[noreturn]] void exit(int status);

// A human-readable platform name for sys.platform (e.g. "linux").
const char* platform();

// The machine module (only where cfg::machine is on): the CPU clock in Hz,
// the chip's unique id (its length; at most n bytes are written), a wait
// for the next interrupt, and a hard reset.
uint32_t cpu_freq();
size_t unique_id(uint8_t* out, size_t n);
void idle();
[[noreturn]] void reset();

}  // namespace minnow::port
