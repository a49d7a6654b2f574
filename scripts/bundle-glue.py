#!/usr/bin/env python3
"""Joins wasm-bindgen's glue (pkg/portone_guard.js) and its JS snippets (js/walk.js, js/error.js)
into the package's single entry module, pkg/index.js.

Why: a browser loading the package as plain ES modules would otherwise fetch index.js, then
portone_guard.js and error.js, then walk.js: three network round trips before the .wasm request can
even start. One file makes it one. Each snippet keeps its own scope (it is wrapped in a function
that returns its exports), so no name can clash with the glue's. Bundlers see the same exports.

Usage: scripts/bundle-glue.py PKG_DIR HEADER_FILE
Fails (exit 1) if the glue has an import this script does not understand, so a wasm-bindgen upgrade
that changes the glue's shape cannot ship a broken package silently.
"""
import re
import sys
from pathlib import Path

pkg = Path(sys.argv[1])
header = Path(sys.argv[2]).read_text(encoding="utf-8")
glue = (pkg / "portone_guard.js").read_text(encoding="utf-8")

# The snippet modules the glue imports, by their path relative to pkg/.
paths = sorted(set(re.findall(r"""from ['"]\./(snippets/[^'"]+\.js)['"]""", glue)))
if not paths:
    sys.exit("bundle-glue: no snippet imports found in portone_guard.js")

scopes = []
var_of = {}
for i, rel in enumerate(paths):
    src = (pkg / rel).read_text(encoding="utf-8")
    if re.search(r"^\s*import\b", src, re.M):
        sys.exit(f"bundle-glue: {rel} imports other modules; not supported")
    names = re.findall(r"^export (?:async )?(?:function\*?|class|const|let) (\w+)", src, re.M)
    body = re.sub(r"^export (?=(?:async )?(?:function|class|const|let) )", "", src, flags=re.M)
    if re.search(r"^\s*export\b", body, re.M):
        sys.exit(f"bundle-glue: {rel} has an export form this script does not handle")
    var = f"__snippet{i}"
    var_of[rel] = var
    scopes.append(
        f"// ---- {rel.split('/js/', 1)[-1]}\n"
        f"const {var} = (() => {{\n{body.rstrip()}\n"
        f"return {{ __proto__: null, {', '.join(names)} }};\n}})();\n"
    )


def named(m):
    return f"const {{ {m.group(1).strip()} }} = {var_of[m.group(2)]};"


def star(m):
    return f"const {m.group(1)} = {var_of[m.group(2)]};"


out = re.sub(r"""^import \{([^}]*)\} from ['"]\./(snippets/[^'"]+)['"];?""", named, glue, flags=re.M)
out = re.sub(r"""^import \* as (\w+) from ['"]\./(snippets/[^'"]+)['"];?""", star, out, flags=re.M)
out = re.sub(r"^/\* @ts-self-types=[^\n]*\*/\n", "", out)
if re.search(r"^\s*import\b", out, re.M):
    sys.exit("bundle-glue: the glue has an import left after rewriting")

error_var = next((v for r, v in var_of.items() if r.endswith("/js/error.js")), None)
if error_var is None:
    sys.exit("bundle-glue: js/error.js snippet not found")

# Misuse guards (issue #19): every exported function first checks that init() has run and that
# its options (configure: its defaults) have the right shape, through js/error.js. A function
# returning a promise (its JSDoc says `@returns {Promise`) rejects instead of throwing: request
# functions never throw synchronously.
KINDS = {
    "checkRequestPay": "check", "checkPayment": "check", "checkIssueBillingKey": "check",
    "checkIssueBillingKeyAndPay": "check", "checkLoadPaymentUI": "check", "checkLoadIssueBillingKeyUI": "check",
    "requestPay": "request", "toV2": "toV2", "parseCardQuota": "locale", "formatCardQuota": "locale",
    "configure": "configure",
}


def guard(m):
    doc, name, params = m.group(1), m.group(2), [p.strip() for p in m.group(3).split(",") if p.strip()]
    promise = "@returns {Promise" in doc
    fail = "return Promise.reject(e);" if promise else "throw e;"
    opt = "defaults" if name == "configure" else ("options" if "options" in params else None)
    kind = KINDS.get(name) or ("v2" if promise else "check")
    g = f"    if (wasm === undefined) {{ const e = {error_var}.notInitialized({name!r}, {opt or 'undefined'}); {fail} }}\n"
    if opt is not None:
        g += f"    {{ const e = {error_var}.badOptions({name!r}, {kind!r}, {opt}); if (e !== undefined) {fail} }}\n"
    return m.group(0) + "\n" + g.rstrip("\n")


out, n = re.subn(r"(/\*\*(?:(?!\*/).)*\*/\n)?export function (\w+)\(([^)]*)\) \{", guard, out, flags=re.S)
if n < 20:
    sys.exit(f"bundle-glue: found only {n} exported functions to guard")
# the single-language entries (pkg/ko, pkg/en) say their misuse messages in their one language
lang = pkg.name if pkg.name in ("ko", "en") else None
if lang:
    out += f"\n{error_var}.setOnlyLocale({lang!r});\n"
tail = f"\nconst {{ PortoneGuardError }} = {error_var};\nexport {{ PortoneGuardError }};\n"

(pkg / "index.js").write_text(header + "\n".join(scopes) + "\n" + out.rstrip() + "\n" + tail, encoding="utf-8")
(pkg / "portone_guard.js").unlink()
for rel in paths:
    (pkg / rel).unlink()
for d in sorted({p for rel in paths for p in (pkg / rel).parents if pkg in p.parents}, reverse=True):
    if d.exists() and not any(d.iterdir()):
        d.rmdir()
