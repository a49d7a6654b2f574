// The drop-in app every bundler builds: import the package as an app would, init the wasm, run a
// check and render its result. The browser test reads #out.
import init, { checkRequestPay } from "portone-guard";

await init();
const request = {
  channelKey: "channel-key-demo", pay_method: "card", merchant_uid: "order_no_0001",
  name: "당근 10kg", amount: "1004", buyer_tel: "010-1234-5678",
};
const result = checkRequestPay(request, { pg: "kcp", locale: "en" });
const out = document.getElementById("out");
out.textContent = JSON.stringify({ ok: result.ok, issues: result.issues.map((i) => [i.path, i.code, i.severity]) });
document.body.dataset.ready = "true";
