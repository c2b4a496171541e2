// Module objects and `import`: builtin modules first, then .py files and
// packages found on sys.path (or a package's __path__).
#include <cstring>

#include "compile/compiler.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

// ---------------------------------------------------------------------------
// The module type.

Module* module_new(const Str* name) {
  Module* m = static_cast<Module*>(gc::alloc(sizeof(Module)));
  m->type = &module_type;
  m->name = name;
  m->globals = dict_new();
  dict_set_str(m->globals, QSTR(__name__), qv(name));
  return m;
}

Value module_lookup(Module* m, const Str* name) {
  Value v = dict_get_str(m->globals, name);
  if (v.is_null() && m->rom) v = table_lookup(m->rom, name);
  return v;
}

Dict* module_dict(Module* m) {
  if (const Table* t = m->rom) {
    for (uint32_t i = 0; i < t->count; i++)
      if (dict_get_str(m->globals, t->entries[i].name).is_null())
        dict_set_str(m->globals, t->entries[i].name, t->entries[i].value());
    m->rom = nullptr;  // only once the copy is complete (it may raise MemoryError)
  }
  return m->globals;
}

static Value module_getattr(Value self, const Str* name) {
  Module* m = self.as<Module>();
  Value v = module_lookup(m, name);
  if (!v.is_null()) return v;
  if (name == QSTR(__dict__)) return from_ptr(module_dict(m));
  Value ga = module_lookup(m, QSTR(__getattr__));
  if (!ga.is_null()) return call1(ga, qv(name));
  return Value::null();
}

static bool module_setattr(Value self, const Str* name, Value value) {
  Module* m = self.as<Module>();
  if (value.is_null()) return !map_remove(&module_dict(m)->map, qv(name)).is_null();
  dict_set_str(m->globals, name, value);
  return true;
}

static void module_print(Printer* p, Value self, bool) {
  Module* m = self.as<Module>();
  print_cstr(p, "<module '");
  print_bytes(p, m->name->data(), m->name->len);
  Value file = module_lookup(m, QSTR(__file__));
  if (is_str(file)) {
    print_cstr(p, "' from '");
    print_bytes(p, file.as<Str>()->data(), file.as<Str>()->len);
  }
  print_cstr(p, "'>");
}

constexpr TypeSlots module_slots = {
    nullptr, module_print, nullptr, nullptr, nullptr,
    module_getattr, module_setattr, nullptr, nullptr, nullptr, nullptr};
constinit const Type module_type = {
    &type_type, QSTR(module), 0, &module_type, &object_type, &module_slots, nullptr};

// ---------------------------------------------------------------------------
// Builtin modules.

static const BuiltinModule* registry[20];  // 17 modules at the full level
static size_t n_registry;

void register_builtin_module(const BuiltinModule* m) {
  if (n_registry < sizeof registry / sizeof registry[0]) registry[n_registry++] = m;
}

const BuiltinModule* find_builtin_module(const Str* name) {
  for (size_t i = 0; i < n_registry; i++)
    if (str_equal(registry[i]->name, name)) return registry[i];
  return nullptr;
}

static Value load_builtin(const BuiltinModule* bm) {
  Module* m = module_new(bm->name);
  m->rom = bm->globals;
  dict_set(ts.modules, qv(bm->name), from_ptr(m));
  if (bm->init) bm->init(m);
  return from_ptr(m);
}

// ---------------------------------------------------------------------------
// Files.

// Reads a whole file into a heap buffer; returns null if it cannot be opened.
static char* read_whole_file(const char* path, size_t* len) {
  int h = port::open_file(path, "rb");
  if (h < 0) return nullptr;
  size_t cap = 4096, n = 0;
  char* buf = static_cast<char*>(gc::alloc(cap, gc::kNoScan));
  for (;;) {
    if (n == cap) {
      cap *= 2;
      buf = static_cast<char*>(gc::realloc(buf, cap));
    }
    long r = port::read_file(h, buf + n, cap - n);
    if (r < 0) {
      port::close_file(h);
      raise_os_error(static_cast<int>(-r));
    }
    if (r == 0) break;
    n += static_cast<size_t>(r);
  }
  port::close_file(h);
  *len = n;
  return buf;
}

// Runs a source file as module m.
static void exec_file_in(Module* m, const Str* path) {
  size_t len;
  char* src = read_whole_file(path->data(), &len);
  if (!src) raise_os_error(2);
  Code* code = compile(src, len, path, CompileMode::File, ts.opt_level);
  run_code(code, m->globals, m->globals);
}

static Value path_join(const Str* dir, const char* a, size_t an, const char* b) {
  StrBuilder sb;
  if (dir->len) {
    sb.add(dir->data(), dir->len);
    if (dir->data()[dir->len - 1] != '/') sb.add_char('/');
  }
  sb.add(a, an);
  sb.add_cstr(b);
  return sb.to_str();
}

// Looks for `leaf` (one name component) in the directories of `paths`.
// Returns the file to run and whether it is a package (then *pkgdir is set).
static bool find_on_path(Value paths, const Str* leaf, Value* file, Value* pkgdir) {
  if (paths.is_null() || !is_list(paths)) return false;
  List* l = paths.as<List>();
  for (size_t i = 0; i < l->len; i++) {
    const Str* dir = as_str(l->items[i]);
    if (!dir) continue;
    Value d = path_join(dir, leaf->data(), leaf->len, "");
    if (port::stat_path(d.as<Str>()->data()) == 2) {
      Value init = path_join(d.as<Str>(), "__init__.py", 11, "");
      *pkgdir = d;
      *file = port::stat_path(init.as<Str>()->data()) == 1 ? init : Value::null();
      return true;
    }
    Value py = path_join(dir, leaf->data(), leaf->len, ".py");
    if (port::stat_path(py.as<Str>()->data()) == 1) {
      *file = py;
      *pkgdir = Value::null();
      return true;
    }
  }
  return false;
}

// Imports one fully qualified module whose parent (if any) is imported.
static Value import_one(const Str* full, const Str* leaf, Value parent) {
  Value existing = dict_get(ts.modules, qv(full));
  if (!existing.is_null()) {
    // None in sys.modules blocks the import (as in CPython).
    if (is_none(existing)) raise_fmt(&exc::ImportError, "import of '%q' halted; None in sys.modules", full);
    return existing;
  }
  if (parent.is_null()) {
    const BuiltinModule* bm = find_builtin_module(full);
    if (bm) return load_builtin(bm);
  }
  Value paths = parent.is_null() ? ts.sys_path : getattr_or_null(parent, QSTR(__path__));
  Value file, pkgdir;
  if (!find_on_path(paths, leaf, &file, &pkgdir)) {
    if (parent.is_null()) {
      // Modules such as `ujson` are aliases of `json` in MicroPython.
      if (full->len > 1 && full->data()[0] == 'u') {
        const Str* alias = intern(full->data() + 1, full->len - 1);
        const BuiltinModule* bm = find_builtin_module(alias);
        if (bm) return load_builtin(bm);
      }
    }
    raise_fmt(&exc::ImportError, "no module named '%q'", full);
  }
  Module* m = module_new(full);
  Value mv = from_ptr(m);
  if (!file.is_null()) dict_set_str(m->globals, QSTR(__file__), file);
  if (!pkgdir.is_null()) {
    Value p = list_from_items(1, &pkgdir);
    dict_set_str(m->globals, QSTR(__path__), p);
    dict_set_str(m->globals, QSTR(__package__), qv(full));
  } else {
    // The package of a plain module is its parent's name.
    size_t cut = full->len;
    while (cut && full->data()[cut - 1] != '.') cut--;
    dict_set_str(m->globals, QSTR(__package__), cut ? str_new(full->data(), cut - 1) : qv(QSTR(empty_)));
  }
  dict_set(ts.modules, qv(full), mv);
  if (!file.is_null()) {
    NlrBuf nb;
    if (MINNOW_TRY(nb)) {
      exec_file_in(m, file.as<Str>());
      nlr_pop();
    } else {
      map_remove(&ts.modules->map, qv(full));
      nlr_jump(nb.exc);
    }
  }
  if (!parent.is_null()) setattr(parent, leaf, mv);
  // The module may have replaced itself in sys.modules.
  Value now = dict_get(ts.modules, qv(full));
  return now.is_null() ? mv : now;
}

// The package that a relative import at `level` starts from.
static Value resolve_package(Dict* globals, int level) {
  if (!globals) raise_msg(&exc::ImportError, "attempted relative import with no known parent package");
  Value pkg = dict_get_str(globals, QSTR(__package__));
  const Str* base;
  if (is_str(pkg) && pkg.as<Str>()->len) {
    base = pkg.as<Str>();
  } else {
    Value name = dict_get_str(globals, QSTR(__name__));
    if (!is_str(name)) raise_msg(&exc::ImportError, "attempted relative import with no known parent package");
    const Str* n = name.as<Str>();
    if (!dict_get_str(globals, QSTR(__path__)).is_null()) {
      base = n;
    } else {
      size_t cut = n->len;
      while (cut && n->data()[cut - 1] != '.') cut--;
      if (!cut) raise_msg(&exc::ImportError, "attempted relative import with no known parent package");
      base = intern(n->data(), cut - 1);
    }
  }
  size_t len = base->len;
  for (int i = 1; i < level; i++) {
    while (len && base->data()[len - 1] != '.') len--;
    if (!len) raise_msg(&exc::ImportError, "attempted relative import beyond top-level package");
    len--;
  }
  return qv(intern(base->data(), len));
}

Value import_module(const Str* name, Value fromlist, int level, Dict* globals) {
  const Str* full = name;
  if (level > 0) {
    Value pkg = resolve_package(globals, level);
    const Str* p = pkg.as<Str>();
    if (name->len) {
      StrBuilder sb;
      sb.add(p->data(), p->len);
      sb.add_char('.');
      sb.add(name->data(), name->len);
      full = intern_str(sb.to_str().as<Str>());
    } else {
      full = p;
    }
  }
  if (!full->len) raise_value_error("Empty module name");
  // Import each prefix in turn: a, a.b, a.b.c.
  Value top = Value::null(), parent = Value::null(), mod = Value::null();
  size_t start = 0;
  const char* s = full->data();
  for (size_t i = 0; i <= full->len; i++) {
    if (i < full->len && s[i] != '.') continue;
    const Str* prefix = intern(s, i);
    const Str* leaf = intern(s + start, i - start);
    mod = import_one(prefix, leaf, parent);
    if (top.is_null()) top = mod;
    parent = mod;
    start = i + 1;
  }
  bool has_fromlist = !fromlist.is_null() && !is_none(fromlist) &&
                      !(is_tuple(fromlist) && fromlist.as<Tuple>()->len == 0);
  if (has_fromlist || level > 0) {
    if (level > 0 && !has_fromlist && name->len) {
      // `from . import x` compiles with a fromlist; a bare relative import
      // returns the package of the first component.
      return mod;
    }
    return mod;
  }
  return top;
}

// Runs a top-level script file as __main__.
void run_main_file(const Str* path) {
  size_t len;
  char* src = read_whole_file(path->data(), &len);
  if (!src) raise_os_error(2);
  Module* m = ts.main;
  dict_set_str(m->globals, QSTR(__file__), qv(path));
  Code* code = compile(src, len, path, CompileMode::File, ts.opt_level);
  run_code(code, m->globals, m->globals);
}

}  // namespace minnow
