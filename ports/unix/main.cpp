// The `minnow` command: flag-compatible with MicroPython's unix port.
//
//   minnow [options] [-c cmd | -m module | file | -] [args]
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "bytecode/disasm.h"
#include "compile/compiler.h"
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/list.h"
#include "port/port.h"
#include "repl/repl.h"
#include "vm/state.h"

namespace minnow {
void run_main_file(const Str* path);
namespace port {
extern char* g_stack_top;
void flush_stdout();
}  // namespace port
}  // namespace minnow

using namespace minnow;

static const char kVersion[] = "0.1.0";

static void usage(FILE* out) {
  fprintf(out,
          "usage: minnow [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [<args>]\n"
          "Options:\n"
          "-h : print this help message\n"
          "-i : enable inspection via REPL after running command/module/file\n"
          "-O[N] : apply bytecode optimizations of level N\n"
          "-v : verbose (trace various operations); can be multiple\n"
          "--version : print the version and exit\n"
          "\n"
          "Implementation specific options (-X):\n"
          "  emit={bytecode,native,viper} -- set the default code emitter\n"
          "  heapsize=<n>[w][K|M] -- set the heap size for the GC (default 2M)\n"
          "  gctorture[=<n>] -- collect before every (n-th) allocation (testing)\n"
          "  failalloc=<n> -- make the n-th allocation of the program fail (testing)\n"
          "  allocstats -- print the program's allocation count to stderr at exit\n");
}

static bool parse_size(const char* s, size_t* out) {
  char* end;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s) return false;
  bool words = false;
  if (*end == 'w') {
    words = true;
    end++;
  }
  if (*end == 'k' || *end == 'K') {
    v *= 1024;
    end++;
  } else if (*end == 'm' || *end == 'M') {
    v *= 1024 * 1024;
    end++;
  }
  if (*end) return false;
  if (words) v *= sizeof(void*);
  *out = static_cast<size_t>(v);
  return true;
}

// A -X option's count: a whole number above zero.
static bool parse_count(const char* s, uint64_t* out) {
  char* end;
  *out = strtoull(s, &end, 10);
  return end != s && !*end && *out;
}

static void on_sigint(int) { port::interrupt_pending = true; }

// Exit status for an exception that reached the top: SystemExit gives its
// code; anything else is printed and gives 1.
static int handle_uncaught(Value exc) {
  if (exc_matches(exc, &exc::SystemExit)) return system_exit_status(exc);
  print_exception(&stderr_printer, exc);
  return 1;
}

// Testing modes (-X gctorture, -X failalloc=N, -X allocstats): they start
// with the program, after the interpreter is set up.
static uint64_t g_gc_torture = 0;  // collect before every n-th allocation
static uint64_t g_fail_alloc = 0;
static bool g_alloc_stats = false;
static uint64_t g_allocs_at_start = 0;

// Runs fn under a handler; returns the exit status.
template <class F>
static int guarded(F fn) {
  NlrBuf nb;
  g_allocs_at_start = gc::alloc_count();
  if (g_gc_torture || g_fail_alloc) gc::set_torture(g_gc_torture, g_fail_alloc);
  if (MINNOW_TRY(nb)) {
    fn();
    nlr_pop();
    return 0;
  }
  return handle_uncaught(nb.exc);
}

static Value dirname_of(const char* path) {
  const char* slash = strrchr(path, '/');
  if (!slash) return str_new("", 0);
  if (slash == path) return str_new("/", 1);
  return str_new(path, static_cast<size_t>(slash - path));
}

static char* read_stdin_all(size_t* len) {
  size_t cap = 4096, n = 0;
  char* buf = static_cast<char*>(gc::alloc(cap, gc::kNoScan));
  for (;;) {
    if (n == cap) {
      cap *= 2;
      buf = static_cast<char*>(gc::realloc(buf, cap));
    }
    long r = port::read_file(0, buf + n, cap - n);
    if (r <= 0) break;
    n += static_cast<size_t>(r);
  }
  *len = n;
  return buf;
}

// Finds module.py (or module/__main__.py... not supported) on sys.path.
static Value find_module_file(const char* name) {
  List* path = ts.sys_path.as<List>();
  for (size_t i = 0; i < path->len; i++) {
    const Str* dir = as_str(path->items[i]);
    if (!dir) continue;
    StrBuilder b;
    if (dir->len) {
      b.add(dir->data(), dir->len);
      b.add_char('/');
    }
    for (const char* p = name; *p; p++) b.add_char(*p == '.' ? '/' : *p);
    b.add_cstr(".py");
    Value f = b.to_str();
    if (port::stat_path(f.as<Str>()->data()) == 1) return f;
  }
  return Value::null();
}

int main(int argc, char** argv) {
  // The stack top is a little above main's frame (its caller's frames are
  // not scanned, but nothing of ours lives there).
  volatile char stack_marker = 0;
  port::g_stack_top = reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(&stack_marker) + 256);

  size_t heap_size = 2 * 1024 * 1024;
  int opt_level = 0;
  bool inspect = false;
  bool show_bytecode = false;  // -X dis: print the bytecode of the program instead of running it
  int i = 1;
  // Options first.
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) break;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--version") == 0) {
      printf("Minnow %s; MicroPython-compatible Python 3 for microcontrollers (linux)\n", kVersion);
      return 0;
    }
    if (strcmp(a, "-i") == 0) {
      inspect = true;
    } else if (strncmp(a, "-O", 2) == 0) {
      if (a[2] >= '0' && a[2] <= '9') opt_level = atoi(a + 2);
      else
        for (const char* p = a + 1; *p == 'O'; p++) opt_level++;
    } else if (strncmp(a, "-v", 2) == 0) {
      // Verbose tracing is accepted for compatibility.
    } else if (strcmp(a, "-X") == 0 && i + 1 < argc) {
      const char* x = argv[++i];
      if (strncmp(x, "heapsize=", 9) == 0) {
        if (!parse_size(x + 9, &heap_size) || heap_size < 4096) {
          fprintf(stderr, "minnow: invalid heapsize '%s'\n", x + 9);
          return 1;
        }
      } else if (strcmp(x, "gctorture") == 0) {
        g_gc_torture = 1;
      } else if (strncmp(x, "gctorture=", 10) == 0 || strncmp(x, "failalloc=", 10) == 0) {
        uint64_t* count = x[0] == 'g' ? &g_gc_torture : &g_fail_alloc;
        if (!parse_count(x + 10, count)) {
          fprintf(stderr, "minnow: invalid %.9s '%s'\n", x, x + 10);
          return 1;
        }
      } else if (strcmp(x, "allocstats") == 0) {
        g_alloc_stats = true;
      } else if (strcmp(x, "dis") == 0) {
        show_bytecode = true;
      } else if (strncmp(x, "emit=", 5) == 0) {
        const char* e = x + 5;
        if (strcmp(e, "bytecode") != 0) {
          if (strcmp(e, "native") == 0 || strcmp(e, "viper") == 0)
            fprintf(stderr, "minnow: -X emit=%s: the %s code emitter is not available in this build yet\n", e, e);
          else
            fprintf(stderr, "minnow: -X emit=%s: unknown emitter (use bytecode, native or viper)\n", e);
          return 1;
        }
      } else {
        fprintf(stderr, "minnow: unknown -X option '%s'\n", x);
        return 1;
      }
    } else {
      fprintf(stderr, "minnow: unknown option '%s'\n", a);
      usage(stderr);
      return 1;
    }
  }

  void* heap = malloc(heap_size);
  if (!heap) {
    fprintf(stderr, "minnow: cannot allocate a heap of %zu bytes\n", heap_size);
    return 1;
  }
  vm_init(heap, heap_size);
  ts.opt_level = opt_level;
  signal(SIGINT, on_sigint);
  signal(SIGPIPE, SIG_IGN);

  int status = 0;
  bool ran = false;
  // sys.path: the script's folder (set below), then MICROPYPATH entries.
  List* path = ts.sys_path.as<List>();
  list_append(path, str_new("", 0));
  const char* mpath = getenv("MICROPYPATH");
  if (mpath) {
    const char* s = mpath;
    for (;;) {
      const char* colon = strchr(s, ':');
      size_t n = colon ? static_cast<size_t>(colon - s) : strlen(s);
      list_append(path, str_new(s, n));
      if (!colon) break;
      s = colon + 1;
    }
  } else {
    list_append(path, str_from_cstr(".frozen"));
    list_append(path, str_from_cstr("/usr/lib/micropython"));
  }
  List* sys_argv = ts.sys_argv.as<List>();

  if (i < argc && strcmp(argv[i], "-c") == 0) {
    if (i + 1 >= argc) {
      fprintf(stderr, "minnow: -c needs an argument\n");
      return 1;
    }
    const char* cmd = argv[i + 1];
    list_append(sys_argv, str_from_cstr("-c"));
    for (int k = i + 2; k < argc; k++) list_append(sys_argv, str_from_cstr(argv[k]));
    status = guarded([&] { exec_source(cmd, strlen(cmd), QSTR(stdin_), 0, nullptr); });
    ran = true;
  } else if (i < argc && strcmp(argv[i], "-m") == 0) {
    if (i + 1 >= argc) {
      fprintf(stderr, "minnow: -m needs an argument\n");
      return 1;
    }
    const char* mod = argv[i + 1];
    list_append(sys_argv, str_from_cstr(mod));
    for (int k = i + 2; k < argc; k++) list_append(sys_argv, str_from_cstr(argv[k]));
    Value file = find_module_file(mod);
    if (file.is_null()) {
      fprintf(stderr, "minnow: No module named %s\n", mod);
      return 1;
    }
    status = guarded([&] { run_main_file(file.as<Str>()); });
    ran = true;
  } else if (i < argc && strcmp(argv[i], "-") != 0) {
    const char* file = argv[i];
    if (show_bytecode) {
      return guarded([&] {
        FILE* fp = fopen(file, "rb");
        if (!fp) raise_os_error(2);
        StrBuilder src;
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) src.add(chunk, n);
        fclose(fp);
        disassemble(&stdout_printer, compile(src.buf, src.len, intern(file, strlen(file)), CompileMode::File, opt_level));
        port::flush_stdout();
      });
    }
    for (int k = i; k < argc; k++) list_append(sys_argv, str_from_cstr(argv[k]));
    path->items[0] = dirname_of(file);
    if (port::stat_path(file) != 1) {
      fprintf(stderr, "minnow: can't open file '%s': [Errno 2] No such file or directory\n", file);
      return 2;
    }
    status = guarded([&] { run_main_file(intern(file, strlen(file))); });
    ran = true;
  } else if (i < argc || !isatty(0)) {
    // A program on stdin runs as a script.
    for (int k = i; k < argc; k++) list_append(sys_argv, str_from_cstr(argv[k]));
    if (sys_argv->len == 0) list_append(sys_argv, str_new("", 0));
    status = guarded([&] {
      size_t len;
      char* src = read_stdin_all(&len);
      exec_source(src, len, QSTR(stdin_), 0, nullptr);
    });
    ran = true;
  }
  if (!ran || inspect) {
    if (sys_argv->len == 0) list_append(sys_argv, str_new("", 0));
    // Ctrl-D at the prompt leaves; a soft reset (Ctrl-D in the raw REPL)
    // starts over with fresh user state and the same sys.path and argv.
    int code = 0;
    ReplEnd end;
    while ((end = repl_run(&code)) == ReplEnd::SoftReset) vm_soft_reset();
    if (end == ReplEnd::SystemExit) status = code;
  }
  port::flush_stdout();
  if (g_alloc_stats) fprintf(stderr, "minnow: %llu allocations\n", (unsigned long long)(gc::alloc_count() - g_allocs_at_start));
  port::exit(status);
}
