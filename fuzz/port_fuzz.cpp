// The port used by the fuzzers: a sandbox. Output is dropped, input is at
// its end, time stands still (sleeps return at once), and there is no file
// system, so a generated program cannot touch the machine it runs on.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fuzz/fuzz_port.h"
#include "port/port.h"

namespace minnow::port {

volatile bool interrupt_pending = false;

namespace {
char* g_stack_top = nullptr;
uint64_t g_ticks = 0;
}  // namespace

void write(const char*, size_t) {}
void write_err(const char*, size_t) {}
void flush() {}
int read_byte() { return -1; }
void console_set_raw(bool) {}
bool console_is_terminal() { return false; }

// Each reading moves the clock on a little, so loops waiting for time end.
uint64_t ticks_us() { return g_ticks += 1000; }
uint64_t ticks_ms() { return ticks_us() / 1000; }
void sleep_us(uint64_t us) { g_ticks += us; }
double time_s() { return 1.7e9 + static_cast<double>(g_ticks) / 1e6; }

char* stack_top() { return g_stack_top; }
size_t stack_size() { return fuzz::kStackBytes; }

int open_file(const char*, const char*) { return -2; }  // ENOENT
long read_file(int, void*, size_t) { return -9; }       // EBADF
long write_file(int, const void*, size_t) { return -9; }
long seek_file(int, long, int) { return -9; }
int close_file(int) { return -9; }
int stat_path(const char*) { return 0; }
int remove_file(const char*) { return -30; }  // EROFS
int rename_path(const char*, const char*) { return -30; }
int make_dir(const char*) { return -30; }
int remove_dir(const char*) { return -30; }
int change_dir(const char*) { return -2; }
long current_dir(char* buf, size_t n) {
  if (n < 2) return -34;  // ERANGE
  buf[0] = '/';
  buf[1] = 0;
  return 1;
}
int stat_info(const char*, FileInfo*) { return -2; }
int open_dir(const char*) { return -2; }
long read_dir(int, char*, size_t) { return 0; }
void close_dir(int) {}

// The core leaves through here only when an exception escaped every
// handler: that is a bug the fuzzer should report.
void exit(int status) {
  fprintf(stderr, "fuzz: port::exit(%d) called: an exception escaped every handler\n", status);
  abort();
}

const char* platform() { return "fuzz"; }

uint32_t cpu_freq() { return 64000000; }
size_t unique_id(uint8_t* out, size_t n) {
  for (size_t i = 0; i < n && i < 8; i++) out[i] = static_cast<uint8_t>(i);
  return n < 8 ? n : 8;
}
void idle() { g_ticks += 1000; }
void reset() {
  fprintf(stderr, "fuzz: machine.reset() called\n");
  abort();
}

}  // namespace minnow::port

namespace minnow::fuzz {

void set_stack_top(char* top) { port::g_stack_top = top; }

}  // namespace minnow::fuzz
