// Reads any JavaScript value into the text form the Rust core parses (JSON plus a few tokens for
// what JSON cannot say). It never throws and never recurses past MAX_DEPTH, whatever it is given:
// cycles, throwing getters, Proxies, huge strings and sparse arrays all become tokens the core
// reports as issues. Values are copied into the text; nothing is logged.
// The same walk also builds a plain copy of the value (objects, arrays and primitives as read, in
// the order written; `takeCopy`). A check's answer is that copy with the core's edits applied —
// the parts normalizing changed (`answerWithCopy`) — so the whole value never has to cross back
// as JSON text to be decoded and parsed.
const MAX_DEPTH = 40;
const MAX_LEN = 1000000;
// The budgets of one call (issue #20; the same numbers as src/core/value.rs, which documents
// them): keys per object, key length (a longer key is sent as its first SHOWN_KEY characters
// only), values read — each object, array, string, number… every time it is reached, so a value
// shared by many references costs each of them — and bytes of text written. Past the last two
// the walk stops where it is (`!B`) and every open object and array closes at once.
const MAX_KEYS = 10000;
const MAX_KEY = 256;
const SHOWN_KEY = 32;
const MAX_NODES = 20000;
const MAX_TEXT = 2000000;
// How deep getters may call back into the module while a value is read (each nested call shares
// the outer call's budgets); deeper calls read nothing.
const MAX_NESTED = 4;
const toStr = Object.prototype.toString;
const isEnumerable = Object.prototype.propertyIsEnumerable;

// The text is written straight into a reused byte buffer as UTF-8 (what the core reads), so no
// intermediate string is built and the wasm glue only copies bytes. A getter that calls back into
// the module while a value is being read gets a buffer of its own.
let buf = new Uint8Array(1024);
let n = 0;
let busy = false;
// The copy the last `encode` built (handed out once by `takeCopy`; a nested call's is replaced
// by the outer call's when that one ends).
let copy;
// The budgets spent in the current outermost call: values read, bytes written by nested calls
// that ended (the current call's own bytes are `n`), and whether the walk has stopped.
let nodes = 0;
let spent = 0;
let stop = false;
let nesting = 0;

// The request (or `configure` defaults) as UTF-8 text.
export function encode(value) {
  return run(value, undefined);
}

// The plain copy the last `encode` built; `undefined` after the first take.
export function takeCopy() {
  const c = copy;
  copy = undefined;
  return c;
}

// A check's answer whose value is the walker's copy with `edits` applied (JSON text of
// `[path, value]` pairs that set and `[path]` ones that delete, or undefined for none); `issues`
// is the JSON text of the issue list, or undefined when there is none.
export function answerWithCopy(value, edits, issues) {
  // total, like everything the module calls here on each check: `undefined` instead of a throw
  // (the module then sends the whole answer as JSON)
  try {
    return withEdits(value, edits, issues);
  } catch (_) {
    return undefined;
  }
}

function withEdits(value, edits, issues) {
  if (edits !== undefined) {
    for (const edit of JSON.parse(edits)) {
      const path = edit[0];
      let o = value;
      for (let i = 0; i < path.length - 1; i++) o = o[path[i]];
      const k = path[path.length - 1];
      if (edit.length === 1) delete o[k];
      // an own data property even for "__proto__", as JSON.parse makes it
      else if (k === "__proto__") Object.defineProperty(o, k, { value: edit[1], writable: true, enumerable: true, configurable: true });
      else o[k] = edit[1];
    }
  }
  return { ok: true, value, issues: issues === undefined ? [] : JSON.parse(issues) };
}

// Options of a call: the same, without the top-level `sdk` key (the SDK object of the v2
// request* functions, which is not data).
export function encodeOptions(value) {
  return run(value, "sdk");
}

// Whatever happens while reading — a trap, a getter, running out of memory — the text is
// whole: anything thrown that the reads below did not already turn into a token (which they all
// should) makes the value one `!e` (unreadable) token. Nothing thrown here may reach the wasm
// caller: an exception unwinding through wasm frames leaks the module's stack.
function run(value, skipTopKey) {
  try {
    return read(value, skipTopKey);
  } catch (_) {
    // not reached (read catches what the value throws); kept so that nothing, not even a
    // failed allocation, can escape into the module
    copy = undefined;
    return new Uint8Array([0x21, 0x65]); // !e
  }
}

function read(value, skipTopKey) {
  if (nesting >= MAX_NESTED) {
    copy = undefined;
    return new Uint8Array([0x21, 0x65]); // !e
  }
  const outer = busy ? buf : null;
  const outerN = n;
  const outerStop = stop;
  if (outer !== null) buf = new Uint8Array(256);
  else {
    nodes = 0;
    spent = 0;
  }
  busy = true;
  nesting++;
  n = 0;
  stop = false;
  try {
    try {
      copy = walk(value, 0, [], skipTopKey);
    } catch (_) {
      n = 0;
      ascii("!e");
      copy = undefined;
    }
    return buf.subarray(0, n);
  } finally {
    nesting--;
    if (outer !== null) {
      spent += n;
      buf = outer;
      n = outerN;
      stop = outerStop;
    } else {
      busy = false;
      if (buf.length > 1 << 20) buf = new Uint8Array(1024);
    }
  }
}

function ensure(extra) {
  if (n + extra <= buf.length) return;
  let size = buf.length * 2;
  while (size < n + extra) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.subarray(0, n));
  buf = next;
}

// ASCII text (tokens, number digits).
function ascii(s) {
  ensure(s.length);
  for (let i = 0; i < s.length; i++) buf[n++] = s.charCodeAt(i);
}

// Any text as UTF-8, as TextEncoder writes it (a lone surrogate becomes U+FFFD; the texts given
// here come from JSON.stringify, which escapes lone surrogates, so there are none).
function utf8(s) {
  ensure(s.length * 3);
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[n++] = c;
    } else if (c < 0x800) {
      buf[n++] = 0xc0 | (c >> 6);
      buf[n++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          i++;
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[n++] = 0xf0 | (c >> 18);
          buf[n++] = 0x80 | ((c >> 12) & 63);
          buf[n++] = 0x80 | ((c >> 6) & 63);
          buf[n++] = 0x80 | (c & 63);
          continue;
        }
        c = 0xfffd;
      }
      buf[n++] = 0xe0 | (c >> 12);
      buf[n++] = 0x80 | ((c >> 6) & 63);
      buf[n++] = 0x80 | (c & 63);
    }
  }
}

// A string as a JSON literal. JSON.stringify only when some character needs escaping (quote,
// backslash, control character, or a surrogate, which it writes as `\u` when lone).
function quote(s) {
  ensure(s.length * 3 + 2);
  // locals, not the module's `buf` / `n`, inside the loop: V8 keeps them in registers
  const b = buf;
  const start = n;
  let j = start;
  b[j++] = 0x22;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) {
        utf8(JSON.stringify(s));
        return;
      }
      b[j++] = c;
    } else if (c < 0x800) {
      b[j++] = 0xc0 | (c >> 6);
      b[j++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      utf8(JSON.stringify(s));
      return;
    } else {
      b[j++] = 0xe0 | (c >> 12);
      b[j++] = 0x80 | ((c >> 6) & 63);
      b[j++] = 0x80 | (c & 63);
    }
  }
  b[j++] = 0x22;
  n = j;
}

// The budget of values or text ran out here: `!B`, and the walk stops.
function over() {
  ascii("!B");
  stop = true;
}

function walk(v, depth, ancestors, skipTopKey) {
  if (++nodes > MAX_NODES) return over();
  switch (typeof v) {
    case "string":
      if (v.length > MAX_LEN) ascii("!l" + v.length);
      else if (spent + n + v.length + 2 > MAX_TEXT) return over();
      else {
        const at = n;
        quote(v);
        if (spent + n > MAX_TEXT) {
          n = at;
          return over();
        }
      }
      return v;
    case "number":
      if (v !== v) ascii("NaN");
      else if (v === Infinity) ascii("Infinity");
      else if (v === -Infinity) ascii("-Infinity");
      else if (v === 0) {
        ascii("0");
        return 0; // -0 is written as 0
      } else ascii(String(v));
      return v;
    case "boolean":
      ascii(v ? "true" : "false");
      return v;
    case "undefined":
      ascii("undefined");
      return;
    case "bigint":
      // String(), not v.toString(): a replaced BigInt.prototype.toString is not called
      ascii('!b"' + String(v) + '"');
      return;
    case "symbol":
      ascii("!s");
      return;
    case "function":
      ascii("!f");
      return;
  }
  // Tokens below make the text differ from anything the core writes back, so their copies
  // (undefined) are never used.
  if (v === null) {
    ascii("null");
    return null;
  }
  if (depth >= MAX_DEPTH) {
    ascii("!D");
    return;
  }
  if (ancestors.indexOf(v) !== -1) {
    ascii("!c");
    return;
  }
  let isArray, tag, keys, length, symbols;
  try {
    isArray = Array.isArray(v);
    if (isArray) {
      // a Proxy's `length` can be anything: a Symbol or an object whose valueOf throws must
      // not be compared outside this `try`, so anything but a whole number is unreadable
      length = v.length;
      if (typeof length !== "number" || !(length >= 0 && length <= 4294967295) || length % 1 !== 0) throw 0;
    } else {
      tag = toStr.call(v);
      if (tag === "[object Object]" || tag === "[object Arguments]") {
        keys = Object.keys(v);
        // Symbol keys cannot travel as JSON; they are counted so the core reports them
        const own = Object.getOwnPropertySymbols(v);
        // (past the key budget they are not looked at one by one: the object is not read)
        symbols = own.length === 0 ? 0 : own.length > MAX_KEYS ? own.length : own.filter((s) => isEnumerable.call(v, s)).length;
      }
      if (keys !== undefined && depth === 0 && skipTopKey !== undefined) {
        keys = keys.filter((k) => k !== skipTopKey);
      }
    }
  } catch (_) {
    ascii("!e");
    return;
  }
  if (!isArray && keys === undefined) {
    if (tag === "[object Date]") ascii("!d");
    else utf8("!o" + JSON.stringify(tag.slice(8, -1)));
    return;
  }
  const size = isArray ? length : keys.length;
  if (isArray && length > MAX_LEN) {
    ascii("!l" + length);
    return;
  }
  if (!isArray && size + symbols > MAX_KEYS) {
    ascii("!k" + (size + symbols));
    return;
  }
  // more items than values left to read: stop here rather than read them and stop later
  if (size > MAX_NODES - nodes) return over();
  ancestors.push(v);
  ensure(1);
  let out;
  if (isArray) {
    out = [];
    buf[n++] = 0x5b;
    for (let i = 0; i < length; i++) {
      if (i > 0) {
        ensure(1);
        buf[n++] = 0x2c;
      }
      out.push(child(v, i, depth, ancestors));
      if (stop) break;
    }
    ensure(1);
    buf[n++] = 0x5d;
  } else {
    out = {};
    buf[n++] = 0x7b;
    if (symbols > 0) ascii("!y" + symbols + (keys.length > 0 ? "," : ""));
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (i > 0) {
        ensure(1);
        buf[n++] = 0x2c;
      }
      if (k.length > MAX_KEY) {
        // not copied: its first characters (a surrogate pair kept whole), and no value
        const cut = (k.charCodeAt(SHOWN_KEY - 1) & 0xfc00) === 0xd800 ? SHOWN_KEY - 1 : SHOWN_KEY;
        ascii("!K");
        quote(k.slice(0, cut));
        continue;
      }
      if (spent + n + k.length + 3 > MAX_TEXT) {
        over();
        break;
      }
      quote(k);
      ensure(1);
      buf[n++] = 0x3a;
      const c = child(v, k, depth, ancestors);
      // an own data property even for "__proto__", as JSON.parse makes it
      if (k === "__proto__") Object.defineProperty(out, k, { value: c, writable: true, enumerable: true, configurable: true });
      else out[k] = c;
      if (stop) break;
    }
    ensure(1);
    buf[n++] = 0x7d;
  }
  ancestors.pop();
  return out;
}

function child(v, k, depth, ancestors) {
  let c;
  try {
    c = v[k];
  } catch (_) {
    ascii("!e");
    return;
  }
  return walk(c, depth + 1, ancestors, undefined);
}

// Whether this looks like a mobile browser (used when options.isMobile is not given).
export function detectMobile() {
  try {
    const ua = globalThis.navigator && globalThis.navigator.userAgent;
    if (typeof ua !== "string") return undefined;
    return /Mobi|Android|iPhone|iPad|iPod/i.test(ua);
  } catch (_) {
    return undefined;
  }
}
