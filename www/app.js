// The demo page: edit a request as JSON, see issues as you type, pay through the stand-in SDK.
import init, { checkRequestPay, requestPay, PortoneGuardError } from "./pkg/index.js";

const $ = (id) => document.getElementById(id);
const sample = {
  channelKey: "channel-key-demo",
  pay_method: "card",
  merchant_uid: "order_no_0001",
  name: "당근 10kg",
  amount: "1004",
  buyer_name: "홍길동",
  buyer_tel: "010-1234-5678",
  display: { card_quota: [3] },
};

await init();
$("pg").innerHTML = '<option value="kcp">NHN KCP (kcp)</option>';
$("input").value = JSON.stringify(sample, null, 2);

function options() {
  return { pg: $("pg").value, locale: $("locale").value, isMobile: $("mobile").checked };
}

function parseInput() {
  try {
    return { ok: true, value: JSON.parse($("input").value) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}

function render() {
  const input = parseInput();
  const list = $("issues");
  list.replaceChildren();
  if (!input.ok) {
    $("status").textContent = "JSON 구문 오류: " + input.error;
    $("status").className = "status bad";
    $("value").textContent = "";
    return;
  }
  const result = checkRequestPay(input.value, options());
  const errors = result.issues.filter((i) => i.severity === "error").length;
  $("status").textContent = result.ok
    ? `통과 · 경고 ${result.issues.length}건`
    : `오류 ${errors}건 · 경고 ${result.issues.length - errors}건`;
  $("status").className = "status " + (result.ok ? "ok" : "bad");
  for (const issue of result.issues) {
    const li = document.createElement("li");
    li.className = issue.severity;
    li.dataset.path = issue.path;
    const code = document.createElement("code");
    code.textContent = `${issue.path || "(request)"} · ${issue.code}`;
    li.append(code, document.createElement("br"), issue.message);
    list.append(li);
  }
  $("value").textContent = result.ok ? JSON.stringify(result.value, null, 2) : "(오류가 있어 보내지 않습니다)";
}

$("input").addEventListener("input", render);
for (const id of ["pg", "locale", "mobile"]) $(id).addEventListener("change", render);
$("pay").addEventListener("click", async () => {
  const input = parseInput();
  if (!input.ok) return;
  $("pay-result").textContent = "…";
  try {
    const rsp = await requestPay(input.value, options());
    $("pay-result").textContent = JSON.stringify(rsp);
  } catch (e) {
    $("pay-result").textContent = e instanceof PortoneGuardError ? `${e.code}: ${e.message}` : String(e);
  }
});
render();
