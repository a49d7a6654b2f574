// Reads any JavaScript value into the text form the Rust core parses (JSON plus a few tokens for
// what JSON cannot say). It never throws and never recurses past MAX_DEPTH, whatever it is given:
// cycles, throwing getters, Proxies, huge strings and sparse arrays all become tokens the core
// reports as issues. Values are copied into the text; nothing is logged.
const MAX_DEPTH = 40;
const MAX_LEN = 1000000;
const toStr = Object.prototype.toString;
const isEnumerable = Object.prototype.propertyIsEnumerable;

// `skipTopKey` (optional) leaves one key of the top object out (the SDK object in the options
// of the v2 request* functions, which is not data).
export function encode(value, skipTopKey) {
  return walk(value, 0, [], skipTopKey);
}

// A string as a JSON literal: JSON.stringify only when some character needs escaping (quote,
// backslash, control character, or a surrogate, which it writes as `\u` when lone).
function quote(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return '"' + s + '"';
}

// Text is built by concatenation (cheaper than collecting parts and joining them).
function walk(v, depth, ancestors, skipTopKey) {
  switch (typeof v) {
    case "string":
      return v.length > MAX_LEN ? "!l" + v.length : quote(v);
    case "number":
      if (v !== v) return "NaN";
      if (v === Infinity) return "Infinity";
      if (v === -Infinity) return "-Infinity";
      return v === 0 ? "0" : String(v);
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "undefined";
    case "bigint":
      return '!b"' + v.toString() + '"';
    case "symbol":
      return "!s";
    case "function":
      return "!f";
  }
  if (v === null) return "null";
  if (depth >= MAX_DEPTH) return "!D";
  if (ancestors.indexOf(v) !== -1) return "!c";
  let isArray, tag, keys, length, symbols;
  try {
    isArray = Array.isArray(v);
    if (isArray) {
      length = v.length;
    } else {
      tag = toStr.call(v);
      if (tag === "[object Object]" || tag === "[object Arguments]") {
        keys = Object.keys(v);
        // Symbol keys cannot travel as JSON; they are counted so the core reports them
        const own = Object.getOwnPropertySymbols(v);
        symbols = own.length === 0 ? 0 : own.filter((s) => isEnumerable.call(v, s)).length;
      }
      if (keys !== undefined && depth === 0 && skipTopKey !== undefined) {
        keys = keys.filter((k) => k !== skipTopKey);
      }
    }
  } catch (_) {
    return "!e";
  }
  if (!isArray && keys === undefined) {
    return tag === "[object Date]" ? "!d" : "!o" + JSON.stringify(tag.slice(8, -1));
  }
  if (isArray && length > MAX_LEN) return "!l" + length;
  ancestors.push(v);
  let out;
  if (isArray) {
    out = "[";
    for (let i = 0; i < length; i++) {
      if (i > 0) out += ",";
      out += child(v, i, depth, ancestors);
    }
    out += "]";
  } else {
    out = "{";
    if (symbols > 0) out += "!y" + symbols + (keys.length > 0 ? "," : "");
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out += ",";
      out += quote(keys[i]) + ":" + child(v, keys[i], depth, ancestors);
    }
    out += "}";
  }
  ancestors.pop();
  return out;
}

function child(v, k, depth, ancestors) {
  let c;
  try {
    c = v[k];
  } catch (_) {
    return "!e";
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
