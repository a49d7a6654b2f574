// The same app built against the package's Korean-only entry, `portone-guard/ko` (resolved through
// the package's exports map, as an app importing it by name would be): scripts/test.sh builds it
// into dist-ko with `vite build --config vite.ko.config.js`.
export default {
  resolve: { alias: [{ find: /^portone-guard$/, replacement: "portone-guard/ko" }] },
  build: { outDir: "dist-ko" },
};
