// type and object: attribute lookup, classes made by Python code (C3 MRO,
// metaclasses), instance creation, super, property, staticmethod,
// classmethod, and the None/Ellipsis/NotImplemented singletons.
//
// Classes made by Python code are heap Types with every slot null (their
// slots are no_slots): the runtime recognises them by kTypeHeap and goes
// through their special methods, falling back to the slots of their builtin
// ("native") base with Instance::base as the object.
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "vm/runtime.h"
#include "vm/state.h"

namespace minnow {

static inline bool is_a_type(Value v) { return v.is_obj() && is_subtype(v.obj()->type, &type_type); }

constinit const TypeSlots no_slots = {};

// ---------------------------------------------------------------------------
// Lookup.

Value table_lookup(const Table* tab, const Str* name) {
  if (!tab) return Value::null();
  for (uint32_t i = 0; i < tab->count; i++) {
    const MethodEntry& e = tab->entries[i];
    if (e.name == name || str_equal(e.name, name)) return e.value();
  }
  return Value::null();
}

Value type_lookup(const Type* t, const Str* name) {
  if (const Tuple* mro = class_mro(t)) {
    for (size_t i = 0; i < mro->len; i++) {
      const Type* c = mro->items()[i].as<Type>();
      Dict* d = class_dict(c);
      Value v = d ? dict_get_str(d, name) : table_lookup(c->locals, name);
      if (!v.is_null()) return v;
    }
    return Value::null();
  }
  for (; t; t = t->base) {
    Value v = table_lookup(t->locals, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

static Dict* instance_dict(Value obj) {
  if (!obj.is_obj()) return nullptr;
  const Type* t = obj.obj()->type;
  if (!(t->flags & kTypeHasInstanceDict)) return nullptr;
  Instance* inst = obj.as<Instance>();
  if (!inst->dict) inst->dict = dict_new();
  return inst->dict;
}

// A data descriptor: property, or an object whose class defines __set__ or
// __delete__.
static bool is_data_descriptor(Value attr) {
  if (is_type(attr, &property_type)) return true;
  const Type* at = type_of(attr);
  if (!is_heap_type(at) || !(at->flags & kTypeHasDescriptors)) return false;
  return !type_lookup(at, QSTR(__set__)).is_null() || !type_lookup(at, QSTR(__delete__)).is_null();
}

struct PropertyObj {
  const Type* type;
  Value fget, fset, fdel, doc;
};

Value bound_method_new(Value self, Value func) {
  BoundMethod* m = static_cast<BoundMethod*>(gc::alloc(sizeof(BoundMethod)));
  m->type = &bound_method_type;
  m->self = self;
  m->func = func;
  return from_ptr(m);
}

// A builtin method bound to an instance of a Python subclass of a builtin
// type: it runs on the builtin part, and a result that is that part (as in
// `return self`) is given back as the instance.
struct NativeBound {
  const Type* type;  // &native_bound_type
  Value self;        // the instance
  Value fn;          // a BuiltinFn
};

static Value native_bound_call(Value selfv, size_t n_args, size_t n_kw, const Value* args) {
  NativeBound* b = selfv.as<NativeBound>();
  Value native = native_of(b->self, nullptr);
  Value r = call_with_first(b->fn, native, n_args, n_kw, args);
  return r == native ? b->self : r;
}

static void native_bound_print(Printer* p, Value self, bool) {
  NativeBound* b = self.as<NativeBound>();
  print_cstr(p, "<built-in method ");
  print_cstr(p, b->fn.as<BuiltinFn>()->name->data());
  print_cstr(p, " of ");
  print_cstr(p, type_name(b->self));
  print_cstr(p, " object>");
}

constexpr TypeSlots native_bound_slots = {
    nullptr, native_bound_print, native_bound_call, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type native_bound_type = {
    &type_type, QSTR(builtin_function_or_method), 0, &native_bound_type, &object_type, &native_bound_slots,
    nullptr};

// Binds a builtin method to obj (to its builtin part when it has one).
static Value bind_builtin(Value obj, Value fn) {
  Value native = native_of(obj, nullptr);
  if (native == obj) return bound_method_new(obj, fn);
  NativeBound* b = static_cast<NativeBound*>(gc::alloc(sizeof(NativeBound)));
  b->type = &native_bound_type;
  b->self = obj;
  b->fn = fn;
  return from_ptr(b);
}

// What an attribute found on the class becomes when read through obj
// (obj null: read through the class `owner` itself).
static Value descr_get(Value attr, Value obj, const Type* owner) {
  if (!attr.is_obj()) return attr;
  const Type* at = attr.obj()->type;
  if (at == &function_type) return obj.is_null() ? attr : bound_method_new(obj, attr);
  if (at == &builtin_fn_type) return obj.is_null() ? attr : bind_builtin(obj, attr);
  if (at == &staticmethod_type) return attr.as<StaticMethodObj>()->func();
  if (at == &classmethod_type) return bound_method_new(from_ptr(owner), attr.as<StaticMethodObj>()->func());
  if (at == &property_type) {
    if (obj.is_null()) return attr;
    PropertyObj* p = attr.as<PropertyObj>();
    if (p->fget.is_null() || is_none(p->fget)) raise_msg(&exc::AttributeError, "unreadable attribute");
    return call1(p->fget, obj);
  }
  if (is_heap_type(at) && (at->flags & kTypeHasDescriptors)) {
    Value get = type_lookup(at, QSTR(__get__));
    if (!get.is_null()) {
      Value args[3] = {attr, obj.is_null() ? none() : obj, from_ptr(owner)};
      return call(get, 3, 0, args);
    }
  }
  return attr;
}

static Value type_getattr_impl(const Type* cls, const Str* name);

// obj.name via __getattr__ when the normal lookup failed (returns null if
// __getattr__ raises AttributeError).
static Value call_getattr_hook(Value obj, const Str* name) {
  Value hook = type_lookup(type_of(obj), QSTR(__getattr__));
  if (hook.is_null()) return Value::null();
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value args[2] = {obj, qv(name)};
    Value r = call(hook, 2, 0, args);
    nlr_pop();
    return r;
  } else {
    if (exc_matches(nb.exc, &exc::AttributeError)) return Value::null();
    nlr_jump(nb.exc);
  }
}

// The standard lookup (object.__getattribute__).
static Value generic_getattr(Value obj, const Str* name) {
  const Type* t = type_of(obj);
  if (is_a_type(obj)) return type_getattr_impl(obj.as<Type>(), name);
  Value attr = type_lookup(t, name);
  if (!attr.is_null() && is_data_descriptor(attr)) return descr_get(attr, obj, t);
  // Exceptions keep args/__cause__/... in fields, ahead of their dict.
  if ((t->flags & kTypeException) && t->native && t->native->slots->getattr) {
    Value v = t->native->slots->getattr(obj, name);
    if (!v.is_null()) return v;
  }
  Dict* d = instance_dict(obj);
  if (d) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return v;
  }
  const Type* nt = is_heap_type(t) ? t->native : t;
  if (nt && nt->slots->getattr) {
    Value v = nt->slots->getattr(is_heap_type(t) ? native_of(obj, nullptr) : obj, name);
    if (!v.is_null()) return v;
  }
  if (!attr.is_null()) return descr_get(attr, obj, t);
  if (name == QSTR(__class__)) return from_ptr(t);
  if (name == QSTR(__dict__) && d) return from_ptr(d);
  return Value::null();
}

Value getattr_or_null(Value obj, const Str* name) {
  const Type* t = type_of(obj);
  if (is_heap_type(t) && (t->flags & kTypeHasGetattribute)) {
    Value ga = type_lookup(t, QSTR(__getattribute__));
    NlrBuf nb;
    if (MINNOW_TRY(nb)) {
      Value args[2] = {obj, qv(name)};
      Value r = call(ga, 2, 0, args);
      nlr_pop();
      return r;
    } else {
      if (!exc_matches(nb.exc, &exc::AttributeError)) nlr_jump(nb.exc);
      if (t->flags & kTypeHasGetattr) return call_getattr_hook(obj, name);
      return Value::null();
    }
  }
  Value v = generic_getattr(obj, name);
  if (v.is_null() && is_heap_type(t) && (t->flags & kTypeHasGetattr)) v = call_getattr_hook(obj, name);
  return v;
}

[[noreturn]] static void raise_no_attr(Value obj, const Str* name) {
  if (is_a_type(obj))
    raise_fmt(&exc::AttributeError, "type object '%q' has no attribute '%q'", obj.as<Type>()->name, name);
  if (is_type(obj, &module_type))
    raise_fmt(&exc::AttributeError, "module '%q' has no attribute '%q'", obj.as<Module>()->name, name);
  raise_fmt(&exc::AttributeError, "'%s' object has no attribute '%q'", type_name(obj), name);
}

Value getattr(Value obj, const Str* name) {
  const Type* t = type_of(obj);
  if (is_heap_type(t) && (t->flags & kTypeHasGetattr) && !(t->flags & kTypeHasGetattribute)) {
    // __getattr__'s own AttributeError (with its message) propagates.
    Value v = generic_getattr(obj, name);
    if (!v.is_null()) return v;
    Value args[2] = {obj, qv(name)};
    return call(type_lookup(t, QSTR(__getattr__)), 2, 0, args);
  }
  Value v = getattr_or_null(obj, name);
  if (v.is_null()) raise_no_attr(obj, name);
  return v;
}

bool load_method_maybe(Value obj, const Str* name, Value dest[2]) {
  const Type* t = type_of(obj);
  if (!(t->flags & (kTypeHasGetattribute)) && t != &super_type && !is_a_type(obj)) {
    Value attr = type_lookup(t, name);
    if (!attr.is_null() && (is_type(attr, &function_type) || is_type(attr, &builtin_fn_type))) {
      Dict* d = (t->flags & kTypeHasInstanceDict) ? obj.as<Instance>()->dict : nullptr;
      Value shadow = d ? dict_get_str(d, name) : Value::null();
      if (shadow.is_null()) {
        if (is_type(attr, &builtin_fn_type) && native_of(obj, nullptr) != obj) {
          dest[0] = bind_builtin(obj, attr);
          dest[1] = Value::null();
          return true;
        }
        dest[0] = attr;
        dest[1] = obj;
        return true;
      }
      dest[0] = shadow;
      dest[1] = Value::null();
      return true;
    }
  }
  Value v = getattr_or_null(obj, name);
  if (v.is_null()) return false;
  dest[0] = v;
  dest[1] = Value::null();
  return true;
}

void load_method(Value obj, const Str* name, Value dest[2]) {
  if (!load_method_maybe(obj, name, dest)) raise_no_attr(obj, name);
}

static void type_setattr_impl(const Type* t, const Str* name, Value value);

// obj.__class__ = cls (both classes made by class statements, with the
// same layout) and obj.__dict__ = d; neither goes into the instance dict.
static void set_class_or_dict(Value obj, const Type* t, const Str* name, Value value) {
  if (value.is_null()) raise_fmt(&exc::TypeError, "can't delete %q attribute", name);
  if (name == QSTR(__class__)) {
    if (!is_a_type(value))
      raise_fmt(&exc::TypeError, "__class__ must be set to a class, not '%s' object", type_name(value));
    const Type* nt = value.as<Type>();
    constexpr uint32_t layout = kTypeHeap | kTypeException | kTypeHasInstanceDict;
    if (!is_heap_type(t) || !is_heap_type(nt) || nt->native != t->native ||
        (nt->flags & layout) != (t->flags & layout))
      raise_fmt(&exc::TypeError, "__class__ assignment: '%q' object layout differs from '%q'", nt->name,
                t->name);
    obj.obj()->type = nt;
    return;
  }
  if (!(t->flags & kTypeHasInstanceDict)) raise_no_attr(obj, name);
  if (!is_type(value, &dict_type))
    raise_fmt(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  obj.as<Instance>()->dict = value.as<Dict>();
}

// object.__setattr__ / __delattr__ (value null = delete).
static void generic_setattr(Value obj, const Str* name, Value value) {
  const Type* t = type_of(obj);
  if (is_a_type(obj)) {
    type_setattr_impl(obj.as<Type>(), name, value);
    return;
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null() && is_data_descriptor(attr)) {
    if (is_type(attr, &property_type)) {
      PropertyObj* p = attr.as<PropertyObj>();
      Value f = value.is_null() ? p->fdel : p->fset;
      if (f.is_null() || is_none(f))
        raise_fmt(&exc::AttributeError, value.is_null() ? "can't delete attribute '%q'" : "can't set attribute '%q'", name);
      if (value.is_null()) call1(f, obj);
      else call2(f, obj, value);
      return;
    }
    const Type* at = type_of(attr);
    Value m = type_lookup(at, value.is_null() ? QSTR(__delete__) : QSTR(__set__));
    if (!m.is_null()) {
      Value args[3] = {attr, obj, value};
      call(m, value.is_null() ? 2 : 3, 0, args);
      return;
    }
  }
  if ((t->flags & kTypeException) && t->native && t->native->slots->setattr &&
      t->native->slots->setattr(obj, name, value))
    return;
  if (name == QSTR(__class__) || name == QSTR(__dict__)) {
    set_class_or_dict(obj, t, name, value);
    return;
  }
  Dict* d = instance_dict(obj);
  if (d) {
    if (value.is_null()) {
      if (map_remove(&d->map, qv(name)).is_null()) raise_no_attr(obj, name);
    } else {
      dict_set_str(d, name, value);
    }
    return;
  }
  const Type* nt = is_heap_type(t) ? t->native : t;
  if (nt && nt->slots->setattr && nt->slots->setattr(is_heap_type(t) ? native_of(obj, nullptr) : obj, name, value))
    return;
  if (!attr.is_null() || !generic_getattr(obj, name).is_null())
    raise_fmt(&exc::AttributeError, "'%s' object attribute '%q' is read-only", type_name(obj), name);
  raise_no_attr(obj, name);
}

void setattr(Value obj, const Str* name, Value value) {
  const Type* t = type_of(obj);
  if (is_heap_type(t) && (t->flags & kTypeHasSetattr)) {
    Value m = type_lookup(t, QSTR(__setattr__));
    Value args[3] = {obj, qv(name), value};
    call(m, 3, 0, args);
    return;
  }
  generic_setattr(obj, name, value);
}

void delattr(Value obj, const Str* name) {
  const Type* t = type_of(obj);
  if (is_heap_type(t) && (t->flags & kTypeHasSetattr)) {
    Value m = type_lookup(t, QSTR(__delattr__));
    Value args[2] = {obj, qv(name)};
    call(m, 2, 0, args);
    return;
  }
  generic_setattr(obj, name, Value::null());
}

// ---------------------------------------------------------------------------
// Class attributes.

// A builtin method read through its class (list.append): calling it checks
// and unwraps the object passed as self.
struct MethodDescr {
  const Type* type;  // &method_descr_type
  const Type* owner;
  Value fn;
};

static Value method_descr_call(Value self, size_t n_args, size_t n_kw, const Value* args) {
  MethodDescr* d = self.as<MethodDescr>();
  const Str* name = d->fn.as<BuiltinFn>()->name;
  if (n_args < 1)
    raise_fmt(&exc::TypeError, "unbound method %q.%q() needs an argument", d->owner->name, name);
  if (!isinstance(args[0], d->owner))
    raise_fmt(&exc::TypeError, "descriptor '%q' for '%q' objects doesn't apply to a '%s' object", name,
              d->owner->name, type_name(args[0]));
  size_t total = n_args + 2 * n_kw;
  Value local[9];
  Value* buf = total <= 9 ? local : static_cast<Value*>(gc::alloc(total * sizeof(Value)));
  for (size_t i = 0; i < total; i++) buf[i] = args[i];
  buf[0] = native_of(args[0], d->owner);
  return call(d->fn, n_args, n_kw, buf);
}

static void method_descr_print(Printer* p, Value self, bool) {
  MethodDescr* d = self.as<MethodDescr>();
  print_cstr(p, "<method '");
  print_cstr(p, d->fn.as<BuiltinFn>()->name->data());
  print_cstr(p, "' of '");
  print_cstr(p, d->owner->name->data());
  print_cstr(p, "' objects>");
}

static Value method_descr_getattr(Value self, const Str* name) {
  MethodDescr* d = self.as<MethodDescr>();
  if (name == QSTR(__name__) || name == QSTR(__qualname__)) return qv(d->fn.as<BuiltinFn>()->name);
  return Value::null();
}

constexpr TypeSlots method_descr_slots = {
    nullptr, method_descr_print, method_descr_call, nullptr, nullptr,
    method_descr_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type method_descr_type = {
    &type_type, QSTR(method_descriptor), 0, &method_descr_type, &object_type, &method_descr_slots, nullptr};

// Finds which builtin type in cls's MRO (or base chain) defines name.
static const Type* builtin_owner(const Type* cls, const Str* name) {
  if (const Tuple* mro = class_mro(cls)) {
    for (size_t i = 0; i < mro->len; i++) {
      const Type* c = mro->items()[i].as<Type>();
      if (!is_heap_type(c) && !table_lookup(c->locals, name).is_null()) return c;
    }
    return nullptr;
  }
  for (const Type* t = cls; t; t = t->base)
    if (!table_lookup(t->locals, name).is_null()) return t;
  return nullptr;
}

static Value type_getattr_impl(const Type* cls, const Str* name) {
  const Type* meta = cls->type;
  Value meta_attr = is_heap_type(meta) ? type_lookup(meta, name) : Value::null();
  if (!meta_attr.is_null() && is_data_descriptor(meta_attr)) return descr_get(meta_attr, from_ptr(cls), meta);
  Value attr = type_lookup(cls, name);
  if (!attr.is_null()) {
    if (attr.is_obj()) {
      const Type* at = attr.obj()->type;
      if (at == &staticmethod_type) return attr.as<StaticMethodObj>()->func();
      if (at == &classmethod_type) return bound_method_new(from_ptr(cls), attr.as<StaticMethodObj>()->func());
      if (is_heap_type(at) && (at->flags & kTypeHasDescriptors)) return descr_get(attr, Value::null(), cls);
      if (at == &builtin_fn_type) {
        const Type* owner = builtin_owner(cls, name);
        if (owner && owner != &type_type) {
          MethodDescr* d = static_cast<MethodDescr*>(gc::alloc(sizeof(MethodDescr)));
          d->type = &method_descr_type;
          d->owner = owner;
          d->fn = attr;
          return from_ptr(d);
        }
      }
    }
    return attr;
  }
  if (name == QSTR(__name__)) return qv(cls->name);
  if (name == QSTR(__qualname__)) {
    if (Dict* d = class_dict(cls)) {
      Value q = dict_get_str(d, QSTR(__qualname__));
      if (!q.is_null()) return q;
    }
    return qv(cls->name);
  }
  if (name == QSTR(__module__)) return qv(QSTR(builtins));
  if (name == QSTR(__bases__)) {
    if (const HeapType* h = as_heap_type(cls)) return from_ptr(h->bases);
    if (cls->base) {
      Value b = from_ptr(cls->base);
      return tuple_new(1, &b);
    }
    return empty_tuple();
  }
  if (name == QSTR(__mro__)) {
    if (const Tuple* mro = class_mro(cls)) return from_ptr(mro);
    size_t n = 0;
    for (const Type* t = cls; t; t = t->base) n++;
    Tuple* tup = tuple_alloc(n);
    n = 0;
    for (const Type* t = cls; t; t = t->base) tup->items()[n++] = from_ptr(t);
    return from_ptr(tup);
  }
  if (name == QSTR(__dict__) && is_heap_type(cls)) return from_ptr(class_dict(cls));
  if (name == QSTR(__doc__)) return none();
  if (name == QSTR(__class__)) return from_ptr(meta);
  if (!meta_attr.is_null()) return descr_get(meta_attr, from_ptr(cls), meta);
  if (meta != &type_type) {
    Value v = type_lookup(&type_type, name);
    if (!v.is_null()) return descr_get(v, from_ptr(cls), meta);
  } else {
    Value v = table_lookup(type_type.locals, name);
    if (!v.is_null()) return descr_get(v, from_ptr(cls), meta);
  }
  return Value::null();
}

static void update_type_flags(HeapType* cls);

uint32_t class_epoch = 1;

static void type_setattr_impl(const Type* t, const Str* name, Value value) {
  HeapType* cls = as_heap_type(t);
  if (!cls) raise_fmt(&exc::TypeError, "cannot set '%q' attribute of immutable type '%q'", name, t->name);
  // What the class keeps outside its dict cannot be changed through it.
  if (name == QSTR(__bases__) || name == QSTR(__mro__) || name == QSTR(__dict__))
    raise_fmt(&exc::AttributeError, "attribute '%q' of 'type' objects is not writable", name);
  if ((name == QSTR(__name__) || name == QSTR(__qualname__)) && (value.is_null() || !is_str(value)))
    raise_fmt(&exc::TypeError, "can only assign string to %q.%q", cls->name, name);
  class_epoch++;
  if (value.is_null()) {
    if (map_remove(&cls->dict->map, qv(name)).is_null())
      raise_fmt(&exc::AttributeError, "type object '%q' has no attribute '%q'", cls->name, name);
  } else {
    if (name == QSTR(__name__) && is_str(value)) cls->name = intern_str(value.as<Str>());
    dict_set_str(cls->dict, name, value);
  }
  update_type_flags(cls);
}

// ---------------------------------------------------------------------------
// Class creation.

// C3 linearisation of cls with the given bases. Raises TypeError when no
// consistent order exists.
static Tuple* compute_mro(const HeapType* cls, Tuple* bases) {
  size_t nb = bases->len;
  // Sequences to merge: each base's MRO, then the list of bases.
  size_t total = 1;
  for (size_t i = 0; i < nb; i++) {
    Value m = type_getattr_impl(bases->items()[i].as<Type>(), QSTR(__mro__));
    total += m.as<Tuple>()->len;
  }
  Value* seqs[64];
  size_t lens[64];
  size_t pos[64];
  if (nb + 1 > 64) raise_type_error("too many base classes");
  for (size_t i = 0; i < nb; i++) {
    Tuple* m = type_getattr_impl(bases->items()[i].as<Type>(), QSTR(__mro__)).as<Tuple>();
    seqs[i] = m->items();
    lens[i] = m->len;
    pos[i] = 0;
  }
  seqs[nb] = bases->items();
  lens[nb] = nb;
  pos[nb] = 0;
  Tuple* out = tuple_alloc(total);
  size_t n = 0;
  out->items()[n++] = from_ptr(cls);
  for (;;) {
    bool any = false;
    for (size_t i = 0; i <= nb; i++)
      if (pos[i] < lens[i]) any = true;
    if (!any) break;
    Value cand = Value::null();
    for (size_t i = 0; i <= nb && cand.is_null(); i++) {
      if (pos[i] >= lens[i]) continue;
      Value c = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j <= nb && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < lens[j]; k++)
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
      if (!in_tail) cand = c;
    }
    if (cand.is_null())
      raise_type_error("Cannot create a consistent method resolution order (MRO)");
    out->items()[n++] = cand;
    for (size_t i = 0; i <= nb; i++)
      if (pos[i] < lens[i] && seqs[i][pos[i]] == cand) pos[i]++;
  }
  out->len = n;
  return out;
}

static void update_type_flags(HeapType* cls) {
  uint32_t f = cls->flags & ~(kTypeHasGetattr | kTypeHasGetattribute | kTypeHasSetattr | kTypeHasDescriptors);
  const Tuple* mro = cls->mro;
  for (size_t i = 0; i < mro->len; i++) {
    Dict* d = class_dict(mro->items()[i].as<Type>());
    if (!d) continue;
    Map* m = &d->map;
    if (!map_get_str(m, QSTR(__getattr__)).is_null()) f |= kTypeHasGetattr;
    if (!map_get_str(m, QSTR(__getattribute__)).is_null()) f |= kTypeHasGetattribute;
    if (!map_get_str(m, QSTR(__setattr__)).is_null() || !map_get_str(m, QSTR(__delattr__)).is_null())
      f |= kTypeHasSetattr;
    if (!map_get_str(m, QSTR(__get__)).is_null() || !map_get_str(m, QSTR(__set__)).is_null() ||
        !map_get_str(m, QSTR(__delete__)).is_null())
      f |= kTypeHasDescriptors;
  }
  cls->flags = f;
}

// Any class attribute value whose class defines __get__/__set__ must mark
// that class as a descriptor class; heap classes do it in update_type_flags.

static HeapType* type_new(const Type* meta, const Str* name, Value bases_v, Dict* ns) {
  Tuple* bases;
  if (bases_v.is_null() || bases_v.as<Tuple>()->len == 0) {
    Value o = from_ptr(&object_type);
    bases = tuple_new(1, &o).as<Tuple>();
  } else {
    bases = bases_v.as<Tuple>();
  }
  const Type* native = &object_type;
  for (size_t i = 0; i < bases->len; i++) {
    Value b = bases->items()[i];
    if (!is_a_type(b)) raise_type_error("bases must be types");
    const Type* bt = b.as<Type>();
    if (!is_heap_type(bt) && !(bt->flags & kTypeBaseOK))
      raise_fmt(&exc::TypeError, "type '%q' is not an acceptable base type", bt->name);
    const Type* bn = is_heap_type(bt) ? bt->native : bt;
    if (bn == &object_type) continue;
    if (native == &object_type || is_subtype(bn, native)) native = bn;
    else if (!is_subtype(native, bn)) raise_type_error("multiple bases have instance lay-out conflict");
  }
  HeapType* cls = static_cast<HeapType*>(gc::alloc(sizeof(HeapType)));
  cls->type = meta;
  cls->name = name;
  // Instances of a metaclass are classes (Type structs), not Instances.
  uint32_t dict_flag = native == &type_type ? 0u : static_cast<uint32_t>(kTypeHasInstanceDict);
  cls->flags = kTypeHeap | kTypeBaseOK | dict_flag | (native->flags & (kTypeException | kTypeInitFills));
  cls->native = native;
  cls->base = bases->items()[0].as<Type>();
  cls->slots = &no_slots;
  cls->bases = bases;
  cls->dict = ns;
  cls->mro = compute_mro(cls, bases);
  if (!dict_get_str(ns, QSTR(__eq__)).is_null() && dict_get_str(ns, QSTR(__hash__)).is_null())
    dict_set_str(ns, QSTR(__hash__), none());
  // __init_subclass__ and __new__ are implicitly class/static methods.
  Value isc = dict_get_str(ns, QSTR(__init_subclass__));
  if (is_type(isc, &function_type)) {
    StaticMethodObj* cm = static_cast<StaticMethodObj*>(gc::alloc(sizeof(StaticMethodObj)));
    cm->type = &classmethod_type;
    cm->fn = isc.obj();
    dict_set_str(ns, QSTR(__init_subclass__), from_ptr(cm));
  }
  Value nw = dict_get_str(ns, QSTR(__new__));
  if (is_type(nw, &function_type)) {
    StaticMethodObj* sm = static_cast<StaticMethodObj*>(gc::alloc(sizeof(StaticMethodObj)));
    sm->type = &staticmethod_type;
    sm->fn = nw.obj();
    dict_set_str(ns, QSTR(__new__), from_ptr(sm));
  }
  update_type_flags(cls);
  // Mark descriptor classes used as attributes.
  size_t pos = 0;
  for (MapEntry* e = map_next(&ns->map, &pos); e; e = map_next(&ns->map, &pos)) {
    if (HeapType* vt = as_heap_type(type_of(e->value))) update_type_flags(vt);
  }
  return cls;
}

// Called after type_new by type.__call__ for a new class: __set_name__ and
// the parent's __init_subclass__.
static void finish_class(HeapType* cls, size_t n_kw, const Value* kw) {
  size_t pos = 0;
  Map* m = &cls->dict->map;
  for (MapEntry* e = map_next(m, &pos); e; e = map_next(m, &pos)) {
    Value v = e->value;
    const Type* vt = type_of(v);
    if (!is_heap_type(vt)) continue;
    Value sn = type_lookup(vt, QSTR(__set_name__));
    if (!sn.is_null()) {
      Value args[3] = {v, from_ptr(cls), e->key};
      call(sn, 3, 0, args);
    }
  }
  // super(cls, cls).__init_subclass__(**kw)
  const Tuple* mro = cls->mro;
  for (size_t i = 1; i < mro->len; i++) {
    Dict* d = class_dict(mro->items()[i].as<Type>());
    if (!d) break;
    Value isc = dict_get_str(d, QSTR(__init_subclass__));
    if (!isc.is_null()) {
      Value f = is_type(isc, &classmethod_type) ? isc.as<StaticMethodObj>()->func() : isc;
      Value buf[33];
      if (n_kw > 16) raise_type_error("too many keyword arguments");
      buf[0] = from_ptr(cls);
      for (size_t k = 0; k < 2 * n_kw; k++) buf[1 + k] = kw[k];
      call(f, 1, n_kw, buf);
      return;
    }
  }
  if (n_kw) raise_type_error("__init_subclass__() takes no keyword arguments");
}

// Makes an instance of a Python class without running __init__.
static Value make_instance(const Type* cls, size_t n_args, size_t n_kw, const Value* args) {
  const Type* native = cls->native;
  if (native == &object_type) {
    Instance* inst = static_cast<Instance*>(gc::alloc(sizeof(Instance)));
    inst->type = cls;
    inst->base = Value::null();
    return from_ptr(inst);
  }
  if (native->flags & kTypeException) return native->slots->make_new(cls, n_args, n_kw, args);
  if (!native->slots->make_new) raise_fmt(&exc::TypeError, "cannot create '%q' instances", native->name);
  Value base = native->slots->make_new(native, n_args, n_kw, args);
  Instance* inst = static_cast<Instance*>(gc::alloc(sizeof(Instance)));
  inst->type = cls;
  inst->base = base;
  return from_ptr(inst);
}

// Does a Python class (not a builtin) in cls's MRO define name? (False for
// a builtin cls.)
static bool user_defines(const Type* cls, const Str* name, Value* found) {
  const Tuple* mro = class_mro(cls);
  if (!mro) return false;
  for (size_t i = 0; i < mro->len; i++) {
    Dict* d = class_dict(mro->items()[i].as<Type>());
    if (!d) return false;
    Value v = dict_get_str(d, name);
    if (!v.is_null()) {
      *found = v;
      return true;
    }
  }
  return false;
}

Value build_class_new(const Type* meta, size_t n_args, size_t n_kw, const Value* args);

static Value type_call(Value self, size_t n_args, size_t n_kw, const Value* args) {
  const Type* cls = self.as<Type>();
  if (is_subtype(cls, &type_type)) {
    if (cls == &type_type && n_args == 1 && n_kw == 0) return from_ptr(type_of(args[0]));
    return build_class_new(cls, n_args, n_kw, args);
  }
  if (!is_heap_type(cls)) {
    if (!cls->slots->make_new) raise_fmt(&exc::TypeError, "cannot create '%q' instances", cls->name);
    return cls->slots->make_new(cls, n_args, n_kw, args);
  }
  Value user_new, user_init;
  bool has_new = user_defines(cls, QSTR(__new__), &user_new);
  bool has_init = user_defines(cls, QSTR(__init__), &user_init);
  Value obj;
  if (has_new) {
    Value f = is_type(user_new, &staticmethod_type) ? user_new.as<StaticMethodObj>()->func() : user_new;
    obj = call_with_first(f, self, n_args, n_kw, args);
  } else if (has_init && (cls->flags & kTypeInitFills)) {
    obj = make_instance(cls, 0, 0, nullptr);
  } else if (has_init && cls->native == &object_type) {
    obj = make_instance(cls, 0, 0, nullptr);
  } else {
    obj = make_instance(cls, n_args, n_kw, args);
  }
  if (has_init && isinstance(obj, cls)) {
    Value r = call_with_first(user_init, obj, n_args, n_kw, args);
    if (!is_none(r)) raise_fmt(&exc::TypeError, "__init__() should return None, not '%s'", type_name(r));
  }
  return obj;
}

// type(name, bases, dict, **kw) and metaclass calls: runs the metaclass's
// __new__ and __init__.
Value build_class_new(const Type* meta, size_t n_args, size_t n_kw, const Value* args) {
  Value user_new, user_init;
  bool has_new = user_defines(meta, QSTR(__new__), &user_new);
  bool has_init = user_defines(meta, QSTR(__init__), &user_init);
  Value cls;
  if (has_new) {
    Value f = is_type(user_new, &staticmethod_type) ? user_new.as<StaticMethodObj>()->func() : user_new;
    cls = call_with_first(f, from_ptr(meta), n_args, n_kw, args);
  } else {
    if (n_args != 3) raise_type_error("type() takes 1 or 3 arguments");
    const Str* name = as_str(args[0]);
    if (!name || !is_tuple(args[1]) || !as_dict(args[2])) raise_type_error("type() argument types");
    HeapType* c = type_new(meta, intern_str(name), args[1], as_dict(args[2]));
    finish_class(c, n_kw, args + n_args);
    cls = from_ptr(c);
  }
  if (has_init && isinstance(cls, meta)) call_with_first(user_init, cls, n_args, n_kw, args);
  return cls;
}

// type.__new__(meta, name, bases, dict, **kw): for metaclasses' super().__new__.
static Value type_dunder_new(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 4 || !is_a_type(args[0])) raise_type_error("type.__new__() takes exactly 3 arguments");
  const Str* name = as_str(args[1]);
  if (!name || !is_tuple(args[2]) || !as_dict(args[3])) raise_type_error("type.__new__() argument types");
  HeapType* cls = type_new(args[0].as<Type>(), intern_str(name), args[2], as_dict(args[3]));
  finish_class(cls, n_kw, args + n_args);
  return from_ptr(cls);
}
static Value type_dunder_call(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1 || !is_a_type(args[0])) raise_type_error("descriptor '__call__' requires a type");
  const Type* cls = args[0].as<Type>();
  if (is_subtype(cls, &type_type) && !is_heap_type(cls)) return type_call(args[0], n_args - 1, n_kw, args + 1);
  // A metaclass's __call__ reached via super(): create as type.__call__ does.
  if (!is_heap_type(cls)) return cls->slots->make_new(cls, n_args - 1, n_kw, args + 1);
  return type_call(args[0], n_args - 1, n_kw, args + 1);
}
static Value type_dunder_init(size_t, size_t, const Value*) { return none(); }
#if MINNOW_CPYTHON_EXTRA
// type.mro(), __subclasscheck__ and __instancecheck__: CPython has them,
// MicroPython leaves them out (isinstance/issubclass do not need them, and
// a metaclass's own __instancecheck__/__subclasscheck__ is still called).
static Value type_mro(Value self) {
  Value m = type_getattr_impl(self.as<Type>(), QSTR(__mro__));
  return list_from_iterable(m);
}
static Value type_subclasscheck(Value self, Value other) {
  if (!is_a_type(other)) raise_type_error("issubclass() arg 1 must be a class");
  return bool_(is_subtype(other.as<Type>(), self.as<Type>()));
}
static Value type_instancecheck(Value self, Value other) { return bool_(isinstance(other, self.as<Type>())); }
#endif  // MINNOW_CPYTHON_EXTRA

static void type_print(Printer* p, Value self, bool) {
  const Type* t = self.as<Type>();
  print_cstr(p, "<class '");
  if (Dict* d = class_dict(t)) {
    Value mod = dict_get_str(d, QSTR(__module__));
    if (is_str(mod) && !str_equal(mod.as<Str>(), QSTR(builtins))) {
      print_bytes(p, mod.as<Str>()->data(), mod.as<Str>()->len);
      print_cstr(p, ".");
    }
    Value q = dict_get_str(d, QSTR(__qualname__));
    if (is_str(q)) print_bytes(p, q.as<Str>()->data(), q.as<Str>()->len);
    else print_cstr(p, t->name->data());
  } else {
    print_cstr(p, t->name->data());
  }
  print_cstr(p, "'>");
}

static Value type_binary_op(BinOp op, Value a, Value b) {
  // `int | None` style unions are not supported; only identity comparisons.
  if (op == BinOp::Eq) return bool_(a == b);
  if (op == BinOp::Ne) return bool_(a != b);
  return Value::not_impl_slot();
}
static Value type_unary_op(UnaryOp op, Value self) {
  if (op == UnaryOp::Hash) return small(static_cast<intptr>(self.bits >> 3));
  return Value::not_impl_slot();
}
static Value type_getattr_slot(Value self, const Str* name) { return type_getattr_impl(self.as<Type>(), name); }
static bool type_setattr_slot(Value self, const Str* name, Value value) {
  type_setattr_impl(self.as<Type>(), name, value);
  return true;
}
static Value type_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  return type_call(from_ptr(&type_type), n_args, n_kw, args);
}

constexpr BuiltinFn type_new_fn = make_fn_kw(QSTR(__new__), type_dunder_new);
constexpr StaticMethodObj type_new_sm = {&staticmethod_type, &type_new_fn};
constexpr BuiltinFn type_call_fn = make_fn_kw(QSTR(__call__), type_dunder_call);
constexpr BuiltinFn type_init_fn = make_fn_kw(QSTR(__init__), type_dunder_init);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn type_mro_fn = make_fn1(QSTR(mro), type_mro);
constexpr BuiltinFn type_subclasscheck_fn = make_fn2(QSTR(__subclasscheck__), type_subclasscheck);
constexpr BuiltinFn type_instancecheck_fn = make_fn2(QSTR(__instancecheck__), type_instancecheck);
#endif
constexpr MethodEntry type_locals_entries[] = {
    entry(QSTR(__new__), &type_new_sm),
    entry(QSTR(__call__), &type_call_fn),
    entry(QSTR(__init__), &type_init_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(mro), &type_mro_fn),
    entry(QSTR(__subclasscheck__), &type_subclasscheck_fn),
    entry(QSTR(__instancecheck__), &type_instancecheck_fn),
#endif
};
constexpr Table type_locals = make_table(type_locals_entries);

constexpr TypeSlots type_slots = {
    type_make_new, type_print, type_call, type_unary_op, type_binary_op,
    type_getattr_slot, type_setattr_slot, nullptr, nullptr, nullptr, nullptr};
constinit const Type type_type = {
    &type_type, QSTR(type), kTypeBaseOK, &type_type, &object_type, &type_slots, &type_locals};

// ---------------------------------------------------------------------------
// object

struct PlainObject {
  const Type* type;
};

static Value object_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  if (n_args || n_kw) raise_type_error("object() takes no arguments");
  PlainObject* o = static_cast<PlainObject*>(gc::alloc(sizeof(PlainObject)));
  o->type = t;
  return from_ptr(o);
}
static Value object_dunder_init(size_t, size_t, const Value*) { return none(); }
static Value object_dunder_new(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1 || !is_a_type(args[0])) raise_type_error("object.__new__(X): X is not a type object");
  const Type* cls = args[0].as<Type>();
  if (!is_heap_type(cls)) {
    MakeNewFn make_new = cls->slots->make_new;
    return make_new ? make_new(cls, n_args - 1, n_kw, args + 1) : object_make_new(cls, 0, 0, nullptr);
  }
  // Immutable builtin bases take their value here (int.__new__(cls, 5)).
  bool pass = !(cls->flags & kTypeInitFills) && cls->native != &object_type;
  return make_instance(cls, pass ? n_args - 1 : 0, pass ? n_kw : 0, args + 1);
}
static Value object_setattr(Value self, Value name, Value value) {
  const Str* s = as_str(name);
  if (!s) raise_type_error("attribute name must be string");
  generic_setattr(self, intern_str(s), value);
  return none();
}
static Value object_delattr(Value self, Value name) {
  const Str* s = as_str(name);
  if (!s) raise_type_error("attribute name must be string");
  generic_setattr(self, intern_str(s), Value::null());
  return none();
}
static Value object_getattribute(Value self, Value name) {
  const Str* s = as_str(name);
  if (!s) raise_type_error("attribute name must be string");
  Value v = generic_getattr(self, intern_str(s));
  if (v.is_null()) raise_no_attr(self, s);
  return v;
}
static Value object_eq(Value self, Value other) { return self == other ? true_() : not_implemented(); }
static Value object_ne(Value self, Value other) {
  Value r = binary_op(BinOp::Eq, self, other);
  return bool_(!truthy(r));
}
static Value object_hash(Value self) { return small(static_cast<intptr>(self.bits >> 3)); }
static Value object_repr(Value self) {
  StrBuilder b;
  const Type* t = type_of(self);
  // A builtin type's own repr ((5).__repr__() and list subclasses find
  // this entry through object's table).
  const Type* nt = is_heap_type(t) ? t->native : t;
  if (nt && nt != &object_type && nt->slots->print) {
    nt->slots->print(&b, is_heap_type(t) ? native_of(self, nullptr) : self, true);
    return b.to_str();
  }
  print_cstr(&b, "<");
  if (Dict* d = class_dict(t)) {
    Value mod = dict_get_str(d, QSTR(__module__));
    if (is_str(mod)) {
      b.add(mod.as<Str>()->data(), mod.as<Str>()->len);
      b.add_char('.');
    }
  }
  b.add_cstr(t->name->data());
  b.add_cstr(" object at 0x");
  char buf[2 * sizeof(uintptr)];
  uintptr x = self.bits;
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[x & 15];
    x >>= 4;
  } while (x);
  while (n) b.add_char(buf[--n]);
  b.add_char('>');
  return b.to_str();
}
static Value object_str(Value self) { return repr(self); }
static Value object_init_subclass(size_t, size_t, const Value*) { return none(); }
static Value object_format(Value self, Value spec) {
  const Str* s = as_str(spec);
  if (s && s->len) raise_fmt(&exc::TypeError, "unsupported format string passed to %s.__format__", type_name(self));
  return str_of(self);
}
static Value object_dir(Value self) {
  Value l = list_from_items(0, nullptr);
  Dict* d = instance_dict(self);
  if (d) {
    size_t pos = 0;
    for (MapEntry* e = map_next(&d->map, &pos); e; e = map_next(&d->map, &pos)) list_append(l.as<List>(), e->key);
  }
  return l;
}

constexpr BuiltinFn object_init_fn = make_fn_kw(QSTR(__init__), object_dunder_init);
constexpr BuiltinFn object_new_fn = make_fn_kw(QSTR(__new__), object_dunder_new);
constexpr StaticMethodObj object_new_sm = {&staticmethod_type, &object_new_fn};
constexpr BuiltinFn object_setattr_fn = make_fn3(QSTR(__setattr__), object_setattr);
constexpr BuiltinFn object_delattr_fn = make_fn2(QSTR(__delattr__), object_delattr);
constexpr BuiltinFn object_getattribute_fn = make_fn2(QSTR(__getattribute__), object_getattribute);
constexpr BuiltinFn object_eq_fn = make_fn2(QSTR(__eq__), object_eq);
constexpr BuiltinFn object_ne_fn = make_fn2(QSTR(__ne__), object_ne);
constexpr BuiltinFn object_hash_fn = make_fn1(QSTR(__hash__), object_hash);
constexpr BuiltinFn object_repr_fn = make_fn1(QSTR(__repr__), object_repr);
constexpr BuiltinFn object_str_fn = make_fn1(QSTR(__str__), object_str);
constexpr BuiltinFn object_format_fn = make_fn2(QSTR(__format__), object_format);
constexpr BuiltinFn object_dir_fn = make_fn1(QSTR(__dir__), object_dir);
constexpr BuiltinFn object_init_subclass_fn = make_fn_kw(QSTR(__init_subclass__), object_init_subclass);
constexpr StaticMethodObj object_init_subclass_cm = {&classmethod_type, &object_init_subclass_fn};
constexpr MethodEntry object_locals_entries[] = {
    entry(QSTR(__init__), &object_init_fn),
    entry(QSTR(__new__), &object_new_sm),
    entry(QSTR(__setattr__), &object_setattr_fn),
    entry(QSTR(__delattr__), &object_delattr_fn),
    entry(QSTR(__getattribute__), &object_getattribute_fn),
    entry(QSTR(__eq__), &object_eq_fn),
    entry(QSTR(__ne__), &object_ne_fn),
    entry(QSTR(__hash__), &object_hash_fn),
    entry(QSTR(__repr__), &object_repr_fn),
    entry(QSTR(__str__), &object_str_fn),
    entry(QSTR(__format__), &object_format_fn),
    entry(QSTR(__dir__), &object_dir_fn),
    entry(QSTR(__init_subclass__), &object_init_subclass_cm),
};
constexpr Table object_locals = make_table(object_locals_entries);

constexpr TypeSlots object_slots = {
    object_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type object_type = {
    &type_type, QSTR(object), kTypeBaseOK, &object_type, nullptr, &object_slots, &object_locals};

// ---------------------------------------------------------------------------
// super

struct SuperObj {
  const Type* type;
  const Type* thisclass;
  Value obj;
};

static Value super_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw || n_args != 2)
    raise_msg(&exc::RuntimeError, "super(): no arguments");
  if (!is_a_type(args[0])) raise_type_error("super() argument 1 must be a type");
  const Type* tc = args[0].as<Type>();
  Value obj = args[1];
  if (!isinstance(obj, tc) && !(is_a_type(obj) && is_subtype(obj.as<Type>(), tc)))
    raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  SuperObj* s = static_cast<SuperObj*>(gc::alloc(sizeof(SuperObj)));
  s->type = &super_type;
  s->thisclass = tc;
  s->obj = obj;
  return from_ptr(s);
}

static Value super_getattr(Value self, const Str* name) {
  SuperObj* s = self.as<SuperObj>();
  bool obj_is_type = is_a_type(s->obj) && is_subtype(s->obj.as<Type>(), s->thisclass);
  const Type* start = obj_is_type ? s->obj.as<Type>() : type_of(s->obj);
  // Walk start's MRO after thisclass.
  Value mro_v = type_getattr_impl(start, QSTR(__mro__));
  const Tuple* mro = mro_v.as<Tuple>();
  size_t i = 0;
  while (i < mro->len && mro->items()[i].as<Type>() != s->thisclass) i++;
  for (i++; i < mro->len; i++) {
    const Type* c = mro->items()[i].as<Type>();
    Dict* d = class_dict(c);
    Value v = d ? dict_get_str(d, name) : table_lookup(c->locals, name);
    if (v.is_null()) {
      if (!d) {
        // Builtins search their own base chain in type_lookup; stop at the
        // first builtin in the MRO and let it do so.
        v = type_lookup(c, name);
        if (v.is_null()) continue;
      } else {
        continue;
      }
    }
    if (is_type(v, &staticmethod_type)) return v.as<StaticMethodObj>()->func();
    if (is_type(v, &classmethod_type)) return bound_method_new(from_ptr(start), v.as<StaticMethodObj>()->func());
    if (obj_is_type) return v;
    return descr_get(v, s->obj, start);
  }
  if (name == QSTR(__class__)) return from_ptr(&super_type);
  return Value::null();
}

static void super_print(Printer* p, Value self, bool) {
  SuperObj* s = self.as<SuperObj>();
  print_cstr(p, "<super: <class '");
  print_cstr(p, s->thisclass->name->data());
  print_cstr(p, "'>, <");
  print_cstr(p, type_name(s->obj));
  print_cstr(p, " object>>");
}

constexpr TypeSlots super_slots = {
    super_make_new, super_print, nullptr, nullptr, nullptr,
    super_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type super_type = {
    &type_type, QSTR(super), 0, &super_type, &object_type, &super_slots, nullptr};

// ---------------------------------------------------------------------------
// property

static Value property_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(fget), QSTR(fset), QSTR(fdel), QSTR(doc)};
  Value out[4];
  parse_args(QSTR(property), n_args, n_kw, args, names, 4, 0, out);
  PropertyObj* p = static_cast<PropertyObj*>(gc::alloc(sizeof(PropertyObj)));
  p->type = &property_type;
  p->fget = out[0].is_null() ? none() : out[0];
  p->fset = out[1].is_null() ? none() : out[1];
  p->fdel = out[2].is_null() ? none() : out[2];
  p->doc = out[3].is_null() ? none() : out[3];
  return from_ptr(p);
}
static Value property_copy_with(Value self, int which, Value f) {
  PropertyObj* old = self.as<PropertyObj>();
  PropertyObj* p = static_cast<PropertyObj*>(gc::alloc(sizeof(PropertyObj)));
  *p = *old;
  if (which == 0) p->fget = f;
  if (which == 1) p->fset = f;
  if (which == 2) p->fdel = f;
  return from_ptr(p);
}
static Value property_getter(Value self, Value f) { return property_copy_with(self, 0, f); }
static Value property_setter(Value self, Value f) { return property_copy_with(self, 1, f); }
static Value property_deleter(Value self, Value f) { return property_copy_with(self, 2, f); }
#if MINNOW_CPYTHON_EXTRA
// fget, fset, fdel and __doc__: CPython has them, MicroPython leaves them out.
static Value property_getattr(Value self, const Str* name) {
  PropertyObj* p = self.as<PropertyObj>();
  if (name == QSTR(fget)) return p->fget;
  if (name == QSTR(fset)) return p->fset;
  if (name == QSTR(fdel)) return p->fdel;
  if (name == QSTR(__doc__)) return p->doc;
  return Value::null();
}
#else
constexpr Value (*property_getattr)(Value, const Str*) = nullptr;
#endif
constexpr BuiltinFn property_getter_fn = make_fn2(QSTR(getter), property_getter);
constexpr BuiltinFn property_setter_fn = make_fn2(QSTR(setter), property_setter);
constexpr BuiltinFn property_deleter_fn = make_fn2(QSTR(deleter), property_deleter);
constexpr MethodEntry property_locals_entries[] = {
    entry(QSTR(getter), &property_getter_fn),
    entry(QSTR(setter), &property_setter_fn),
    entry(QSTR(deleter), &property_deleter_fn),
};
constexpr Table property_locals = make_table(property_locals_entries);
constexpr TypeSlots property_slots = {
    property_make_new, nullptr, nullptr, nullptr, nullptr,
    property_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type property_type = {
    &type_type, QSTR(property), kTypeBaseOK, &property_type, &object_type, &property_slots, &property_locals};

// ---------------------------------------------------------------------------
// staticmethod and classmethod

static Value wrapper_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  check_args(t->name, n_args, n_kw, 1, 1, false);
  StaticMethodObj* s = static_cast<StaticMethodObj*>(gc::alloc(sizeof(StaticMethodObj)));
  s->type = t;
  s->fn = args[0].is_obj() ? args[0].obj() : nullptr;
  if (!s->fn) raise_type_error("staticmethod/classmethod needs a callable");
  return from_ptr(s);
}
#if MINNOW_CPYTHON_EXTRA
// __func__ and __wrapped__: CPython has them, MicroPython leaves them out.
static Value wrapper_getattr(Value self, const Str* name) {
  if (name == QSTR(__func__) || name == QSTR(__wrapped__)) return self.as<StaticMethodObj>()->func();
  return Value::null();
}
#else
constexpr Value (*wrapper_getattr)(Value, const Str*) = nullptr;
#endif
static Value staticmethod_call(Value self, size_t n_args, size_t n_kw, const Value* args) {
  return call(self.as<StaticMethodObj>()->func(), n_args, n_kw, args);
}
constexpr TypeSlots staticmethod_slots = {
    wrapper_make_new, nullptr, staticmethod_call, nullptr, nullptr,
    wrapper_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type staticmethod_type = {
    &type_type, QSTR(staticmethod), kTypeBaseOK, &staticmethod_type, &object_type, &staticmethod_slots,
    nullptr};
constexpr TypeSlots classmethod_slots = {
    wrapper_make_new, nullptr, nullptr, nullptr, nullptr,
    wrapper_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type classmethod_type = {
    &type_type, QSTR(classmethod), kTypeBaseOK, &classmethod_type, &object_type, &classmethod_slots, nullptr};

// ---------------------------------------------------------------------------
// None, Ellipsis, NotImplemented

static void none_print(Printer* p, Value, bool) { print_cstr(p, "None"); }
static void ellipsis_print(Printer* p, Value, bool) { print_cstr(p, "Ellipsis"); }
static void notimpl_print(Printer* p, Value, bool) { print_cstr(p, "NotImplemented"); }
static Value none_unary(UnaryOp op, Value self) {
  if (op == UnaryOp::Bool) return false_();
  if (op == UnaryOp::Hash) return small(static_cast<intptr>(self.bits >> 3));
  return Value::not_impl_slot();
}
static Value singleton_unary(UnaryOp op, Value self) {
  if (op == UnaryOp::Hash) return small(static_cast<intptr>(self.bits >> 3));
  return Value::not_impl_slot();
}
static Value none_make_new(const Type*, size_t n_args, size_t n_kw, const Value*) {
  if (n_args || n_kw) raise_type_error("NoneType takes no arguments");
  return none();
}
static Value ellipsis_make_new(const Type*, size_t, size_t, const Value*) { return ellipsis(); }
static Value notimpl_make_new(const Type*, size_t, size_t, const Value*) { return not_implemented(); }

constexpr TypeSlots none_slots = {
    none_make_new, none_print, nullptr, none_unary, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type none_type = {
    &type_type, QSTR(NoneType), 0, &none_type, &object_type, &none_slots, nullptr};
constexpr TypeSlots ellipsis_slots = {
    ellipsis_make_new, ellipsis_print, nullptr, singleton_unary, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type ellipsis_type = {
    &type_type, QSTR(ellipsis), 0, &ellipsis_type, &object_type, &ellipsis_slots, nullptr};
constexpr TypeSlots not_implemented_slots = {
    notimpl_make_new, notimpl_print, nullptr, singleton_unary, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type not_implemented_type = {
    &type_type, QSTR(NotImplementedType), 0, &not_implemented_type, &object_type, &not_implemented_slots,
    nullptr};

alignas(8) constinit const Singleton none_obj = {&none_type};
alignas(8) constinit const Singleton ellipsis_obj = {&ellipsis_type};
alignas(8) constinit const Singleton not_implemented_obj = {&not_implemented_type};

}  // namespace minnow
