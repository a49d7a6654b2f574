// portone-guard: the whole JS side in one module (wasm-bindgen's glue and the package's own
// snippets, joined by scripts/bundle-glue.py so a browser needs one request before the .wasm).
// Exports init (default), initSync, check*, request*, configure, the code tables and the
// PortoneGuardError class that request* promises reject with.
