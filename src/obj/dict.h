// dict: an insertion-ordered hash map. Map is the table itself, also used by
// set/frozenset (values unused), instance and class attribute dicts, module
// globals and keyword arguments.
//
// Layout: `entries` is a dense array of (key, value) in insertion order;
// deleted entries have key == null and are skipped. For more than
// kMapLinear entries an index table (power-of-two size, open addressing,
// entry number + 1, 0 = empty) follows the entries in the same allocation.
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct MapEntry {
  Value key;
  Value value;
};

struct Map {
  MapEntry* entries;  // heap allocation, also holding the index
  uint32_t used;      // entries[0, used) are filled or deleted
  uint32_t cap;       // capacity of entries
  uint32_t count;     // live entries
  uint32_t index_size;  // slots in the index (0 = no index: linear search)
  uint32_t version;   // bumped on every insertion or deletion (for caches)
};

inline constexpr uint32_t kMapLinear = 8;

void map_init(Map* m, size_t cap);
// hash(key) as the tables use it: Python's normalisation applied (ints
// modulo 2**61-1, never -1), so equal numbers of any type agree. Containers
// that combine item hashes (tuple, frozenset) use it too.
intptr map_hash(Value key);
// Returns the value for key, or null if absent. Calls __eq__/__hash__ of
// user objects, which may change the map; the lookup stays memory-safe.
Value map_get(Map* m, Value key);
// Fast path for interned/str keys: no user code runs.
Value map_get_str(Map* m, const Str* key);
// Returns the entry for key or null if absent.
MapEntry* map_find(Map* m, Value key);
MapEntry* map_find_str(Map* m, const Str* key);
void map_set(Map* m, Value key, Value value);
// Removes key; returns its value or null if it was absent.
Value map_remove(Map* m, Value key);
void map_clear(Map* m);
// Iteration: *pos starts at 0; returns the next live entry or null.
MapEntry* map_next(Map* m, size_t* pos);
// Deletes an entry found by map_find/map_next (no user code runs).
void map_remove_entry(Map* m, MapEntry* e);
// dst (uninitialised) becomes a copy of src, without rehashing.
void map_copy(Map* dst, const Map* src);
// Drops the holes left by deletions (may rehash, so may run user __hash__).
void map_compact(Map* m);

struct Dict {
  const Type* type;  // &dict_type (or OrderedDict)
  Map map;
};

Dict* dict_new(size_t cap = 0);
inline Value dict_get(Dict* d, Value key) { return map_get(&d->map, key); }
inline void dict_set(Dict* d, Value key, Value value) { map_set(&d->map, key, value); }
inline Value dict_get_str(Dict* d, const Str* key) { return map_get_str(&d->map, key); }
void dict_set_str(Dict* d, const Str* key, Value value);
inline bool is_dict(Value v) { return v.is_obj() && v.obj()->type == &dict_type; }
// The Dict inside a dict or dict subclass instance, or null.
Dict* as_dict(Value v);
// d.update(src): src is a dict, has keys(), or is an iterable of pairs.
void dict_update(Dict* d, Value src);

// Sets and frozensets share one struct.
struct Set {
  const Type* type;  // &set_type or &frozenset_type
  Map map;
  // set.pop() resumes its search here: map.entries before it are deleted.
  // Reset whenever the map is rebuilt (positions move).
  uint32_t finger;
  // A frozenset's hash once computed (frozenset_hash), 0 before: nested
  // frozensets are then hashed in linear, not quadratic, time.
  uint32_t hash_cache;
};
Set* set_new(const Type* type);
void set_add(Set* s, Value v);
bool set_contains(Set* s, Value v);
// A new set or frozenset (type) holding the items of iterable.
Set* set_from_iterable(const Type* type, Value iterable);
// s |= iterable (op Or), &= (And), -= (Sub) or ^= (Xor), where iterable may
// be any iterable (as the named methods accept).
void set_update_op(Set* s, BinOp op, Value iterable);
// The Set inside a set/frozenset or subclass instance, or null.
Set* as_set(Value v);

}  // namespace minnow
