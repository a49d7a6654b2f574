// portone-guard's entry for Node (the package's "node" export condition; the same file in ko/ and
// en/). The same API as index.js, except that `await init()` with no argument reads the .wasm
// beside this file from disk: Node's fetch cannot load file: URLs.
import { readFile } from "node:fs/promises";
import initFromUrl from "./index.js";

export * from "./index.js";

export default async function init(input) {
  if (input === undefined) {
    input = { module_or_path: await readFile(new URL("./portone_guard_bg.wasm", import.meta.url)) };
  }
  return initFromUrl(input);
}
