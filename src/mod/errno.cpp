// The errno module: error numbers (Linux values, which MicroPython uses on
// every port) and errorcode, the map from number to name.
#include "obj/dict.h"
#include "vm/state.h"

namespace minnow {

#define MINNOW_ERRNOS(X)                                                                        \
  X(EPERM, 1) X(ENOENT, 2) X(ESRCH, 3) X(EINTR, 4) X(EIO, 5) X(ENXIO, 6) X(E2BIG, 7)            \
  X(ENOEXEC, 8) X(EBADF, 9) X(ECHILD, 10) X(EAGAIN, 11) X(ENOMEM, 12) X(EACCES, 13)            \
  X(EFAULT, 14) X(EBUSY, 16) X(EEXIST, 17) X(EXDEV, 18) X(ENODEV, 19) X(ENOTDIR, 20)           \
  X(EISDIR, 21) X(EINVAL, 22) X(ENFILE, 23) X(EMFILE, 24) X(ENOTTY, 25) X(EFBIG, 27)           \
  X(ENOSPC, 28) X(ESPIPE, 29) X(EROFS, 30) X(EMLINK, 31) X(EPIPE, 32) X(EDOM, 33) X(ERANGE, 34) \
  X(EWOULDBLOCK, 11) X(EOPNOTSUPP, 95) X(EAFNOSUPPORT, 97) X(EADDRINUSE, 98)                    \
  X(ECONNABORTED, 103) X(ECONNRESET, 104) X(ENOBUFS, 105) X(EISCONN, 106) X(ENOTCONN, 107)     \
  X(ETIMEDOUT, 110) X(ECONNREFUSED, 111) X(EHOSTUNREACH, 113) X(EALREADY, 114)                 \
  X(EINPROGRESS, 115)

// The names and numbers as two tables, set by errno_init (a table entry
// holds objects, not ints).
constexpr const Str* kErrnoNames[] = {
#define X(name, num) QSTR(name),
    MINNOW_ERRNOS(X)
#undef X
};
constexpr uint8_t kErrnoNumbers[] = {
#define X(name, num) num,
    MINNOW_ERRNOS(X)
#undef X
};

static void errno_init(Module* m) {
  Dict* codes = dict_new();
  for (size_t i = 0; i < sizeof kErrnoNumbers; i++) {
    const Str* name = kErrnoNames[i];
    Value num = small(kErrnoNumbers[i]);
    dict_set_str(m->globals, name, num);
    // EWOULDBLOCK is EAGAIN: errorcode names the number EAGAIN.
    if (name != QSTR(EWOULDBLOCK)) dict_set(codes, num, qv(name));
  }
  dict_set_str(m->globals, QSTR(errorcode), from_ptr(codes));
}

constexpr MethodEntry errno_globals_entries[] = {
    entry(QSTR(__name__), QSTR(errno)),
};
constexpr Table errno_globals = make_table(errno_globals_entries);
constinit const BuiltinModule errno_module = {QSTR(errno), &errno_globals, errno_init};

}  // namespace minnow
