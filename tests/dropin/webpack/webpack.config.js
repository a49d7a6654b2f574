// webpack 5 builds the `--target web` package with no extra config: the package's
// `new URL("portone_guard_bg.wasm", import.meta.url)` becomes an emitted asset on its own.
// (No `experiments.asyncWebAssembly`: the wasm is fetched by the package's init(), not imported.)
import HtmlWebpackPlugin from "html-webpack-plugin";
import { fileURLToPath } from "node:url";

export default {
  entry: "./src/main.js",
  output: { path: fileURLToPath(new URL("dist/", import.meta.url)), clean: true },
  plugins: [new HtmlWebpackPlugin({ template: "./index.html", scriptLoading: "module" })],
};
