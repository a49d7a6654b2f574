// The error type every rejected request* promise carries: a real Error subclass, so callers can
// `instanceof PortoneGuardError` and read `issues` (the same objects check* returns) and `code`
// (the first issue's code).
export class PortoneGuardError extends Error {
  constructor(message, issues, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "PortoneGuardError";
    this.issues = Array.isArray(issues) ? issues : [];
    this.code = this.issues.length > 0 ? this.issues[0].code : undefined;
  }
}

export function makeGuardError(message, issues, cause) {
  return new PortoneGuardError(message, issues, cause);
}

// Passes the v2 SDK's promise on: its value as is (undefined after a redirect, a response with
// `code` when the payment failed); a rejection becomes a PortoneGuardError (code sdk_error) with
// the SDK's error as `cause`.
// `promise` may be anything the SDK returned: a value, a thenable whose `then` throws, a promise
// whose `constructor` getter throws; none of it throws here.
export function relayRejection(promise, message, issues) {
  return resolved(promise).then(
    (response) => response,
    (cause) => {
      throw new PortoneGuardError(message, issues, cause);
    },
  );
}

// Promise.resolve(value), except that what it throws (a promise's throwing `constructor`
// getter) becomes the rejection.
function resolved(value) {
  try {
    return Promise.resolve(value);
  } catch (e) {
    return Promise.reject(e);
  }
}

// Ends `promise` at the latest after `ms` milliseconds (when `ms` is a number; rejecting with
// `timeoutError`), and calls `release` once when it settles either way. Browsers fire timers
// longer than 2^31 − 1 ms at once, so longer waits are capped there.
export function settle(promise, ms, timeoutError, release) {
  let timer;
  let raced = resolved(promise);
  if (typeof ms === "number") {
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(timeoutError), Math.min(ms, 2147483647));
    });
    raced = Promise.race([raced, deadline]);
  }
  return raced.finally(() => {
    if (timer !== undefined) clearTimeout(timer);
    release();
  });
}

// ---- Misuse of the API itself (issue #19), found in JavaScript before the module is called.
// scripts/bundle-glue.py puts a guard at the top of every exported function: before init() each
// one throws (check and format functions) or returns a rejected promise (request functions) a
// PortoneGuardError with code `not_initialized`; a call's `options` (and configure's defaults)
// with a wrong shape is a PortoneGuardError `invalid_value` at its path. Nothing here throws
// anything else: a value whose reading throws (a hostile Proxy) is left to the module's walker.

let onlyLocale;
let defaultLocale = "ko";
const warnedLocales = new Set();

// The single-language builds (portone-guard/ko, /en) answer in their one language.
export function setOnlyLocale(tag) {
  onlyLocale = tag;
}

function localeTag(tag) {
  if (typeof tag !== "string") return undefined;
  const m = /^(ko|en)(?:[-_].*)?$/i.exec(tag);
  return m ? m[1].toLowerCase() : undefined;
}

function say(locale, en, ko) {
  const l = onlyLocale || locale;
  if (l === "en") return en;
  if (l === "ko") return ko;
  return `${en} / ${ko}`;
}

// "이어야" after a final consonant, "여야" after a vowel (문자열이어야, 객체여야).
function copula(word) {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  return last >= 0 && last < 11172 && last % 28 === 0 ? "여야" : "이어야";
}

function guardError(path, code, message) {
  return new PortoneGuardError(message, [{ path, code, severity: "error", message }]);
}

// What `fn` throws or rejects with when it is called before init().
export function notInitialized(fn, options) {
  const locale = localeTag(readKey(options, "locale").value);
  const message = say(
    locale,
    `${fn}: portone-guard is not initialized. Call await init() once before any other function (in Node: await init(), or initSync({ module }) with the .wasm bytes).`,
    `${fn}: portone-guard가 초기화되지 않았습니다. 다른 함수보다 먼저 await init()을 한 번 호출하세요 (Node에서는 await init(), 또는 .wasm 바이트로 initSync({ module })).`,
  );
  return guardError("", "not_initialized", message);
}

function readKey(o, key) {
  if (o === null || (typeof o !== "object" && typeof o !== "function")) return { value: undefined };
  try {
    return { value: o[key] };
  } catch (_) {
    return { unreadable: true };
  }
}

function kindOf(v) {
  if (v === null) return ["null", "null"];
  if (isArray(v)) return ["an array", "배열"];
  switch (typeof v) {
    case "string": return ["a string", "문자열"];
    case "number": return ["a number", "숫자"];
    case "boolean": return ["a boolean", "불리언"];
    case "function": return ["a function", "함수"];
    case "bigint": return ["a BigInt", "BigInt"];
    case "symbol": return ["a Symbol", "Symbol"];
    default: return ["an object", "객체"];
  }
}

function isArray(v) {
  try {
    return Array.isArray(v);
  } catch (_) {
    return false; // a revoked Proxy: the walker reports it
  }
}

// Which keys each kind of options has, and what each must be.
const STRING = ["a string", "문자열"];
const FIELDS = {
  pg: STRING,
  locale: STRING,
  impCode: STRING,
  storeId: STRING,
  channelKey: STRING,
};
const KEYS = {
  check: ["pg", "locale", "isMobile"],
  request: ["pg", "locale", "isMobile", "impCode"],
  v2: ["pg", "locale", "isMobile", "sdk"],
  toV2: ["pg", "locale", "isMobile", "storeId", "channelKey"],
  locale: ["locale"],
  configure: ["impCode", "locale", "channels"],
};
const OBJECT_EXAMPLE = {
  check: '{ pg: "kcp", locale: "en" }',
  request: '{ pg: "kcp", timeoutMs: 60000 }',
  v2: "{ sdk: PortOne, timeoutMs: 60000 }",
  toV2: '{ storeId: "store-…", channelKey: "channel-key-…" }',
  locale: '{ locale: "en" }',
  configure: '{ channels: { "channel-key-…": "kcp" }, locale: "en" }',
};

function keyPath(base, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

// The PortoneGuardError for `value` given as `kind` options to `fn` when its shape is wrong,
// else undefined. Warns once per unknown locale (messages then fall back to the default).
export function badOptions(fn, kind, value) {
  if (value === undefined || (value === null && kind !== "configure")) return undefined;
  const root = kind === "configure" ? "defaults" : "options";
  const locale = localeTag(readKey(value, "locale").value) || defaultLocale;
  const wrong = (path, expected, got) => {
    const [gotEn, gotKo] = kindOf(got);
    return guardError(
      path,
      "invalid_value",
      say(locale, `${path}: must be ${expected[0]}, got ${gotEn} (${fn}).`, `${path}: ${expected[1]}${copula(expected[1])} 하는데 ${gotKo}입니다 (${fn}).`),
    );
  };
  if (value === null || typeof value !== "object" || isArray(value)) {
    const ex = OBJECT_EXAMPLE[kind];
    return wrong(root, [`an object such as ${ex}`, `${ex} 같은 객체`], value);
  }
  for (const key of KEYS[kind]) {
    const r = readKey(value, key);
    if (r.unreadable || r.value === undefined) continue;
    const v = r.value;
    const path = `${root}.${key}`;
    if (key === "isMobile") {
      if (v !== null && typeof v !== "boolean") return wrong(path, ["true, false or null (detect)", "true, false 또는 null(자동 판별)"], v);
    } else if (key === "sdk") {
      if (v === null || (typeof v !== "object" && typeof v !== "function")) {
        return wrong(path, ["the PortOne SDK object (import * as PortOne from \"@portone/browser-sdk/v2\")", "PortOne SDK 객체 (import * as PortOne from \"@portone/browser-sdk/v2\")"], v);
      }
    } else if (key === "channels") {
      if (v === null || typeof v !== "object" || isArray(v)) {
        return wrong(path, ['an object mapping each channel key to its PG, such as { "channel-key-…": "kcp" }', '채널 키마다 PG를 적은 객체 ({ "channel-key-…": "kcp" } 같은)'], v);
      }
      let keys = [];
      try {
        keys = Object.keys(v);
      } catch (_) {
        continue;
      }
      for (const k of keys.slice(0, 10000)) {
        const c = readKey(v, k);
        if (!c.unreadable && typeof c.value !== "string") return wrong(keyPath(path, k), ["a PG name (a string such as \"kcp\")", "PG 이름 문자열 (\"kcp\" 같은)"], c.value);
      }
    } else if (typeof v !== "string") {
      return wrong(path, FIELDS[key], v);
    } else if (key === "locale" && localeTag(v) === undefined && !warnedLocales.has(v) && warnedLocales.size < 100) {
      warnedLocales.add(v);
      try {
        console.warn(`portone-guard: ${path} "${v.slice(0, 16)}" is not a supported language; messages stay in ${defaultLocale === "en" ? "English" : "Korean"}. Use "ko" or "en".`);
      } catch (_) {
        // a console that throws changes nothing
      }
    }
  }
  if (kind === "configure") {
    const l = localeTag(readKey(value, "locale").value);
    if (l !== undefined) defaultLocale = l;
  }
  return undefined;
}
