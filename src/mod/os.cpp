// The os module: the file system functions of MicroPython's os, through the
// port (getcwd, chdir, listdir, ilistdir, mkdir, rmdir, remove, rename,
// stat), plus sep. Paths are str (bytes are accepted and decoded as UTF-8);
// errors are OSError subclasses carrying the path as their filename.
// A port without a file system (MINNOW_FILES=0, the boards) keeps only sep:
// MicroPython's os has no file functions without a VFS either.
#include <cstring>

#include "config.h"
#include "mod/io.h"
#include "obj/bytes.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

namespace {

#if MINNOW_FILES
// Longest path or directory entry name handled, with its NUL.
constexpr size_t kPathMax = 256;

// The path argument as a NUL-terminated str (never containing NUL).
const Str* path_arg(Value v) {
  const Str* s = as_str(v);
  if (!s) {
    ByteSpan sp;
    if (!bytes_like(v, &sp))
      raise_fmt(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(v));
    s = as_str(str_decode(reinterpret_cast<const char*>(sp.p), sp.n, nullptr, nullptr));
  }
  if (memchr(s->data(), 0, s->len)) raise_value_error("embedded null byte");
  return s;
}

void check(int r, Value path) {
  if (r < 0) raise_os_error_path(-r, path);
}

Value os_getcwd() {
  char buf[kPathMax];
  long n = port::current_dir(buf, sizeof buf);
  if (n < 0) raise_os_error(static_cast<int>(-n));
  return str_new(buf, static_cast<size_t>(n));
}

Value os_chdir(Value path) {
  check(port::change_dir(path_arg(path)->data()), path);
  return none();
}

Value os_remove(Value path) {
  check(port::remove_file(path_arg(path)->data()), path);
  return none();
}

Value os_rename(Value from, Value to) {
  check(port::rename_path(path_arg(from)->data(), path_arg(to)->data()), from);
  return none();
}

Value os_mkdir(size_t n_args, const Value* args) {
  // The optional mode argument is accepted and ignored (the port decides).
  (void)n_args;
  check(port::make_dir(path_arg(args[0])->data()), args[0]);
  return none();
}

Value os_rmdir(Value path) {
  check(port::remove_dir(path_arg(path)->data()), path);
  return none();
}

Value stat_tuple(const port::FileInfo& fi) {
  Value items[10] = {
      int_from(static_cast<intptr>(fi.mode)), int_from_u64(fi.ino),   int_from_u64(fi.dev),
      int_from_u64(fi.nlink),                 int_from_u64(fi.uid),   int_from_u64(fi.gid),
      int_from_u64(fi.size),                  int_from_i64(fi.atime), int_from_i64(fi.mtime),
      int_from_i64(fi.ctime)};
  return tuple_new(10, items);
}

Value os_stat(Value path) {
  port::FileInfo fi;
  check(port::stat_info(path_arg(path)->data(), &fi), path);
  return stat_tuple(fi);
}

// Calls each(out, path, name, length) for every entry of the directory at path. The
// handle is closed even when each() raises.
void for_each_entry(Value path_v, const Str* path, void (*each)(List*, const Str*, const char*, size_t), List* out) {
  int h = port::open_dir(path->data());
  if (h < 0) raise_os_error_path(-h, path_v);
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    char name[kPathMax];
    for (;;) {
      long n = port::read_dir(h, name, sizeof name);
      if (n < 0) raise_os_error_path(static_cast<int>(-n), path_v);
      if (n == 0) break;
      each(out, path, name, static_cast<size_t>(n));
    }
    nlr_pop();
  } else {
    port::close_dir(h);
    nlr_jump(nb.exc);
  }
  port::close_dir(h);
}

void add_name(List* out, const Str*, const char* name, size_t n) { list_append(out, str_new(name, n)); }
void add_name_bytes(List* out, const Str*, const char* name, size_t n) { list_append(out, bytes_new(name, n)); }

// (name, type, inode, size) as MicroPython's ilistdir gives them; type is
// 0x4000 for a directory and 0x8000 for a file.
void add_entry(List* out, const Str* dir, const char* name, size_t n) {
  char full[2 * kPathMax];
  port::FileInfo fi = {};
  if (dir->len + 1 + n < sizeof full) {
    memcpy(full, dir->data(), dir->len);
    size_t k = dir->len;
    if (k && full[k - 1] != '/') full[k++] = '/';
    memcpy(full + k, name, n);
    full[k + n] = 0;
    if (port::stat_info(full, &fi) < 0) fi = {};
  }
  Value items[4] = {str_new(name, n), small(static_cast<intptr>(fi.mode & 0xF000)),
                    int_from_u64(fi.ino), int_from_u64(fi.size)};
  list_append(out, tuple_new(4, items));
}

Value os_listdir(size_t n_args, const Value* args) {
  Value path_v = n_args ? args[0] : str_from_cstr(".");
  List* out = list_new(0);
  // A bytes path lists bytes names.
  for_each_entry(path_v, path_arg(path_v), as_str(path_v) ? add_name : add_name_bytes, out);
  return from_ptr(out);
}

Value os_ilistdir(size_t n_args, const Value* args) {
  Value path_v = n_args ? args[0] : str_from_cstr(".");
  List* out = list_new(0);
  for_each_entry(path_v, path_arg(path_v), add_entry, out);
  return getiter(from_ptr(out));
}

constexpr BuiltinFn os_getcwd_fn = make_fn0(QSTR(getcwd), os_getcwd);
constexpr BuiltinFn os_chdir_fn = make_fn1(QSTR(chdir), os_chdir);
constexpr BuiltinFn os_remove_fn = make_fn1(QSTR(remove), os_remove);
constexpr BuiltinFn os_unlink_fn = make_fn1(QSTR(unlink), os_remove);
constexpr BuiltinFn os_rename_fn = make_fn2(QSTR(rename), os_rename);
constexpr BuiltinFn os_mkdir_fn = make_fn_var(QSTR(mkdir), 1, 2, os_mkdir);
constexpr BuiltinFn os_rmdir_fn = make_fn1(QSTR(rmdir), os_rmdir);
constexpr BuiltinFn os_stat_fn = make_fn1(QSTR(stat), os_stat);
constexpr BuiltinFn os_listdir_fn = make_fn_var(QSTR(listdir), 0, 1, os_listdir);
constexpr BuiltinFn os_ilistdir_fn = make_fn_var(QSTR(ilistdir), 0, 1, os_ilistdir);
#endif

constexpr auto os_sep_storage = make_static_str("/");

constexpr MethodEntry os_globals_entries[] = {
    entry(QSTR(__name__), QSTR(os)),
#if MINNOW_FILES
    entry(QSTR(chdir), &os_chdir_fn),
    entry(QSTR(getcwd), &os_getcwd_fn),
    entry(QSTR(ilistdir), &os_ilistdir_fn),
    entry(QSTR(listdir), &os_listdir_fn),
    entry(QSTR(mkdir), &os_mkdir_fn),
    entry(QSTR(remove), &os_remove_fn),
    entry(QSTR(rename), &os_rename_fn),
    entry(QSTR(rmdir), &os_rmdir_fn),
#endif
    entry(QSTR(sep), &os_sep_storage.hdr),
#if MINNOW_FILES
    entry(QSTR(stat), &os_stat_fn),
    entry(QSTR(unlink), &os_unlink_fn),
#endif
};
constexpr Table os_globals = make_table(os_globals_entries);

}  // namespace

constinit const BuiltinModule os_module = {QSTR(os), &os_globals, nullptr};

}  // namespace minnow
