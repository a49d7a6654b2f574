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
  const out = [];
  const ancestors = [];
  walk(value, 0);
  return out.join("");

  function walk(v, depth) {
    switch (typeof v) {
      case "string":
        out.push(v.length > MAX_LEN ? "!l" + v.length : JSON.stringify(v));
        return;
      case "number":
        if (v !== v) out.push("NaN");
        else if (v === Infinity) out.push("Infinity");
        else if (v === -Infinity) out.push("-Infinity");
        else out.push(v === 0 ? "0" : String(v));
        return;
      case "boolean":
        out.push(v ? "true" : "false");
        return;
      case "undefined":
        out.push("undefined");
        return;
      case "bigint":
        out.push('!b"' + v.toString() + '"');
        return;
      case "symbol":
        out.push("!s");
        return;
      case "function":
        out.push("!f");
        return;
    }
    if (v === null) {
      out.push("null");
      return;
    }
    if (depth >= MAX_DEPTH) {
      out.push("!D");
      return;
    }
    if (ancestors.indexOf(v) !== -1) {
      out.push("!c");
      return;
    }
    let isArray, tag, keys, length, symbols;
    try {
      isArray = Array.isArray(v);
      if (isArray) {
        length = v.length;
      } else {
        tag = toStr.call(v).slice(8, -1);
        if (tag === "Object" || tag === "Arguments") {
          keys = Object.keys(v);
          // Symbol keys cannot travel as JSON; they are counted so the core reports them
          symbols = Object.getOwnPropertySymbols(v).filter((s) => isEnumerable.call(v, s)).length;
        }
        if (keys !== undefined && depth === 0 && skipTopKey !== undefined) {
          keys = keys.filter((k) => k !== skipTopKey);
        }
      }
    } catch (_) {
      out.push("!e");
      return;
    }
    if (!isArray && keys === undefined) {
      out.push(tag === "Date" ? "!d" : "!o" + JSON.stringify(tag));
      return;
    }
    if (isArray && length > MAX_LEN) {
      out.push("!l" + length);
      return;
    }
    ancestors.push(v);
    if (isArray) {
      out.push("[");
      for (let i = 0; i < length; i++) {
        if (i > 0) out.push(",");
        child(v, i, depth);
      }
      out.push("]");
    } else {
      out.push("{");
      if (symbols > 0) out.push("!y" + symbols, keys.length > 0 ? "," : "");
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) out.push(",");
        out.push(JSON.stringify(keys[i]), ":");
        child(v, keys[i], depth);
      }
      out.push("}");
    }
    ancestors.pop();
  }

  function child(v, k, depth) {
    let c;
    try {
      c = v[k];
    } catch (_) {
      out.push("!e");
      return;
    }
    walk(c, depth + 1);
  }
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
