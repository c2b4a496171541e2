// The console's terminal modes on unix (port::console_set_raw and
// port::console_is_terminal).
//
// Raw mode, for the REPL's input: bytes arrive exactly as sent (no echo, no
// line buffering, no CR/LF translation, no signal or flow-control keys).
// The output side keeps OPOST with only ONLCR, so "\n" written by the REPL
// or by Python code reaches the terminal as "\r\n" in every mode.
// Normal mode is the terminal as minnow found it; the REPL returns to it
// while user code runs (so Ctrl-C raises SIGINT) and when it leaves.
//
// The terminal is also restored when minnow exits through port::exit and
// when SIGTERM, SIGHUP or SIGQUIT arrive (the handler restores, then lets
// the signal do what it would have done). Ctrl-Z from another process
// (SIGTSTP) restores too, and SIGCONT makes the terminal raw again.
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include "port/port.h"

namespace minnow::port {

void flush_stdout();  // ports/unix/port.cpp

namespace {

termios saved;           // the terminal as it was found
bool have_saved = false;
volatile sig_atomic_t raw_now = 0;
termios raw_mode;

void restore_now() {
  if (have_saved) tcsetattr(0, TCSANOW, &saved);
}

void on_fatal_signal(int sig) {
  restore_now();
  signal(sig, SIG_DFL);
  raise(sig);
}

void on_stop(int) {
  bool was_raw = raw_now;
  restore_now();
  signal(SIGTSTP, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  raise(SIGTSTP);
  // Continued: back to the mode we were in.
  signal(SIGTSTP, on_stop);
  if (was_raw) tcsetattr(0, TCSANOW, &raw_mode);
}

void install(int sig, void (*handler)(int)) {
  struct sigaction old;
  if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
  struct sigaction sa = {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, nullptr);
}

// First use: saves the terminal and sets up the restoring handlers.
bool setup() {
  if (have_saved) return true;
  if (!isatty(0) || tcgetattr(0, &saved) != 0) return false;
  raw_mode = saved;
  raw_mode.c_iflag &= ~static_cast<tcflag_t>(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF);
#ifdef IUCLC
  raw_mode.c_iflag &= ~static_cast<tcflag_t>(IUCLC);
#endif
  raw_mode.c_oflag = OPOST | ONLCR;
  raw_mode.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
  raw_mode.c_cflag &= ~static_cast<tcflag_t>(CSIZE | PARENB);
  raw_mode.c_cflag |= CS8;
  raw_mode.c_cc[VMIN] = 1;
  raw_mode.c_cc[VTIME] = 0;
  have_saved = true;
  install(SIGTERM, on_fatal_signal);
  install(SIGHUP, on_fatal_signal);
  install(SIGQUIT, on_fatal_signal);
  install(SIGTSTP, on_stop);
  return true;
}

}  // namespace

void console_set_raw(bool raw) {
  if (!raw && !have_saved) return;
  if (!setup()) return;
  if (raw == static_cast<bool>(raw_now)) return;
  raw_now = raw;
  flush_stdout();  // what was written before the change is sent first
  tcsetattr(0, TCSANOW, raw ? &raw_mode : &saved);
}

bool console_is_terminal() { return isatty(0) && isatty(1); }

}  // namespace minnow::port
