// portone-guard entry: the wasm-bindgen module (init, initSync, check*, request*, configure)
// plus the PortoneGuardError class that request* promises reject with.
export * from "./portone_guard.js";
export { default } from "./portone_guard.js";
export { PortoneGuardError } from "./{{SNIPPET_DIR}}/js/error.js";
