// Map: the insertion-ordered hash table behind dict, set, frozenset, class
// and instance attribute dicts, module globals and keyword arguments.
//
// Layout of m->entries (one GC allocation):
//
//   [MapEntry x cap]                          always
//   [uint32 filled][slot x index_size]        only when cap > kMapLinear
//
// A slot holds (entry number + 1), 0 meaning empty; slots are 1, 2 or 4
// bytes wide depending on cap. `filled` counts the non-empty slots.
//
// Invariants:
// - entries[0, used) are live (key != null) or deleted (key == null);
//   live ones number `count`. Nothing at or after `used` is meaningful.
// - With an index, every live entry is reachable from the slot found by
//   probing linearly from home(hash(key)). Slots may also point at deleted
//   entries or at positions >= used (after trailing deletions shrank
//   `used`); lookups treat those as "keep probing", so no tombstones are
//   needed. filled < index_size always holds, so probing ends.
// - No hashes are stored: a rebuild rehashes the keys (str hashes are cached
//   in the Str, small ints hash to themselves).
// - Any call into user code (__eq__, __hash__) may change the map. Lookups
//   remember `version` and restart if it moved; rebuilds work on a private
//   copy and only commit it if the map did not change meanwhile. The result
//   is always memory-safe; a map mutated from its own keys' __eq__/__hash__
//   gets unspecified (but valid) contents, as in CPython.
// - `version` changes on every insertion of a new key, deletion, clear and
//   rebuild (so cached MapEntry pointers/positions are only valid while it
//   is unchanged). Replacing the value of an existing key keeps it.
#include <cstring>

#include "gc/heap.h"
#include "obj/dict.h"

namespace minnow {

namespace {

constexpr size_t kEntry = sizeof(MapEntry);
constexpr uint32_t kMinCap = 4;

// ---------------------------------------------------------------------------
// Hashing and key comparison.

// Python's rules for a hash value: ints hash to themselves modulo 2**61-1
// (keeping the sign), and -1 is never a hash (it becomes -2). Applying them
// here as well makes the tables agree with the hashes of floats and big ints
// (hash(-1.0) == hash(-1), hash(2.0**61) == hash(2**61)) even for raw
// values that skipped them (small ints, user __hash__ results).
inline intptr normalize_hash(intptr h) {
  if constexpr (sizeof(intptr) > 4) {
    constexpr intptr kModulus = static_cast<intptr>((int64_t{1} << 61) - 1);
    if (h >= kModulus || h <= -kModulus) h %= kModulus;
  }
  return h == -1 ? -2 : h;
}

// hash(key) with a fast path for the common key types.
inline intptr key_hash(Value k) {
  if (k.is_small()) return normalize_hash(k.small());
  if (k.obj()->type == &str_type) return static_cast<intptr>(str_hash(k.as<Str>()));
  return normalize_hash(hash(k));
}

inline uint32_t fold(intptr h) {
  uintptr u = static_cast<uintptr>(h);
  if constexpr (sizeof(uintptr) > 4) u ^= u >> 32;
  return static_cast<uint32_t>(u);
}

inline bool str_same(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->hash && b->hash && a->hash != b->hash) return false;
  return memcmp(a->data(), b->data(), a->len) == 0;
}

enum class Eq { No, Yes, Ask };

// Decides stored == key for the key types whose equality runs no user code;
// Ask means the generic equal() must be called. Identity was already tested.
inline Eq cheap_eq(Value stored, Value key) {
  if (key.is_small()) {
    if (stored.is_small()) return Eq::No;
    return stored.obj()->type == &str_type ? Eq::No : Eq::Ask;
  }
  const Type* kt = key.obj()->type;
  if (kt == &str_type) {
    if (stored.is_small()) return Eq::No;
    if (stored.obj()->type == &str_type)
      return str_same(stored.as<Str>(), key.as<Str>()) ? Eq::Yes : Eq::No;
    return Eq::Ask;
  }
  return Eq::Ask;
}

// ---------------------------------------------------------------------------
// The index.

inline unsigned slot_width(uint32_t cap) { return cap <= 0xff ? 1 : cap <= 0xffff ? 2 : 4; }
inline uint32_t* filled_ptr(const Map* m) { return reinterpret_cast<uint32_t*>(m->entries + m->cap); }
inline uint8_t* slots_of(MapEntry* entries, uint32_t cap) {
  return reinterpret_cast<uint8_t*>(entries + cap) + sizeof(uint32_t);
}
inline uint32_t slot_get(const uint8_t* s, unsigned w, uint32_t i) {
  if (w == 1) return s[i];
  if (w == 2) return reinterpret_cast<const uint16_t*>(s)[i];
  return reinterpret_cast<const uint32_t*>(s)[i];
}
inline void slot_put(uint8_t* s, unsigned w, uint32_t i, uint32_t v) {
  if (w == 1) s[i] = static_cast<uint8_t>(v);
  else if (w == 2) reinterpret_cast<uint16_t*>(s)[i] = static_cast<uint16_t>(v);
  else reinterpret_cast<uint32_t*>(s)[i] = v;
}
// Fibonacci hashing: the top bits of hash * 2**32/phi pick the home slot.
inline uint32_t home_slot(intptr h, uint32_t index_size) {
  unsigned shift = 32 - static_cast<unsigned>(__builtin_ctz(index_size));
  return (fold(h) * 2654435769u) >> shift;
}

// Smallest power of two >= 1.5 * cap, at least 16: keeps the load <= 2/3.
uint32_t index_size_for(uint32_t cap) {
  uint32_t want = cap + cap / 2 + 1;
  uint32_t n = 16;
  while (n < want) n <<= 1;
  return n;
}

size_t alloc_bytes(uint32_t cap, uint32_t index_size) {
  size_t n = static_cast<size_t>(cap) * kEntry;
  if (index_size) n += sizeof(uint32_t) + static_cast<size_t>(index_size) * slot_width(cap);
  return n;
}

// Puts entry number e (0-based) for a key with hash h into the first empty
// slot of its probe sequence.
inline void index_insert(uint8_t* s, unsigned w, uint32_t index_size, intptr h, uint32_t e) {
  uint32_t mask = index_size - 1;
  uint32_t i = home_slot(h, index_size);
  while (slot_get(s, w, i) != 0) i = (i + 1) & mask;
  slot_put(s, w, i, e + 1);
}

// Rebuilds the table with capacity new_cap, dropping deleted entries.
// Rehashing may run user __hash__; if that changes the map, the work is
// thrown away and redone from the new state.
void rebuild(Map* m, uint32_t new_cap) {
  for (;;) {
    uint32_t n = m->count;
    if (new_cap < n) new_cap = n;
    if (new_cap <= kMapLinear) {
      if (new_cap == m->cap && m->entries) {
        // Compact in place: no allocation, no user code.
        MapEntry* e = m->entries;
        uint32_t j = 0;
        for (uint32_t i = 0; i < m->used; i++)
          if (!e[i].key.is_null()) e[j++] = e[i];
        for (uint32_t i = j; i < m->used; i++) e[i] = {Value::null(), Value::null()};
        m->used = j;
        m->version++;
        return;
      }
      auto* fresh = static_cast<MapEntry*>(gc::alloc(alloc_bytes(new_cap, 0)));
      // Use the slack of the last GC block, staying a linear map.
      uint32_t got = static_cast<uint32_t>(gc::alloc_size(fresh) / kEntry);
      if (got > kMapLinear) got = kMapLinear;
      if (got > new_cap) new_cap = got;
      uint32_t j = 0;
      for (uint32_t i = 0; i < m->used; i++)
        if (!m->entries[i].key.is_null()) fresh[j++] = m->entries[i];
      m->entries = fresh;
      m->cap = new_cap;
      m->used = j;
      m->index_size = 0;
      m->version++;
      return;
    }
    uint32_t isz = index_size_for(new_cap);
    unsigned w = slot_width(new_cap);
    auto* fresh = static_cast<MapEntry*>(gc::alloc(alloc_bytes(new_cap, isz)));
    uint32_t v0 = m->version;
    uint32_t j = 0;
    for (uint32_t i = 0; i < m->used; i++)
      if (!m->entries[i].key.is_null()) fresh[j++] = m->entries[i];
    uint8_t* s = slots_of(fresh, new_cap);
    bool changed = false;
    for (uint32_t i = 0; i < j; i++) {
      intptr h = key_hash(fresh[i].key);
      if (m->version != v0) {
        changed = true;
        break;
      }
      index_insert(s, w, isz, h, i);
    }
    if (changed) continue;
    *reinterpret_cast<uint32_t*>(fresh + new_cap) = j;
    m->entries = fresh;
    m->cap = new_cap;
    m->used = j;
    m->index_size = isz;
    m->version++;
    return;
  }
}

// Makes room for one more entry.
void grow(Map* m) {
  uint32_t cap = m->cap;
  uint32_t nc;
  if (cap == 0) {
    nc = kMinCap;
  } else if (m->count * 2 <= cap) {
    // Many holes: compact, shrinking if the map became much smaller.
    nc = cap;
    while (nc > 2 * kMapLinear && (m->count + 1) * 4 <= nc) nc /= 2;
  } else {
    if (cap > 0x7fffffffu / 2) raise_memory_error();
    nc = cap * 2;
  }
  rebuild(m, nc);
}

inline bool full(const Map* m) {
  if (m->used >= m->cap) return true;
  return m->index_size && *filled_ptr(m) >= m->cap;
}

// Probes the index (slots of type Slot) for key, whose hash is h. Returns
// the entry or null; sets *restart if user code changed the map meanwhile.
// The layout is read once: while `version` is unchanged it cannot move.
template <class Slot>
MapEntry* probe(Map* m, Value key, intptr h, bool* restart) {
  MapEntry* ents = m->entries;
  const Slot* slots = reinterpret_cast<const Slot*>(slots_of(ents, m->cap));
  uint32_t used = m->used;
  uint32_t mask = m->index_size - 1;
  for (uint32_t i = home_slot(h, m->index_size);; i = (i + 1) & mask) {
    uint32_t e = slots[i];
    if (e == 0) return nullptr;
    if (--e >= used) continue;
    Value k = ents[e].key;
    if (k == key) return &ents[e];
    if (k.is_null()) continue;
    Eq r = cheap_eq(k, key);
    if (r == Eq::No) continue;
    if (r == Eq::Yes) return &ents[e];
    uint32_t v0 = m->version;
    bool eq = equal(k, key);
    if (m->version != v0) {
      *restart = true;
      return nullptr;
    }
    if (eq) return &ents[e];
  }
}

// The entry for key (whose hash is h), or null.
MapEntry* find_hashed(Map* m, Value key, intptr h) {
restart:
  if (!m->index_size) {
    for (uint32_t i = 0; i < m->used; i++) {
      Value k = m->entries[i].key;
      if (k == key) return &m->entries[i];
      if (k.is_null()) continue;
      Eq r = cheap_eq(k, key);
      if (r == Eq::No) continue;
      if (r == Eq::Yes) return &m->entries[i];
      uint32_t v0 = m->version;
      bool eq = equal(k, key);
      if (m->version != v0) goto restart;
      if (eq) return &m->entries[i];
    }
    return nullptr;
  }
  bool again = false;
  MapEntry* e;
  switch (slot_width(m->cap)) {
    case 1: e = probe<uint8_t>(m, key, h, &again); break;
    case 2: e = probe<uint16_t>(m, key, h, &again); break;
    default: e = probe<uint32_t>(m, key, h, &again); break;
  }
  if (again) goto restart;
  return e;
}

// Appends a new entry (the caller checked that key is absent).
void insert_new(Map* m, Value key, intptr h, Value value) {
  while (full(m)) grow(m);
  uint32_t e = m->used;
  m->entries[e].key = key;
  m->entries[e].value = value;
  if (m->index_size) {
    index_insert(slots_of(m->entries, m->cap), slot_width(m->cap), m->index_size, h, e);
    ++*filled_ptr(m);
  }
  m->used = e + 1;
  m->count++;
  m->version++;
}

// Marks e deleted and trims trailing deleted entries.
void remove_entry(Map* m, MapEntry* e) {
  e->key = Value::null();
  e->value = Value::null();
  m->count--;
  m->version++;
  while (m->used > 0 && m->entries[m->used - 1].key.is_null()) m->used--;
}

}  // namespace

// ---------------------------------------------------------------------------

intptr map_hash(Value key) { return key_hash(key); }

void map_init(Map* m, size_t cap) {
  m->entries = nullptr;
  m->used = 0;
  m->cap = 0;
  m->count = 0;
  m->index_size = 0;
  m->version = 0;
  if (cap) {
    if (cap > 0x7fffffffu) raise_memory_error();
    rebuild(m, static_cast<uint32_t>(cap));
  }
}

MapEntry* map_find(Map* m, Value key) {
  // The hash is computed even for a linear map (where it is not needed):
  // hash() is what raises TypeError for an unhashable key.
  return find_hashed(m, key, key_hash(key));
}

Value map_get(Map* m, Value key) {
  MapEntry* e = map_find(m, key);
  return e ? e->value : Value::null();
}

MapEntry* map_find_str(Map* m, const Str* key) {
  MapEntry* ents = m->entries;
  Value kv = Value::from_obj(reinterpret_cast<const Obj*>(key));
  if (!m->index_size) {
    uint32_t used = m->used;
    // Names are mostly interned: try identity over the whole map first.
    for (uint32_t i = 0; i < used; i++)
      if (ents[i].key == kv) return &ents[i];
    for (uint32_t i = 0; i < used; i++) {
      Value k = ents[i].key;
      if (k.is_obj() && !k.is_null() && k.obj()->type == &str_type && str_same(k.as<Str>(), key))
        return &ents[i];
    }
    return nullptr;
  }
  uint32_t h = str_hash(key);
  uint32_t isz = m->index_size;
  uint32_t mask = isz - 1;
  const uint8_t* s = slots_of(ents, m->cap);
  unsigned w = slot_width(m->cap);
  uint32_t used = m->used;
  for (uint32_t i = home_slot(static_cast<intptr>(h), isz);; i = (i + 1) & mask) {
    uint32_t e = slot_get(s, w, i);
    if (e == 0) return nullptr;
    if (--e >= used) continue;
    Value k = ents[e].key;
    if (k == kv) return &ents[e];
    if (k.is_obj() && !k.is_null() && k.obj()->type == &str_type) {
      const Str* ks = k.as<Str>();
      if (ks->len == key->len && ks->hash == h && memcmp(ks->data(), key->data(), key->len) == 0)
        return &ents[e];
    }
  }
}

Value map_get_str(Map* m, const Str* key) {
  MapEntry* e = map_find_str(m, key);
  return e ? e->value : Value::null();
}

void map_set(Map* m, Value key, Value value) {
  intptr h = key_hash(key);
  MapEntry* e = find_hashed(m, key, h);
  if (e) {
    e->value = value;
    return;
  }
  insert_new(m, key, h, value);
}

Value map_remove(Map* m, Value key) {
  MapEntry* e = map_find(m, key);
  if (!e) return Value::null();
  Value v = e->value;
  remove_entry(m, e);
  return v;
}

void map_remove_entry(Map* m, MapEntry* e) { remove_entry(m, e); }

void map_compact(Map* m) {
  if (m->count < m->used) rebuild(m, m->cap);
}

void map_copy(Map* dst, const Map* src) {
  map_init(dst, 0);
  if (!src->count) return;
  // Same capacity and layout: the index stays valid, nothing is rehashed.
  size_t bytes = alloc_bytes(src->cap, src->index_size);
  auto* fresh = static_cast<MapEntry*>(gc::alloc(bytes));
  memcpy(fresh, src->entries, bytes);
  dst->entries = fresh;
  dst->used = src->used;
  dst->cap = src->cap;
  dst->count = src->count;
  dst->index_size = src->index_size;
}

void map_clear(Map* m) {
  m->entries = nullptr;
  m->used = 0;
  m->cap = 0;
  m->count = 0;
  m->index_size = 0;
  m->version++;
}

MapEntry* map_next(Map* m, size_t* pos) {
  while (*pos < m->used) {
    MapEntry* e = &m->entries[(*pos)++];
    if (!e->key.is_null()) return e;
  }
  return nullptr;
}

}  // namespace minnow
