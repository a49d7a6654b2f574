//! The request as data: a JSON-like [`Value`] tree that keeps what JSON cannot say (undefined,
//! NaN, functions, cycles, unreadable getters…) as [`Odd`] so every one of them can be reported,
//! plus the one reader ([`parse`]) and the one writer ([`Value::write_json`]) of its text form.
//!
//! The text form is JSON extended with a few tokens that only the browser-side walker
//! (`js/walk.js`) emits: `undefined`, `NaN`, `Infinity`, `-Infinity` and `!`-tags for odd values.
//! Native callers (tests, fuzzers, servers) feed plain JSON through the same reader.

use crate::core::text::push_int;

/// Deepest nesting the reader builds; anything deeper becomes [`Odd::TooDeep`].
pub const MAX_DEPTH: usize = 48;

// The budgets of reading a caller's value (issue #20). The walker (`js/walk.js`, which holds the
// same numbers) enforces all of them while it reads; the reader enforces those that text alone
// can break (keys per object, key length). Every budget reached is an error at its path.

/// Most keys one object may have; more is [`Odd::TooManyKeys`] (the object is not read).
pub const MAX_KEYS: usize = 10_000;
/// Longest key, in characters (UTF-16 code units in the walker); a longer key is an
/// [`OddKey`] of kind [`OddKeyKind::TooLong`], shown by its first [`SHOWN_KEY_CHARS`] characters.
pub const MAX_KEY_CHARS: usize = 256;
/// How many characters of a too-long key a path shows (then "…").
pub const SHOWN_KEY_CHARS: usize = 32;
/// Most values the walker reads in one call, counting every object, array, string, number… each
/// time it is reached (a value shared by several references counts once per reference); past it
/// the walker stops ([`Odd::OverBudget`] / [`OddKeyKind::OverBudget`]).
pub const MAX_NODES: usize = 20_000;
/// Most bytes of text (UTF-8: keys, strings, numbers, punctuation) the walker writes in one call;
/// past it the walker stops as for [`MAX_NODES`].
pub const MAX_TEXT_BYTES: usize = 2_000_000;

/// A value received from the caller.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `undefined` (or a missing array slot): treated as absent and never sent on.
    Undefined,
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A finite number, with the text it is written back as.
    Num(Num),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object; keys keep the caller's order.
    Obj(Map),
    /// A JavaScript value JSON cannot carry, or one that could not be read.
    Odd(Odd),
}

/// A finite number and its canonical text (JavaScript's `String(n)` or the JSON source text).
#[derive(Clone, Debug)]
pub struct Num {
    /// The value.
    pub v: f64,
    /// How it is written back; never re-formatted, so no float printing is linked in.
    pub text: Box<str>,
}

impl PartialEq for Num {
    fn eq(&self, other: &Self) -> bool {
        self.v == other.v
    }
}

impl Num {
    /// A whole number (used when normalization creates one).
    pub fn int(v: i64) -> Num {
        let mut s = String::new();
        push_int(&mut s, v);
        Num {
            v: v as f64,
            text: s.into_boxed_str(),
        }
    }
    /// The value as an exact integer, when it is one within ±2^53.
    pub fn as_int(&self) -> Option<i64> {
        let v = self.v;
        if v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_991.0 {
            Some(v as i64)
        } else {
            None
        }
    }
}

/// JavaScript values that cannot be part of a payment request.
#[derive(Clone, Debug, PartialEq)]
pub enum Odd {
    /// `NaN`.
    NaN,
    /// `Infinity` or `-Infinity`.
    Infinite,
    /// A `BigInt` (its digits).
    BigInt(String),
    /// A function.
    Function,
    /// A symbol.
    Symbol,
    /// A `Date` object.
    Date,
    /// An object that refers back to one of its ancestors.
    Cycle,
    /// Nesting deeper than the reader follows.
    TooDeep,
    /// Reading it threw (a throwing getter, a revoked Proxy…).
    Unreadable,
    /// An object of a built-in class other than a plain object or array (`Map`, `Set`, typed arrays…).
    Instance(String),
    /// A string too long to be copied in; its length in UTF-16 units.
    LongString(u64),
    /// An object with more than [`MAX_KEYS`] keys (not read); how many it has.
    TooManyKeys(u64),
    /// The walker stopped here: the call's budget of values ([`MAX_NODES`]) or text
    /// ([`MAX_TEXT_BYTES`]) was spent. What comes after it was not read.
    OverBudget,
    /// A string with a lone surrogate (UTF-16 that is not Unicode text): sent on, the PG would
    /// receive U+FFFD in its place.
    NotUnicode,
}

/// An object entry that could not be carried as a key and value: reported at its path, never
/// part of the value (so two such keys can never merge into one entry).
#[derive(Clone, Debug, PartialEq)]
pub struct OddKey {
    /// Why.
    pub kind: OddKeyKind,
    /// The key as a path shows it between its quotes: JSON string text (a lone surrogate as
    /// `\udXXX`), a too-long key cut to [`SHOWN_KEY_CHARS`] characters and "…"; empty for
    /// [`OddKeyKind::OverBudget`], which is reported at the object's own path.
    pub shown: String,
}

/// Why an [`OddKey`] was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OddKeyKind {
    /// Longer than [`MAX_KEY_CHARS`].
    TooLong,
    /// The key has a lone surrogate.
    NotUnicode,
    /// The walker's budget ran out before this object's remaining entries (the walker's `!B`
    /// in entry position).
    OverBudget,
}

/// An object's entries, in the caller's order.
#[derive(Clone, Debug, Default)]
pub struct Map {
    /// Key/value pairs. Keys are unique (a later duplicate replaces the earlier value). Private
    /// so that every added key passes through [`Map::push`] and `key_hint` and the index stay
    /// right.
    entries: Vec<(String, Value)>,
    /// One bit per class of key ([`key_bit`]: length, first and last byte) ever added. A lookup
    /// whose bit is clear is absent without scanning; most lookups are for absent keys.
    key_hint: u64,
    /// How many own enumerable Symbol-keyed properties the object had (the walker's `!y` token).
    /// They cannot be carried (JSON has no Symbol keys) and are reported, not sent.
    pub symbol_keys: u32,
    /// What only some maps have, boxed so that a map — and so every [`Value`] — stays as small
    /// as before it existed (every request is mostly small maps).
    extra: Option<Box<Extra>>,
}

/// The rarer parts of a [`Map`].
#[derive(Clone, Debug, Default)]
struct Extra {
    /// For a map of more than [`LINEAR`] entries, every entry as (hash of its key, position in
    /// `entries`), ordered by hash, then key: a lookup is a binary search over the hashes (a scan
    /// per key made 100,000 keys cost seconds). Equal hashes — by chance or by design — fall back
    /// to comparing keys, so the order is total and no input makes a lookup slower than
    /// O(log n) key comparisons. Empty for small maps.
    sorted: Vec<(u64, u32)>,
    /// Entries that could not be carried (too-long or non-Unicode keys, the walker's budget),
    /// reported at their paths, never sent.
    odd_keys: Vec<OddKey>,
}

/// The hash [`Extra::sorted`] orders keys by (FNV-1a).
fn key_hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether the index entry `a` comes before `b`: by hash, then key, then position (so equal
/// keys end up side by side, in text order).
fn before(entries: &[(String, Value)], a: (u64, u32), b: (u64, u32)) -> bool {
    if a.0 != b.0 {
        return a.0 < b.0;
    }
    let (x, y) = (entries[a.1 as usize].0.as_bytes(), entries[b.1 as usize].0.as_bytes());
    x < y || (x == y && a.1 < b.1)
}

/// [`Extra::sorted`] for `entries`: a radix sort of the hashes (eight passes over the entries,
/// whatever the keys), then each run of equal hashes — one entry unless keys collide — ordered
/// by key with a heap sort (O(n log n) however many collide; the standard library's sorts
/// would cost the module about 10 KB).
fn sorted_positions(entries: &[(String, Value)]) -> Vec<(u64, u32)> {
    let mut order: Vec<(u64, u32)> = entries
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (key_hash(k), i as u32))
        .collect();
    let mut spare = vec![(0u64, 0u32); order.len()];
    for shift in (0..64).step_by(8) {
        let digit = |h: u64| ((h >> shift) & 255) as usize;
        let mut at = [0usize; 257];
        for &(h, _) in &order {
            at[digit(h) + 1] += 1;
        }
        for d in 0..256 {
            at[d + 1] += at[d];
        }
        for &e in &order {
            let d = digit(e.0);
            spare[at[d]] = e;
            at[d] += 1;
        }
        std::mem::swap(&mut order, &mut spare);
    }
    let mut run = 0;
    while run < order.len() {
        let mut end = run + 1;
        while end < order.len() && order[end].0 == order[run].0 {
            end += 1;
        }
        if end - run > 1 {
            heap_sort(&mut order[run..end], |a, b| before(entries, a, b));
        }
        run = end;
    }
    order
}

fn heap_sort(o: &mut [(u64, u32)], less: impl Fn((u64, u32), (u64, u32)) -> bool) {
    let n = o.len();
    let sift = |o: &mut [(u64, u32)], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(o[child], o[child + 1]) {
            child += 1;
        }
        if !less(o[root], o[child]) {
            return;
        }
        o.swap(root, child);
        root = child;
    };
    for start in (0..n / 2).rev() {
        sift(o, start, n);
    }
    for end in (1..n).rev() {
        o.swap(0, end);
        sift(o, 0, end);
    }
}

/// Maps up to this many entries are searched by a scan (as fast as a search for so few, and no
/// index to keep); larger ones keep an index ([`Extra::sorted`]).
const LINEAR: usize = 16;

impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        // the hint and the index only speed up lookups (the hint keeps bits of removed keys)
        self.entries == other.entries && self.symbol_keys == other.symbol_keys && self.odd_keys() == other.odd_keys()
    }
}

/// The bit of [`Map::key_hint`] for `key`.
#[inline(always)]
fn key_bit(key: &str) -> u64 {
    let b = key.as_bytes();
    let h =
        b.len() * 7 + usize::from(b.first().copied().unwrap_or(0)) * 3 + usize::from(b.last().copied().unwrap_or(0));
    1u64 << (h & 63)
}

impl FromIterator<(String, Value)> for Map {
    /// Entries in order; a repeated key replaces the earlier value, as when reading text.
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        let mut m = Map::default();
        for (k, v) in iter {
            m.set(&k, v);
        }
        m
    }
}

impl Map {
    /// The entries, in order.
    pub fn entries(&self) -> &[(String, Value)] {
        &self.entries
    }
    /// Every entry, with its value mutable (keys cannot change here).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&str, &mut Value)> {
        self.entries.iter_mut().map(|(k, v)| (k.as_str(), v))
    }
    /// Keeps the entries for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Value) -> bool) {
        let before = self.entries.len();
        self.entries.retain(|(k, v)| keep(k, v));
        if self.entries.len() != before {
            self.reindex();
        }
    }
    /// Appends an entry whose key is known not to be here yet.
    fn push(&mut self, key: String, v: Value) {
        self.key_hint |= key_bit(&key);
        self.entries.push((key, v));
        let last = self.entries.len() - 1;
        if !self.sorted().is_empty() {
            let h = key_hash(&self.entries[last].0);
            let at = self.position(&self.entries[last].0, h);
            if let Some(x) = self.extra.as_mut() {
                x.sorted.insert(at, (h, last as u32));
            }
        } else if self.entries.len() > LINEAR {
            self.reindex();
        }
    }
    /// The index ([`Extra::sorted`]); empty for a small map.
    fn sorted(&self) -> &[(u64, u32)] {
        self.extra.as_ref().map_or(&[], |x| &x.sorted)
    }
    /// Entries that could not be carried (too-long or non-Unicode keys, the walker's budget),
    /// reported at their paths ([`crate::core::fields::scan_odd`]), never part of the value.
    pub fn odd_keys(&self) -> &[OddKey] {
        self.extra.as_ref().map_or(&[], |x| &x.odd_keys)
    }
    /// Adds an entry that could not be carried (see [`Map::odd_keys`]).
    pub fn push_odd_key(&mut self, key: OddKey) {
        self.extra.get_or_insert_with(Box::default).odd_keys.push(key);
    }
    /// Where in the index `key` (with hash `h`) is or would go.
    fn position(&self, key: &str, h: u64) -> usize {
        let k = key.as_bytes();
        self.sorted()
            .partition_point(|&(ph, p)| ph < h || (ph == h && self.entries[p as usize].0.as_bytes() < k))
    }
    /// Rebuilds the index (none for a small map). Keys are unique.
    fn reindex(&mut self) {
        if self.entries.len() > LINEAR {
            let sorted = sorted_positions(&self.entries);
            self.extra.get_or_insert_with(Box::default).sorted = sorted;
        } else if let Some(x) = self.extra.as_mut() {
            x.sorted = Vec::new();
        }
    }
    /// The position of `key` in `entries`.
    fn find(&self, key: &str) -> Option<usize> {
        if self.key_hint & key_bit(key) == 0 {
            return None;
        }
        match &self.extra {
            Some(x) if !x.sorted.is_empty() => self.search(key),
            _ => self.entries.iter().position(|(k, _)| same_key(k, key)),
        }
    }
    /// [`Map::find`] in a large map: a binary search of the index.
    #[inline(never)]
    fn search(&self, key: &str) -> Option<usize> {
        let h = key_hash(key);
        let (ph, p) = *self.sorted().get(self.position(key, h))?;
        (ph == h && self.entries[p as usize].0 == key).then_some(p as usize)
    }
    /// The value under `key`, treating `undefined` as absent.
    pub fn get(&self, key: &str) -> Option<&Value> {
        if self.key_hint & key_bit(key) == 0 {
            return None;
        }
        let v = match &self.extra {
            Some(x) if !x.sorted.is_empty() => &self.entries[self.search(key)?].1,
            _ => &self.entries.iter().find(|(k, _)| same_key(k, key))?.1,
        };
        match v {
            Value::Undefined => None,
            v => Some(v),
        }
    }
    /// Mutable access to the value under `key`.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        let i = self.find(key)?;
        Some(&mut self.entries[i].1)
    }
    /// Sets `key`, replacing an existing value in place or appending.
    pub fn set(&mut self, key: &str, v: Value) {
        match self.get_mut(key) {
            Some(slot) => *slot = v,
            None => self.push(key.to_string(), v),
        }
    }
    /// Removes `key` and returns its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.find(key)?;
        let (_, v) = self.entries.remove(i);
        self.reindex();
        Some(v)
    }
    /// A map of `entries` as read from text, in order: a later duplicate key replaces the
    /// earlier value in the earlier place (as `JSON.parse` does). A large map is indexed by one
    /// sort instead of a lookup per key; duplicates (which the walker never writes, only JSON
    /// text can have them) then take the entry-by-entry way, a binary search each.
    fn from_entries(entries: Vec<(String, Value)>) -> Map {
        let mut m = Map::default();
        if entries.len() > LINEAR {
            let order = sorted_positions(&entries);
            if order
                .windows(2)
                .all(|w| w[0].0 != w[1].0 || entries[w[0].1 as usize].0 != entries[w[1].1 as usize].0)
            {
                for (k, _) in &entries {
                    m.key_hint |= key_bit(k);
                }
                m.entries = entries;
                m.extra = Some(Box::new(Extra {
                    sorted: order,
                    odd_keys: Vec::new(),
                }));
                return m;
            }
        }
        for (k, v) in entries {
            m.push_unique(k, v);
        }
        m
    }
    /// Adds an entry read from text: a key already here gets the new value in its old place.
    fn push_unique(&mut self, k: String, v: Value) {
        match self.get_mut(&k) {
            Some(slot) => *slot = v,
            None => self.push(k, v),
        }
    }
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// How a path shows a too-long key between its quotes: its first [`SHOWN_KEY_CHARS`]
/// characters as JSON string text, then "…".
fn shown_key(k: &str) -> String {
    let cut = k.char_indices().nth(SHOWN_KEY_CHARS).map_or(k, |(i, _)| &k[..i]);
    let mut s = String::with_capacity(cut.len() + 5);
    write_json_str(cut, &mut s);
    s.pop();
    s.remove(0);
    s.push('…');
    s
}

/// Key equality with the length compared inline first (most keys differ in length; this is the
/// inner loop of every lookup).
#[inline(always)]
pub fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // first and last bytes before the whole compare: most keys of one length still differ there
    a.len() == b.len() && a.first() == b.first() && a.last() == b.last() && a == b
}

/// The entry of `list` equal to `s` ([`same_key`]'s cheap compare: the rule tables' lists of
/// values and keys are searched on every check).
pub fn find_str(list: &[&'static str], s: &str) -> Option<&'static str> {
    list.iter().copied().find(|v| same_key(v, s))
}

impl Value {
    /// The object, if this is one.
    pub fn as_obj(&self) -> Option<&Map> {
        match self {
            Value::Obj(m) => Some(m),
            _ => None,
        }
    }
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    /// The number, if this is one.
    pub fn as_num(&self) -> Option<&Num> {
        match self {
            Value::Num(n) => Some(n),
            _ => None,
        }
    }
    /// A string value.
    pub fn str(s: &str) -> Value {
        Value::Str(s.to_string())
    }
    /// A whole-number value.
    pub fn int(v: i64) -> Value {
        Value::Num(Num::int(v))
    }

    /// Drops `undefined` entries from every object, recursively (arrays keep their slots).
    pub fn drop_undefined(&mut self) {
        match self {
            Value::Obj(m) => {
                m.retain(|_, v| !matches!(v, Value::Undefined));
                for (_, v) in m.iter_mut() {
                    v.drop_undefined();
                }
            }
            Value::Arr(a) => a.iter_mut().for_each(Value::drop_undefined),
            _ => {}
        }
    }

    /// How this (normalized) value differs from `text`, the walker's text it was read from, as
    /// edits on the plain copy of `text` the caller's side holds: a JSON array of
    /// `[path, value]` pairs (`path` an array of keys and indexes), each replacing what is at
    /// `path`. `Some("[]")` when the value writes back to exactly `text` (nothing was
    /// normalized); `None` when the whole value differs (send it whole). Applying the edits to
    /// the copy gives what parsing [`Value::to_json`] gives.
    pub fn edits_from(&self, text: &str) -> Option<String> {
        let mut d = Differ {
            t: text,
            at: 0,
            out: String::new(),
        };
        if !d.node(self, None) || d.at != text.len() {
            return None;
        }
        if d.out.is_empty() {
            return Some(String::from("[]"));
        }
        d.out.push(']');
        Some(d.out)
    }

    /// Applies [`Value::edits_from`]'s edits to this value (the value read from the same text),
    /// as `answerWithCopy` in `js/walk.js` does to its copy: `[path, value]` sets, `[path]`
    /// deletes a key. False (and the value partly edited) when the edits do not fit it. For
    /// tests and fuzzing; the module itself applies edits in JavaScript.
    pub fn apply_edits(&mut self, edits: &str) -> bool {
        let Ok(Value::Arr(list)) = parse(edits) else {
            return false;
        };
        for edit in list {
            let Value::Arr(mut edit) = edit else { return false };
            let new = if edit.len() == 2 { edit.pop() } else { None };
            let Some(Value::Arr(mut path)) = edit.pop() else {
                return false;
            };
            let last = if new.is_none() { path.pop() } else { None };
            let mut at = &mut *self;
            for seg in &path {
                at = match (at, seg) {
                    (Value::Obj(m), Value::Str(k)) => match m.get_mut(k) {
                        Some(v) => v,
                        None => return false,
                    },
                    (Value::Arr(a), Value::Num(n)) => match a.get_mut(n.v as usize) {
                        Some(v) => v,
                        None => return false,
                    },
                    _ => return false,
                };
            }
            match (new, last, at) {
                (Some(v), _, at) => *at = v,
                (None, Some(Value::Str(k)), Value::Obj(m)) => {
                    if m.remove(&k).is_none() {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    /// Writes this value as JSON. Values JSON cannot carry (only present when the result has
    /// errors and is not sent) are written as `null`.
    pub fn write_json(&self, out: &mut String) {
        match self {
            Value::Null | Value::Undefined | Value::Odd(_) => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Num(n) => out.push_str(&n.text),
            Value::Str(s) => write_json_str(s, out),
            Value::Arr(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Value::Obj(m) => {
                out.push('{');
                let mut first = true;
                for (k, v) in &m.entries {
                    if matches!(v, Value::Undefined) {
                        continue;
                    }
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    write_json_str(k, out);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }

    /// This value as JSON text.
    pub fn to_json(&self) -> String {
        let mut s = String::new();
        self.write_json(&mut s);
        s
    }
}

/// Writes `s` as a JSON string literal.
pub fn write_json_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    if !needs_escape(s.as_bytes()) {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Whether [`write_json_str`] would escape something in `b` (a quote, a backslash or a control
/// byte), eight bytes at a time.
fn needs_escape(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(8);
    for w in &mut chunks {
        if has_special(u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]))
            && w.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\')
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\')
}

/// Whether one of the eight bytes in `w` may be `"`, `\\` or below 0x20 (never a false
/// negative; a false positive only sends the scan to the byte-by-byte loop).
#[inline(always)]
fn has_special(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    zero(w ^ (ONES * b'"' as u64)) | zero(w ^ (ONES * b'\\' as u64)) | (w.wrapping_sub(ONES * 0x20) & !w & HIGH) != 0
}

/// One step of a path in [`Value::edits_from`], linked to the step before it (on the stack:
/// matching allocates nothing; a path is written out only for an edit).
struct Step<'p> {
    up: Option<&'p Step<'p>>,
    key: Option<&'p str>,
    index: usize,
}

fn write_path(step: Option<&Step>, out: &mut String) {
    let Some(s) = step else { return };
    write_path(s.up, out);
    if s.up.is_some() {
        out.push(',');
    }
    match s.key {
        Some(k) => write_json_str(k, out),
        None => crate::core::text::push_int(out, s.index as i64),
    }
}

/// Walks a value and the text it was read from side by side (see [`Value::edits_from`]).
struct Differ<'t> {
    t: &'t str,
    at: usize,
    out: String,
}

impl Differ<'_> {
    #[inline(always)]
    fn lit(&mut self, s: &[u8]) -> bool {
        let ok = self.t.as_bytes().get(self.at..self.at + s.len()) == Some(s);
        self.at += s.len();
        ok
    }

    fn string(&mut self, s: &str) -> bool {
        let t = self.t.as_bytes();
        let b = s.as_bytes();
        // `"` + the bytes + `"` when nothing needs escaping (what the walker wrote)
        let end = self.at + b.len() + 1;
        if t.get(self.at) == Some(&b'"')
            && t.get(end) == Some(&b'"')
            && t.get(self.at + 1..end) == Some(b)
            && !needs_escape(b)
        {
            self.at = end + 1;
            return true;
        }
        let mut w = String::new();
        write_json_str(s, &mut w);
        self.lit(w.as_bytes())
    }

    /// Matches `v` at the current place (`path` leads to it); where it differs, records an edit
    /// replacing it and skips its text. False only when the difference cannot be an edit (at
    /// the root, or text the parser cannot skip).
    fn node(&mut self, v: &Value, path: Option<&Step>) -> bool {
        let start = self.at;
        let mark = self.out.len();
        if self.same(v, path) {
            return true;
        }
        if path.is_none() {
            return false;
        }
        // the edits inside a replaced subtree are dropped; its old text is skipped
        self.out.truncate(mark);
        let mut p = Parser {
            s: self.t.as_bytes(),
            src: self.t,
            i: start,
            lone: false,
        };
        if p.value(0).is_err() {
            return false;
        }
        self.at = p.i;
        self.record(path, None, Some(v));
        true
    }

    /// Records an edit at `path` (plus the key `last`): `[path, value]` sets, `[path]` deletes.
    fn record(&mut self, path: Option<&Step>, last: Option<&str>, v: Option<&Value>) {
        self.out.push(if self.out.is_empty() { '[' } else { ',' });
        self.out.push_str("[[");
        write_path(path, &mut self.out);
        if let Some(k) = last {
            if path.is_some() {
                self.out.push(',');
            }
            write_json_str(k, &mut self.out);
        }
        self.out.push(']');
        if let Some(v) = v {
            self.out.push(',');
            v.write_json(&mut self.out);
        }
        self.out.push(']');
    }

    /// Skips the text's `"key":undefined` entries here (each after a comma unless it opens the
    /// object), recording a delete for each: the copy holds such keys, JSON does not.
    fn skip_undefined_entries(&mut self, path: Option<&Step>, first: &mut bool) {
        loop {
            let t = self.t.as_bytes();
            let key_at = if *first { self.at } else { self.at + 1 };
            if (!*first && t.get(self.at) != Some(&b',')) || t.get(key_at) != Some(&b'"') {
                return;
            }
            // the key's closing quote, found without building the key
            let mut i = key_at + 1;
            while let Some(&c) = t.get(i) {
                match c {
                    b'"' => break,
                    b'\\' => i += 2,
                    _ => i += 1,
                }
            }
            let rest = t.get(i + 1..).unwrap_or_default();
            if !(rest.starts_with(b":undefined,") || rest.starts_with(b":undefined}")) {
                return;
            }
            let mut p = Parser {
                s: t,
                src: self.t,
                i: key_at,
                lone: false,
            };
            let Ok(key) = p.string() else { return };
            self.at = p.i + b":undefined".len();
            self.record(path, Some(&key), None);
            *first = false;
        }
    }

    /// Whether `v` matches the text here (edits inside it recorded), without skipping it when not.
    fn same(&mut self, v: &Value, path: Option<&Step>) -> bool {
        match v {
            Value::Null | Value::Undefined | Value::Odd(_) => self.lit(b"null"),
            Value::Bool(true) => self.lit(b"true"),
            Value::Bool(false) => self.lit(b"false"),
            Value::Num(n) => self.lit(n.text.as_bytes()),
            Value::Str(s) => self.string(s),
            Value::Arr(a) => {
                if !self.lit(b"[") {
                    return false;
                }
                for (i, x) in a.iter().enumerate() {
                    let step = Step {
                        up: path,
                        key: None,
                        index: i,
                    };
                    if (i > 0 && !self.lit(b",")) || !self.node(x, Some(&step)) {
                        return false;
                    }
                }
                self.lit(b"]")
            }
            Value::Obj(m) => {
                if !self.lit(b"{") {
                    return false;
                }
                let mut first = true;
                for (k, x) in &m.entries {
                    if matches!(x, Value::Undefined) {
                        continue;
                    }
                    // the text's next key is this one (the common case), or comes after
                    // `undefined` entries the text has and the value does not
                    let save = self.at;
                    if !((first || self.lit(b",")) && self.string(k) && self.lit(b":")) {
                        self.at = save;
                        self.skip_undefined_entries(path, &mut first);
                        if (!first && !self.lit(b",")) || !self.string(k) || !self.lit(b":") {
                            return false;
                        }
                    }
                    first = false;
                    let step = Step {
                        up: path,
                        key: Some(k),
                        index: 0,
                    };
                    if !self.node(x, Some(&step)) {
                        return false;
                    }
                }
                if self.t.as_bytes().get(self.at) != Some(&b'}') {
                    self.skip_undefined_entries(path, &mut first);
                }
                self.lit(b"}")
            }
        }
    }
}

/// Why text could not be read as a value.
#[derive(Debug, PartialEq)]
pub struct ParseError {
    /// Byte offset of the problem.
    pub at: usize,
}

/// Reads JSON (plus the walker's extension tokens) into a [`Value`].
/// Nesting deeper than [`MAX_DEPTH`] is kept as [`Odd::TooDeep`]; the reader never recurses
/// deeper than that, whatever the input.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        s: text.as_bytes(),
        src: text,
        i: 0,
        lone: false,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(ParseError { at: p.i });
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    /// Whether the last string read had a lone surrogate (a `\\uD800`-style escape without its
    /// pair): not Unicode text, so never a value or key ([`Odd::NotUnicode`]).
    lone: bool,
}

impl Parser<'_> {
    /// A count written in a token: 1 to `max_digits` ASCII digits (at most 15, so it fits).
    fn count(&mut self, max_digits: usize) -> Result<u64, ParseError> {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.s.get(self.i) {
            self.i += 1;
        }
        let digits = &self.src[start..self.i];
        if digits.is_empty() || digits.len() > max_digits {
            return self.err();
        }
        Ok(digits.bytes().fold(0u64, |a, d| a * 10 + u64::from(d - b'0')))
    }

    fn err<T>(&self) -> Result<T, ParseError> {
        Err(ParseError { at: self.i })
    }
    #[inline(always)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }
    #[inline(always)]
    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.ws();
        let Some(&c) = self.s.get(self.i) else {
            return self.err();
        };
        match c {
            b'{' | b'[' if depth >= MAX_DEPTH => {
                self.skip_nested()?;
                Ok(Value::Odd(Odd::TooDeep))
            }
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => {
                let s = self.string()?;
                Ok(if self.lone {
                    Value::Odd(Odd::NotUnicode)
                } else {
                    Value::Str(s)
                })
            }
            b't' if self.eat("true") => Ok(Value::Bool(true)),
            b'f' if self.eat("false") => Ok(Value::Bool(false)),
            b'n' if self.eat("null") => Ok(Value::Null),
            b'u' if self.eat("undefined") => Ok(Value::Undefined),
            b'N' if self.eat("NaN") => Ok(Value::Odd(Odd::NaN)),
            b'I' if self.eat("Infinity") => Ok(Value::Odd(Odd::Infinite)),
            b'-' if self.eat("-Infinity") => Ok(Value::Odd(Odd::Infinite)),
            b'-' | b'0'..=b'9' => self.number(),
            b'!' => self.odd(),
            _ => self.err(),
        }
    }

    fn odd(&mut self) -> Result<Value, ParseError> {
        self.i += 1;
        let Some(&tag) = self.s.get(self.i) else {
            return self.err();
        };
        self.i += 1;
        let odd = match tag {
            b'f' => Odd::Function,
            b's' => Odd::Symbol,
            b'd' => Odd::Date,
            b'c' => Odd::Cycle,
            b'D' => Odd::TooDeep,
            b'e' => Odd::Unreadable,
            b'b' => Odd::BigInt(self.string()?),
            b'o' => Odd::Instance(self.string()?),
            b'l' => Odd::LongString(self.count(15)?),
            b'k' => Odd::TooManyKeys(self.count(15)?),
            b'B' => Odd::OverBudget,
            _ => {
                self.i -= 1;
                return self.err();
            }
        };
        Ok(Value::Odd(odd))
    }

    /// Skips a nested object/array without building it (strings are honoured).
    fn skip_nested(&mut self) -> Result<(), ParseError> {
        let mut depth = 0usize;
        while let Some(&c) = self.s.get(self.i) {
            match c {
                b'"' => {
                    self.string()?;
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return Ok(());
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        self.err()
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.i += 1;
        let mut m = Map::default();
        self.ws();
        if self.eat("!y") {
            // at most 9 digits: fits a u32
            m.symbol_keys = self.count(9)? as u32;
            self.ws();
            if !self.eat(",") && self.s.get(self.i) != Some(&b'}') {
                return self.err();
            }
            self.ws();
        }
        // Entries go straight into the map while it is small (a scan finds a repeated key);
        // past LINEAR the rest are gathered and the whole map indexed once at the end
        // (`Map::from_entries`), never a lookup per key in a growing index.
        let mut big: Option<Vec<(String, Value)>> = None;
        let mut count = 0usize;
        if !self.eat("}") {
            loop {
                self.ws();
                // tokens first, without a compare per entry when there is none
                let token = self.s.get(self.i) == Some(&b'!');
                if token && self.eat("!B") {
                    // the walker's budget ran out here: nothing follows
                    m.push_odd_key(OddKey {
                        kind: OddKeyKind::OverBudget,
                        shown: String::new(),
                    });
                    self.ws();
                    if !self.eat("}") {
                        return self.err();
                    }
                    break;
                }
                if token && self.eat("!K") {
                    // a key the walker did not copy whole: its first characters, no value
                    let k = self.string()?;
                    m.push_odd_key(OddKey {
                        kind: OddKeyKind::TooLong,
                        shown: shown_key(&k),
                    });
                } else {
                    if self.s.get(self.i) != Some(&b'"') {
                        return self.err();
                    }
                    let start = self.i;
                    let k = self.string()?;
                    let lone = self.lone;
                    let end = self.i;
                    self.ws();
                    if !self.eat(":") {
                        return self.err();
                    }
                    let v = self.value(depth + 1)?;
                    if k.len() > MAX_KEY_CHARS && k.chars().count() > MAX_KEY_CHARS {
                        m.push_odd_key(OddKey {
                            kind: OddKeyKind::TooLong,
                            shown: shown_key(&k),
                        });
                    } else if lone {
                        // shown as the text wrote it, `\\ud800` and all: two such keys that
                        // differ only in their lone surrogates stay two
                        m.push_odd_key(OddKey {
                            kind: OddKeyKind::NotUnicode,
                            shown: self.src[start + 1..end - 1].to_string(),
                        });
                    } else {
                        count += 1;
                        match &mut big {
                            Some(rest) => rest.push((k, v)),
                            None if m.len() < LINEAR => m.push_unique(k, v),
                            None => big = Some(vec![(k, v)]),
                        }
                    }
                }
                self.ws();
                if self.eat(",") {
                    continue;
                }
                if self.eat("}") {
                    break;
                }
                return self.err();
            }
        }
        if count > MAX_KEYS {
            return Ok(Value::Odd(Odd::TooManyKeys(count as u64)));
        }
        if let Some(rest) = big {
            // a later duplicate replaces the earlier value (as `Map::set`), without copying the key
            let mut all = std::mem::take(&mut m.entries);
            all.extend(rest);
            let odd = m.extra.take().map(|x| x.odd_keys).unwrap_or_default();
            let symbol_keys = m.symbol_keys;
            m = Map::from_entries(all);
            m.symbol_keys = symbol_keys;
            for k in odd {
                m.push_odd_key(k);
            }
        }
        Ok(Value::Obj(m))
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.i += 1;
        let mut a = Vec::new();
        self.ws();
        if self.eat("]") {
            return Ok(Value::Arr(a));
        }
        loop {
            a.push(self.value(depth + 1)?);
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("]") {
                return Ok(Value::Arr(a));
            }
            return self.err();
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.i;
        let s = self.s;
        let digits = |i: &mut usize| {
            let from = *i;
            while let Some(b'0'..=b'9') = s.get(*i) {
                *i += 1;
            }
            *i > from
        };
        let mut i = self.i;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        if !digits(&mut i) {
            return self.err();
        }
        let int_end = i;
        let mut simple = true;
        if s.get(i) == Some(&b'.') {
            i += 1;
            simple = false;
            if !digits(&mut i) {
                self.i = i;
                return self.err();
            }
        }
        if let Some(b'e' | b'E') = s.get(i) {
            i += 1;
            simple = false;
            if let Some(b'+' | b'-') = s.get(i) {
                i += 1;
            }
            if !digits(&mut i) {
                self.i = i;
                return self.err();
            }
        }
        self.i = i;
        let text = &self.src[start..i];
        let v = if simple && int_end - start <= 16 {
            // plain integers (the common case) without the float reader
            let neg = text.starts_with('-');
            let mag = text
                .bytes()
                .filter(u8::is_ascii_digit)
                .fold(0i64, |a, d| a * 10 + (d - b'0') as i64);
            if neg {
                -(mag as f64)
            } else {
                mag as f64
            }
        } else {
            // correctly rounded like `str::parse`, without core's float reader and its tables
            let v = crate::core::float::parse_f64(text);
            if !v.is_finite() {
                return Ok(Value::Odd(Odd::Infinite));
            }
            v
        };
        let v = if v == 0.0 { 0.0 } else { v }; // -0 is 0 (as JSON would send it)
        Ok(Value::Num(Num {
            v,
            text: if v == 0.0 { "0".into() } else { text.into() },
        }))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        if self.s.get(self.i) != Some(&b'"') {
            return self.err();
        }
        self.i += 1;
        self.lone = false;
        // Common case: no escape before the closing quote; one exact-size copy.
        let start = self.i;
        let mut end = start;
        // eight bytes at a time while none is a quote, a backslash or a control character
        while let Some(w) = self.s.get(end..end + 8) {
            let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            if has_special(w) {
                break;
            }
            end += 8;
        }
        while let Some(&c) = self.s.get(end) {
            match c {
                b'"' => {
                    self.i = end + 1;
                    return Ok(self.src[start..end].to_owned());
                }
                b'\\' => break,
                0..=0x1f => {
                    self.i = end;
                    return self.err();
                }
                _ => end += 1,
            }
        }
        let mut out = String::with_capacity(end - start + 16);
        let mut start = start;
        self.i = end;
        loop {
            let Some(&c) = self.s.get(self.i) else {
                return self.err();
            };
            match c {
                b'"' => {
                    out.push_str(&self.src[start..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.src[start..self.i]);
                    self.i += 1;
                    let Some(&e) = self.s.get(self.i) else {
                        return self.err();
                    };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let ch = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    // lone high surrogate followed by a non-low escape
                                    self.lone = true;
                                    out.push('\u{FFFD}');
                                    char::from_u32(lo)
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            // a surrogate left over (lone high, lone low) has no char: it is
                            // marked, and the string is never used as text
                            self.lone |= ch.is_none();
                            out.push(ch.unwrap_or('\u{FFFD}'));
                        }
                        _ => {
                            self.i -= 1;
                            return self.err();
                        }
                    }
                    start = self.i;
                }
                0..=0x1f => return self.err(),
                _ => self.i += 1,
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.s.get(self.i) {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return self.err(),
            };
            v = v * 16 + d as u32;
            self.i += 1;
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_replace_only_what_normalizing_changed() {
        let edits = |value: &str, text: &str| parse(value).unwrap().edits_from(text);
        let same = r#"{"a":"x","b":[1,{"c":true}]}"#;
        assert_eq!(edits(same, same).as_deref(), Some("[]"));
        // a changed leaf, deep in arrays and objects
        assert_eq!(
            edits(
                r#"{"a":"KRW","b":[1,{"c":false}]}"#,
                r#"{"a":"CURRENCY_KRW","b":[1,{"c":true}]}"#
            )
            .as_deref(),
            Some(r#"[[["a"],"KRW"],[["b",1,"c"],false]]"#)
        );
        // keys differ: the object holding them is replaced whole; tokens are skipped
        assert_eq!(
            edits(r#"{"a":"x","b":{"c":1}}"#, r#"{"a":"x","b":{"c":1,"e":!b"7"}}"#).as_deref(),
            Some(r#"[[["b"],{"c":1}]]"#)
        );
        // `undefined` entries (the copy has them, JSON does not) are deleted wherever they are
        assert_eq!(
            edits(
                r#"{"a":1,"b":{"c":2}}"#,
                r#"{"u":undefined,"a":1,"v":undefined,"b":{"c":2,"w":undefined}}"#
            )
            .as_deref(),
            Some(r#"[[["u"]],[["v"]],[["b","w"]]]"#)
        );
        assert_eq!(edits("{}", r#"{"u":undefined}"#).as_deref(), Some(r#"[[["u"]]]"#));
        // keys that need escaping, in paths and in matching
        assert_eq!(
            edits(r#"{"a\"b":{"\n":2}}"#, r#"{"a\"b":{"\n":"2"}}"#).as_deref(),
            Some(r#"[[["a\"b","\n"],2]]"#)
        );
        // the root itself differs: no edits, the value goes whole
        assert_eq!(edits(r#"{"a":1}"#, r#"{"b":1}"#), None);
        assert_eq!(edits(r#"{"a":1}"#, r#"{"a":1,"b":!f}"#), None);
        assert_eq!(edits(r#"{"a":1}"#, r#"{"a":1}x"#), None);
    }

    #[test]
    fn needs_escape_agrees_with_the_writer() {
        // every position in strings long enough for several eight-byte chunks, and a false alarm
        // (0xa2 is not special, but can trip the eight-byte test) before a real one
        for len in 0..40 {
            for at in 0..len {
                for b in [b'"', b'\\', 0x01, b'a', 0xa2] {
                    let mut v = vec![b'x'; len];
                    v[at] = b;
                    let s = String::from_utf8_lossy(&v).into_owned();
                    let mut w = String::new();
                    write_json_str(&s, &mut w);
                    assert_eq!(needs_escape(s.as_bytes()), w.len() != s.len() + 2, "{s:?}");
                }
            }
        }
        assert!(needs_escape("가나다라마바사아자차카타파하\"".as_bytes()));
    }

    #[test]
    fn the_eight_byte_scan_finds_every_quote_backslash_and_control_byte() {
        let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        // one byte of each value at each position among harmless bytes (ASCII and UTF-8 lead)
        for fill in [b'a', 0xea] {
            for b in 0..=255u8 {
                for pos in 0..8 {
                    let mut w = [fill; 8];
                    w[pos] = b;
                    assert_eq!(has_special(u64::from_le_bytes(w)), special(b), "byte {b:#x} at {pos}");
                }
            }
        }
        // random words: never a miss (a false alarm only costs the byte loop)
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if x.to_le_bytes().iter().any(|&b| special(b)) {
                assert!(has_special(x), "{x:#x}");
            }
        }
    }

    #[test]
    fn round_trips_plain_json_in_key_order() {
        let src = r#"{"b":1,"a":[true,false,null,"x\"y\n"],"c":{"d":-2.5}}"#;
        assert_eq!(parse(src).unwrap().to_json(), src);
    }

    #[test]
    fn reads_the_walker_tokens() {
        let v = parse(r#"[undefined,NaN,Infinity,-Infinity,!f,!s,!d,!c,!D,!e,!b"12",!o"Map",!l5000000]"#).unwrap();
        let Value::Arr(a) = v else { panic!() };
        assert_eq!(a[0], Value::Undefined);
        assert_eq!(a[1], Value::Odd(Odd::NaN));
        assert_eq!(a[10], Value::Odd(Odd::BigInt("12".into())));
        assert_eq!(a[11], Value::Odd(Odd::Instance("Map".into())));
        assert_eq!(a[12], Value::Odd(Odd::LongString(5_000_000)));
    }

    #[test]
    fn keeps_number_text_and_reads_big_integers() {
        let v = parse("[1e21, 9007199254740993, 0.1, -0]").unwrap();
        assert_eq!(v.to_json(), "[1e21,9007199254740993,0.1,0]");
        let Value::Arr(a) = v else { panic!() };
        assert_eq!(a[0].as_num().unwrap().as_int(), None);
        assert_eq!(a[2].as_num().unwrap().v, 0.1);
    }

    #[test]
    fn deep_nesting_is_cut_not_recursed() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let v = parse(&deep).unwrap();
        let mut d = 0;
        let mut cur = &v;
        while let Value::Arr(a) = cur {
            d += 1;
            cur = &a[0];
        }
        assert_eq!(d, MAX_DEPTH);
        assert_eq!(*cur, Value::Odd(Odd::TooDeep));
    }

    #[test]
    fn a_large_object_is_indexed_and_reads_like_json_parse() {
        // 5,000 keys, a duplicate of an early one at the end: JSON.parse keeps the first place
        // and the last value
        let entries: Vec<String> = (0..5000).map(|i| format!("\"k{i}\":{i}")).collect();
        let text = ["{", &entries.join(","), ",\"k7\":\"last\"}"].concat();
        let Value::Obj(mut m) = parse(&text).unwrap() else {
            panic!()
        };
        assert_eq!(m.len(), 5000);
        assert_eq!(m.entries()[7].0, "k7");
        assert_eq!(m.get("k7"), Some(&Value::str("last")));
        for i in (0..5000).step_by(97) {
            assert_eq!(
                m.get(&format!("k{i}")).and_then(Value::as_num).map(|n| n.v),
                (i != 7).then_some(i as f64)
            );
        }
        assert_eq!(m.get("k5000"), None);
        assert_eq!(m.get(""), None);
        // set, remove and retain keep the index right
        m.set("new", Value::Null);
        m.set("k10", Value::Bool(true));
        assert_eq!(m.get("new"), Some(&Value::Null));
        assert_eq!(m.get("k10"), Some(&Value::Bool(true)));
        assert_eq!(m.remove("k11").and_then(|v| v.as_num().map(|n| n.v)), Some(11.0));
        assert_eq!(m.get("k11"), None);
        assert_eq!(m.get("k12").and_then(Value::as_num).map(|n| n.v), Some(12.0));
        m.retain(|k, _| k.len() < 4);
        assert_eq!(m.len(), 100); // k0..k99 but k11, then new
        assert_eq!(m.get("k99").and_then(Value::as_num).map(|n| n.v), Some(99.0));
        assert_eq!(m.get("k100"), None);
        assert_eq!(m.get("new"), Some(&Value::Null));
        // the text form of a map keeps the caller's order
        assert!(m.clone() == m);
        assert!(Value::Obj(m).to_json().starts_with("{\"k0\":0,\"k1\":1,"));
    }

    #[test]
    fn reads_the_walker_budget_tokens() {
        // `!k`: an object over the key budget; `!B`: the walk stopped (value or entry position);
        // `!K`: a key over the length budget, sent cut and without its value
        let v = parse(r#"{"a":!k20000,"b":[1,!B],"c":{"x":1,!B},"d":{!K"kkkk","y":2}}"#).unwrap();
        let m = v.as_obj().unwrap();
        assert_eq!(m.get("a"), Some(&Value::Odd(Odd::TooManyKeys(20000))));
        assert_eq!(
            m.get("b"),
            Some(&Value::Arr(vec![Value::int(1), Value::Odd(Odd::OverBudget)]))
        );
        let c = m.get("c").and_then(Value::as_obj).unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(
            c.odd_keys(),
            vec![OddKey {
                kind: OddKeyKind::OverBudget,
                shown: String::new()
            }]
        );
        let d = m.get("d").and_then(Value::as_obj).unwrap();
        assert_eq!(d.entries().len(), 1);
        assert_eq!(
            d.odd_keys(),
            vec![OddKey {
                kind: OddKeyKind::TooLong,
                shown: "kkkk…".into()
            }]
        );
        for bad in [r#"{!B,"a":1}"#, r#"{!K}"#, r#"[!k]"#, r#"{"a":1,!B"#] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn plain_json_over_the_key_budgets_reads_as_the_walker_would_send_it() {
        // a key over MAX_KEY_CHARS characters (not bytes: 256 Hangul are 768 bytes and fit)
        let long = "가".repeat(MAX_KEY_CHARS + 1);
        let fits = "가".repeat(MAX_KEY_CHARS);
        let v = parse(&format!(r#"{{"{long}":1,"{fits}":2}}"#)).unwrap();
        let m = v.as_obj().unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m.get(&fits), Some(&Value::int(2)));
        assert_eq!(m.odd_keys()[0].kind, OddKeyKind::TooLong);
        assert_eq!(m.odd_keys()[0].shown, "가".repeat(SHOWN_KEY_CHARS) + "…");
        // an object over MAX_KEYS keys
        let entries: Vec<String> = (0..=MAX_KEYS).map(|i| format!("\"{i}\":0")).collect();
        let text = ["[{", &entries.join(","), "}]"].concat();
        assert_eq!(
            parse(&text).unwrap(),
            Value::Arr(vec![Value::Odd(Odd::TooManyKeys(MAX_KEYS as u64 + 1))])
        );
    }

    #[test]
    fn a_lone_surrogate_is_never_text() {
        // in a value: the value is not Unicode (the PG would get U+FFFD); pairs are fine
        for lone in [
            r#""x\ud800y""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            r#""\ud800""#,
            r#""\udbff\ud800""#,
        ] {
            assert_eq!(parse(lone), Ok(Value::Odd(Odd::NotUnicode)), "{lone}");
        }
        assert_eq!(parse(r#""\ud83d\ude00\u00e9""#), Ok(Value::str("😀é")));
        // in keys: left out of the entries and kept as the text wrote them, so two keys that
        // differ only in their lone surrogate never merge into one entry
        let v = parse(r#"{"k\ud800":1,"k\udc00":2,"k":3}"#).unwrap();
        let m = v.as_obj().unwrap();
        assert_eq!(m.entries(), &[(String::from("k"), Value::int(3))]);
        let shown: Vec<_> = m.odd_keys().iter().map(|k| (k.kind, k.shown.as_str())).collect();
        assert_eq!(
            shown,
            [
                (OddKeyKind::NotUnicode, r"k\ud800"),
                (OddKeyKind::NotUnicode, r"k\udc00")
            ]
        );
        // the next string read is judged on its own
        assert_eq!(
            parse(r#"["\ud800","ok"]"#),
            Ok(Value::Arr(vec![Value::Odd(Odd::NotUnicode), Value::str("ok")]))
        );
    }

    #[test]
    fn the_walker_holds_the_same_budgets() {
        let walker = include_str!("../../js/walk.js");
        for (name, v) in [
            ("MAX_KEYS", MAX_KEYS),
            ("MAX_KEY", MAX_KEY_CHARS),
            ("SHOWN_KEY", SHOWN_KEY_CHARS),
            ("MAX_NODES", MAX_NODES),
            ("MAX_TEXT", MAX_TEXT_BYTES),
        ] {
            assert!(
                walker.contains(&format!("const {name} = {v};")),
                "js/walk.js: {name} is not {v}"
            );
        }
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "\"\\x\"", "01x", "!q", "tru", "[1] 2"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn undefined_is_dropped_from_objects_when_written() {
        let v = parse(r#"{"a":undefined,"b":[undefined]}"#).unwrap();
        assert_eq!(v.to_json(), r#"{"b":[null]}"#);
    }

    #[test]
    fn control_characters_are_escaped() {
        let mut s = String::new();
        write_json_str("a\u{1}b", &mut s);
        assert_eq!(s, "\"a\\u0001b\"");
    }
}
