// The demo page: pick an API and a PG, edit the request as a form or as JSON (kept in sync), see
// issues next to their fields as you type, the normalized request and what normalization changed,
// the v1 → v2 conversion, a CARDQUOTA builder, and pay through stand-in SDKs (or the real ones).
// The fourth mode, 본인인증, checks and sends identity verifications: v1 IMP.certification or v2
// requestIdentityVerification (picked beside it), answered by the same stand-ins.
import init, {
  checkRequestPay, checkPayment, checkIssueBillingKey, requestPay, requestPayment, requestIssueBillingKey,
  toV2, gateways, cardQuotaCompanies, parseCardQuota, formatCardQuota, PortoneGuardError,
  checkCertification, checkIdentityVerification, requestCertification, requestIdentityVerification,
} from "./pkg/index.js";

const $ = (id) => document.getElementById(id);

const TEXT = {
  ko: {
    tagline: "PortOne 결제 요청을 PG사 규칙으로 SDK 호출 전에 검사합니다",
    pg: "PG", lang: "언어", mobile: "모바일", form: "요청 편집", json: "요청 JSON", pay: "결제하기",
    realSdk: "실제 PortOne SDK 사용 (CDN, 테스트 채널 필요)", realSdkHint: "온라인에서 테스트 채널로만 사용하세요.",
    result: "검사 결과", normalized: "정규화된 요청", convert: "v1 → v2 변환", cardquota: "할부 설정 빌더 (키움페이)",
    cqCards: "카드사", cqMonths: "할부 개월 (0 = 일시불)", cqApply: "요청에 넣기",
    ok: (w) => `통과 · 경고 ${w}건`, bad: (e, w) => `오류 ${e}건 · 경고 ${w}건`,
    jsonError: "JSON 구문 오류: ", notSent: "(오류가 있어 SDK를 호출하지 않습니다)", noChanges: "정규화로 바뀐 값이 없습니다.",
    changed: "변경", added: "추가", removed: "제거", v1Only: "v1 request_pay 요청에서만 변환합니다.",
    paying: "결제창을 여는 중…", paid: "결제 응답을 받았습니다", failed: "결제 실패", blocked: "요청이 차단되었습니다",
    cqEmpty: "카드사와 개월을 고르거나 문자열을 붙여 넣으세요.", cqOk: "올바른 CARDQUOTA", loaded: "실제 SDK를 불러왔습니다.",
    loadFailed: "SDK를 불러오지 못했습니다 (오프라인?)",
    idvMode: "본인인증", verify: "본인인증하기", verifying: "본인인증창을 여는 중…", verified: "본인인증 응답을 받았습니다", verifyFailed: "본인인증 실패",
    stale: "이전 결과 (JSON을 고치면 다시 검사합니다)", payNeedsJson: "JSON 구문 오류를 고쳐야 결제할 수 있습니다.",
    timedOut: "결제창이 시간 안에 응답하지 않았습니다 (timeoutMs). 같은 주문으로 다시 결제할 수 있습니다.",
    mobileAuto: "자동 판별", mobileSet: "직접 지정",
    hintTitle: "처음 오셨나요?", hintText: "많은 쇼핑몰이 보내는 잘못된 요청을 하나 불러와 보세요: amount가 숫자가 아니라 문자열 \"1004\"이고, buyer_email의 철자가 틀렸습니다. 문제가 해당 필드 옆에 나타납니다. 폼에서 고치면 사라집니다.",
    hintTry: "잘못된 요청 불러오기", hintClose: "닫기",
  },
  en: {
    tagline: "Checks PortOne payment requests against each PG's rules before the SDK is called",
    pg: "PG", lang: "Language", mobile: "Mobile", form: "Edit the request", json: "Request JSON", pay: "Pay",
    realSdk: "Use the real PortOne SDK (CDN, needs a test channel)", realSdkHint: "Online only, with a test channel.",
    result: "Check result", normalized: "Normalized request", convert: "v1 → v2 conversion", cardquota: "Installment builder (Kiwoom Pay)",
    cqCards: "Card companies", cqMonths: "Months (0 = lump sum)", cqApply: "Put in request",
    ok: (w) => `OK · ${w} warning(s)`, bad: (e, w) => `${e} error(s) · ${w} warning(s)`,
    jsonError: "JSON syntax error: ", notSent: "(errors: the SDK would not be called)", noChanges: "Normalization changed nothing.",
    changed: "changed", added: "added", removed: "removed", v1Only: "Only v1 request_pay requests are converted.",
    paying: "Opening the payment window…", paid: "Payment response received", failed: "Payment failed", blocked: "Request blocked",
    cqEmpty: "Pick card companies and months, or paste a string.", cqOk: "Valid CARDQUOTA", loaded: "Real SDK loaded.",
    loadFailed: "Could not load the SDK (offline?)",
    idvMode: "Identity", verify: "Verify identity", verifying: "Opening the verification window…", verified: "Verification response received", verifyFailed: "Verification failed",
    stale: "Stale result (fix the JSON to check again)", payNeedsJson: "Fix the JSON syntax error to pay.",
    timedOut: "The payment window did not answer in time (timeoutMs). You can pay for the same order again.",
    mobileAuto: "detected", mobileSet: "set by you",
    hintTitle: "First time here?", hintText: "Load a broken request, the kind many shops send: its amount is the string \"1004\" instead of a number, and buyer_email is misspelt. The problems appear beside their fields; fix them in the form and they go.",
    hintTry: "Load the broken request", hintClose: "Dismiss",
  },
};

const STORE = "store-00000000-0000-0000-0000-000000000000";
const CHANNEL = "channel-key-00000000-0000-0000-0000-000000000000";
// The sample requests, in the page's language (a pristine sample follows a language switch).
const WORDS = {
  ko: { order: "당근 10kg", buyer: "홍길동", subscription: "정기 구독" },
  en: { order: "Carrots 10kg", buyer: "Gildong Hong", subscription: "Monthly subscription" },
};
const customer = (w) => ({ fullName: w.buyer, phoneNumber: "010-1234-5678", email: "buyer@example.com" });
const SAMPLES = {
  v1: (w = WORDS.ko) => ({
    channelKey: CHANNEL, pay_method: "card", merchant_uid: "order_no_0001", name: w.order, amount: 1004,
    buyer_name: w.buyer, buyer_tel: "010-1234-5678", buyer_email: "buyer@example.com",
  }),
  v2: (w = WORDS.ko) => ({
    storeId: STORE, channelKey: CHANNEL, paymentId: "payment0001", orderName: w.order, totalAmount: 1004,
    currency: "KRW", payMethod: "CARD", customer: customer(w),
  }),
  billing: (w = WORDS.ko) => ({
    storeId: STORE, channelKey: CHANNEL, billingKeyMethod: "CARD", issueId: "issue0001", issueName: w.subscription,
    customer: { customerId: "customer0001", ...customer(w) },
  }),
  // the phone guide's example (v1) and the v2 guide's, with Danal's fixed phone number
  cert: () => ({
    channelKey: CHANNEL, merchant_uid: "ORD20180131-0000011", m_redirect_url: "https://www.myservice.com/payments/complete/mobile",
    popup: true, min_age: 19, carrier: "KTF",
  }),
  idv: (w = WORDS.ko) => ({
    storeId: STORE, channelKey: CHANNEL, identityVerificationId: "identityverification0001",
    customer: { fullName: w.buyer, phoneNumber: "01012345678" },
  }),
};
// the identity-verification mode's two calls
const IDENTITY = ["cert", "idv"];
// every v2 payMethod the SDK's type has, for a PG whose guide does not narrow the list
const PAY_METHODS = ["CARD", "VIRTUAL_ACCOUNT", "TRANSFER", "MOBILE", "GIFT_CERTIFICATE", "EASY_PAY", "PAYPAL", "ALIPAY", "CONVENIENCE_STORE", "ALIPAY_PLUS"];
// how long a request* call waits for the SDK (?timeoutMs=… to try a short one)
const TIMEOUT_MS = Number(new URLSearchParams(location.search).get("timeoutMs")) || 120_000;
const HINT_SEEN = "portone-guard-demo-hint-seen";

// The form: main fields per API. `methods` names the gateway list that fills a select.
const FIELDS = {
  v1: [
    { path: "pay_method", methods: (g) => g.v1?.payMethods },
    { path: "merchant_uid" }, { path: "name" }, { path: "amount", number: true },
    { path: "buyer_name" }, { path: "buyer_tel" }, { path: "buyer_email" }, { path: "m_redirect_url" },
  ],
  v2: [
    { path: "payMethod", methods: (g) => g.v2?.payMethods ?? PAY_METHODS },
    { path: "paymentId" }, { path: "orderName" }, { path: "totalAmount", number: true },
    { path: "currency", methods: (g) => g.v2?.currencies ?? ["KRW", "USD", "JPY"] },
    { path: "customer.fullName" }, { path: "customer.phoneNumber" }, { path: "customer.email" }, { path: "redirectUrl" },
  ],
  billing: [
    { path: "billingKeyMethod", methods: (g) => g.v2?.billingKeyMethods ?? ["CARD", "MOBILE", "EASY_PAY", "PAYPAL"] },
    { path: "issueId" }, { path: "issueName" }, { path: "customer.customerId" },
    { path: "customer.fullName" }, { path: "customer.phoneNumber" }, { path: "customer.email" }, { path: "redirectUrl" },
  ],
  cert: [
    { path: "merchant_uid" }, { path: "min_age", number: true },
    { path: "carrier", methods: (g) => (g.certification?.extraKeys.includes("carrier") ? ["SKT", "KTF", "LGT", "MVNO"] : undefined) },
    { path: "name" }, { path: "phone" }, { path: "company" }, { path: "m_redirect_url" },
  ],
  idv: [
    { path: "identityVerificationId" }, { path: "customer.fullName" }, { path: "customer.phoneNumber" },
    { path: "customer.birthYear" }, { path: "customer.birthMonth" }, { path: "customer.birthDay" },
    { path: "redirectUrl" }, { path: "customData" },
  ],
};

await init();
const GATEWAYS = gateways();
// `pristine`: the request is a sample nobody edited (it follows a language switch); `stale`: the
// JSON does not parse, so the result shown is the last good one and Pay is off; `mobileTouched`:
// the Mobile box was set by hand (until then the module reads the user agent, as in a shop).
const state = { api: "v1", request: SAMPLES.v1(), requests: {}, lastResult: null, pristine: true, stale: false, mobileTouched: false };
const locale = () => $("locale").value;
const t = (k) => TEXT[locale()][k];
const gateway = () => GATEWAYS.find((g) => g.id === $("pg").value);
const options = () => {
  const o = { pg: $("pg").value, locale: locale() };
  if (state.mobileTouched) o.isMobile = $("mobile").checked;
  return o;
};
const detectedMobile = /Mobi|Android|iPhone|iPad|iPod/i.test(navigator.userAgent);

// ---- paths ----
const getAt = (obj, path) => path.split(".").reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), obj);
function setAt(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== "object") o[k] = {};
    o = o[k];
  }
  if (value === undefined) delete o[keys.at(-1)];
  else o[keys.at(-1)] = value;
}
function flatten(v, prefix = "", out = new Map()) {
  if (v && typeof v === "object") {
    const entries = Array.isArray(v) ? v.map((x, i) => [`${prefix}[${i}]`, x]) : Object.entries(v).map(([k, x]) => [prefix ? `${prefix}.${k}` : k, x]);
    if (entries.length === 0) out.set(prefix, JSON.stringify(v));
    for (const [p, x] of entries) flatten(x, p, out);
  } else out.set(prefix, JSON.stringify(v));
  return out;
}

// ---- PG and API pickers ----
function fillGateways() {
  const keep = $("pg").value;
  const version = state.api === "v1" ? "v1" : "v2";
  const list = state.api === "cert" ? GATEWAYS.filter((g) => g.certification)
    : state.api === "idv" ? GATEWAYS.filter((g) => g.identityVerification)
    : GATEWAYS.filter((g) => g.versions.includes(version) && (state.api !== "billing" || g.v2.billingKey !== false));
  $("pg").replaceChildren(...list.map((g) => {
    const o = document.createElement("option");
    o.value = g.id;
    o.textContent = `${locale() === "en" ? g.name.en : g.name.ko} (${g.id})`;
    return o;
  }));
  $("pg").value = list.some((g) => g.id === keep) ? keep : IDENTITY.includes(state.api) ? "danal" : "kcp";
  if (!$("pg").value && list[0]) $("pg").value = list[0].id;
}

function setApi(api) {
  // entering the identity mode starts on Danal, the PG with both calls and the most rules
  if (IDENTITY.includes(api) && !IDENTITY.includes(state.api)) $("pg").value = "danal";
  state.requests[state.api] = state.request;
  state.api = api;
  state.request = state.requests[api] ?? SAMPLES[api](WORDS[locale()]);
  for (const b of $("api").querySelectorAll("button")) {
    b.setAttribute("aria-pressed", String(b.dataset.api === api || (b.dataset.api === "idv" && IDENTITY.includes(api))));
  }
  $("api-name").textContent = {
    v1: "IMP.request_pay", v2: "PortOne.requestPayment", billing: "PortOne.requestIssueBillingKey",
    cert: "IMP.certification", idv: "PortOne.requestIdentityVerification",
  }[api];
  $("idv-version-label").classList.toggle("hidden", !IDENTITY.includes(api));
  if (IDENTITY.includes(api)) $("idv-version").value = api;
  $("pay").textContent = t(IDENTITY.includes(api) ? "verify" : "pay");
  $("convert-section").classList.toggle("hidden", api !== "v1");
  fillGateways();
  buildForm();
  writeJson();
  $("pay-result").textContent = "";
  $("pay-response").classList.add("hidden");
  render();
}

// ---- the form ----
function buildForm() {
  const g = gateway();
  const nodes = FIELDS[state.api].map((f) => {
    const wrap = document.createElement("div");
    wrap.className = "field";
    wrap.dataset.path = f.path;
    const label = document.createElement("label");
    const code = document.createElement("code");
    code.textContent = f.path;
    label.append(code);
    const id = "f-" + f.path.replace(/\W/g, "_");
    label.htmlFor = id;
    const methods = f.methods?.(g);
    let input;
    // a list wherever the module knows one (an empty list: the PG takes none, so only "—")
    if (Array.isArray(methods)) {
      input = document.createElement("select");
      input.append(new Option("—", ""), ...methods.map((m) => new Option(m, m)));
    } else {
      input = document.createElement("input");
      input.inputMode = f.number ? "numeric" : "text";
    }
    input.id = id;
    input.name = f.path;
    input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => {
      let v = input.value;
      if (v === "") v = undefined;
      else if (f.number && /^-?\d+(\.\d+)?$/.test(v.trim())) v = Number(v);
      setAt(state.request, f.path, v);
      state.pristine = false;
      writeJson();
      render();
    });
    const issues = document.createElement("ul");
    issues.className = "field-issues";
    wrap.append(label, input, issues);
    return wrap;
  });
  $("fields").replaceChildren(...nodes);
  writeForm();
}

function writeForm() {
  for (const wrap of $("fields").children) {
    const input = wrap.querySelector("input, select");
    if (input === document.activeElement) continue;
    const v = getAt(state.request, wrap.dataset.path);
    const text = v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    if (input.tagName === "SELECT" && text && ![...input.options].some((o) => o.value === text)) input.append(new Option(text, text));
    input.value = text;
  }
}

function writeJson() {
  $("input").value = JSON.stringify(state.request, null, 2);
  $("input").classList.remove("bad");
  $("json-error").textContent = "";
  state.stale = false;
}

$("input").addEventListener("input", () => {
  try {
    const v = JSON.parse($("input").value);
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("{ … }");
    state.request = v;
    state.pristine = false;
    state.stale = false;
    $("input").classList.remove("bad");
    $("json-error").textContent = "";
    writeForm();
    render();
  } catch (e) {
    $("input").classList.add("bad");
    $("json-error").textContent = t("jsonError") + e.message;
    markStale();
  }
});

// The JSON does not parse: what the page shows is the last good request's result, so say so,
// and turn Pay off (it would send that last good request, not what is on screen).
function markStale() {
  state.stale = true;
  for (const id of ["status", "issues", "value", "changes", "convert-status", "convert-issues", "convert-value"]) $(id).classList.add("stale");
  $("status").textContent = t("stale");
  $("status").className = "status stale";
  $("pay").disabled = true;
  $("pay-reason").textContent = t("payNeedsJson");
}

// ---- checking ----
function check() {
  const o = options();
  if (state.api === "v1") return checkRequestPay(state.request, o);
  if (state.api === "v2") return checkPayment(state.request, o);
  if (state.api === "cert") return checkCertification(state.request, o);
  if (state.api === "idv") return checkIdentityVerification(state.request, o);
  return checkIssueBillingKey(state.request, o);
}

// A message is plain text ("amount: must be a number, …"); the page marks its subject, the field's
// path, up as code itself.
function messageNodes(issue) {
  const m = issue.message;
  if (!issue.path || !m.startsWith(issue.path + ": ")) return [m];
  const code = document.createElement("code");
  code.className = "subject";
  code.textContent = issue.path;
  return [code, m.slice(issue.path.length)];
}

function issueItem(issue) {
  const li = document.createElement("li");
  li.className = issue.severity;
  li.dataset.path = issue.path;
  li.dataset.code = issue.code;
  const code = document.createElement("code");
  code.textContent = `${issue.path || "(request)"} · ${issue.code}`;
  li.append(code, document.createElement("br"), ...messageNodes(issue));
  return li;
}

function statusLine(node, result) {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  node.textContent = result.ok ? t("ok")(result.issues.length) : t("bad")(errors, result.issues.length - errors);
  node.className = "status " + (result.ok ? "ok" : "bad");
}

function render() {
  if (state.stale) return markStale();
  for (const id of ["issues", "value", "changes", "convert-status", "convert-issues", "convert-value"]) $(id).classList.remove("stale");
  const result = check();
  state.lastResult = result;
  statusLine($("status"), result);
  $("issues").replaceChildren(...result.issues.map(issueItem));

  // next to the fields: an issue goes to the field whose path is its path or a prefix of it
  const wraps = [...$("fields").children];
  const other = [];
  for (const w of wraps) { w.querySelector(".field-issues").replaceChildren(); w.classList.remove("has-error", "has-warning"); }
  for (const issue of result.issues) {
    const w = wraps.find((x) => issue.path === x.dataset.path || issue.path.startsWith(x.dataset.path + "."));
    if (!w) { other.push(issue); continue; }
    const li = document.createElement("li");
    li.className = issue.severity;
    li.dataset.code = issue.code;
    li.append(...messageNodes(issue));
    w.querySelector(".field-issues").append(li);
    w.classList.add(issue.severity === "error" ? "has-error" : w.classList.contains("has-error") ? "has-error" : "has-warning");
  }
  $("other-issues").replaceChildren(...other.map((i) => {
    const li = document.createElement("li");
    li.className = i.severity;
    li.append(...messageNodes(i));
    return li;
  }));

  // normalized value and what changed
  $("value").textContent = result.ok ? JSON.stringify(result.value, null, 2) : t("notSent");
  const changes = [];
  if (result.ok) {
    const before = flatten(state.request), after = flatten(result.value);
    for (const [p, v] of after) {
      if (!before.has(p)) changes.push([t("added"), p, v]);
      else if (before.get(p) !== v) changes.push([t("changed"), p, `${before.get(p)} → ${v}`]);
    }
    for (const [p, v] of before) if (!after.has(p)) changes.push([t("removed"), p, v]);
  }
  $("changes").replaceChildren(...(result.ok && changes.length === 0
    ? [Object.assign(document.createElement("li"), { textContent: t("noChanges"), className: "muted" })]
    : changes.map(([kind, p, v]) => {
      const li = document.createElement("li");
      const c = document.createElement("code");
      c.textContent = p;
      li.append(`${kind}: `, c, ` ${v}`);
      return li;
    })));
  $("pay").disabled = false;
  $("pay-reason").textContent = "";
  renderConvert();
}

function renderConvert() {
  if (state.api !== "v1") return;
  const r = toV2(state.request, { ...options(), storeId: STORE });
  statusLine($("convert-status"), r);
  $("convert-issues").replaceChildren(...r.issues.map(issueItem));
  $("convert-value").textContent = r.ok ? JSON.stringify(r.value, null, 2) : "";
}

// ---- CARDQUOTA builder ----
const MONTHS = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 18, 24, 36];
function buildCardQuota() {
  const chosen = new Set([...$("cq-cards").querySelectorAll("input:checked")].map((i) => i.value));
  $("cq-cards").replaceChildren(...cardQuotaCompanies().map((c) => {
    const label = document.createElement("label");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", value: c.code, checked: chosen.has(c.code) });
    box.addEventListener("change", fromPicker);
    label.title = c.code;
    label.append(box, locale() === "en" ? c.en : c.ko);
    return label;
  }));
  if ($("cq-months").children.length === 0) {
    $("cq-months").replaceChildren(...MONTHS.map((m) => {
      const label = document.createElement("label");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", value: String(m) });
      box.addEventListener("change", fromPicker);
      label.append(box, String(m));
      return label;
    }));
  }
}
function fromPicker() {
  const cards = [...$("cq-cards").querySelectorAll("input:checked")].map((i) => i.value);
  const months = [...$("cq-months").querySelectorAll("input:checked")].map((i) => Number(i.value));
  if (cards.length && months.length) {
    try {
      $("cq-text").value = formatCardQuota(cards.map((card) => ({ card, months })), { locale: locale() });
    } catch (e) {
      $("cq-text").value = "";
    }
  } else $("cq-text").value = "";
  renderCardQuota();
}
function renderCardQuota() {
  const text = $("cq-text").value.trim();
  if (!text) {
    $("cq-status").textContent = t("cqEmpty");
    $("cq-status").className = "status muted";
    $("cq-issues").replaceChildren();
    $("cq-parsed").textContent = "";
    return;
  }
  const r = parseCardQuota(text, { locale: locale() });
  statusLine($("cq-status"), r);
  if (r.ok) $("cq-status").textContent = `${t("cqOk")} · ${$("cq-status").textContent}`;
  $("cq-issues").replaceChildren(...r.issues.map(issueItem));
  $("cq-parsed").textContent = r.ok ? JSON.stringify(r.value) : "";
}
$("cq-text").addEventListener("input", renderCardQuota);
$("cq-apply").addEventListener("click", () => {
  const text = $("cq-text").value.trim();
  if (!text) return;
  // CARDQUOTA is Kiwoom Pay's (daou, v1 only): switch there so the request is checked against it
  if (state.api !== "v1") setApi("v1");
  if ($("pg").value !== "daou") { $("pg").value = "daou"; buildForm(); }
  state.pristine = false;
  state.request.bypass = { ...(state.request.bypass ?? {}), daou: { ...(state.request.bypass?.daou ?? {}), CARDQUOTA: text } };
  writeJson();
  render();
});

// ---- paying ----
const standInV2 = window.PortOne;
const standInV1 = window.IMP;
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}
$("real-sdk").addEventListener("change", async () => {
  const real = $("real-sdk").checked;
  $("real-sdk-fields").classList.toggle("hidden", !real);
  if (!real) { window.IMP = standInV1; window.PortOne = standInV2; return; }
  try {
    window.IMP = undefined;
    window.PortOne = undefined;
    await Promise.all([loadScript("https://cdn.iamport.kr/v1/iamport.js"), loadScript("https://cdn.portone.io/v2/browser-sdk.js")]);
    $("pay-result").textContent = t("loaded");
  } catch {
    $("pay-result").textContent = t("loadFailed");
    $("real-sdk").checked = false;
    window.IMP = standInV1;
    window.PortOne = standInV2;
  }
});

$("pay").addEventListener("click", async () => {
  if (state.stale) return;
  const out = $("pay-result");
  const pre = $("pay-response");
  const identity = IDENTITY.includes(state.api);
  out.textContent = t(identity ? "verifying" : "paying");
  out.className = "pay-result muted";
  pre.classList.add("hidden");
  const real = $("real-sdk").checked;
  try {
    let rsp;
    if (state.api === "v1" || state.api === "cert") {
      const impCode = real ? $("imp-code").value.trim() || undefined : "imp00000000";
      const send = state.api === "v1" ? requestPay : requestCertification;
      rsp = await send(state.request, { ...options(), impCode, timeoutMs: TIMEOUT_MS });
    } else if (state.api === "idv") {
      rsp = await requestIdentityVerification(state.request, { ...options(), sdk: real ? window.PortOne : standInV2, timeoutMs: TIMEOUT_MS });
    } else {
      const o = { ...options(), sdk: real ? window.PortOne : standInV2, timeoutMs: TIMEOUT_MS };
      rsp = state.api === "v2" ? await requestPayment(state.request, o) : await requestIssueBillingKey(state.request, o);
    }
    const failed = !rsp || rsp.success === false || rsp.code !== undefined;
    out.textContent = identity ? (failed ? t("verifyFailed") : t("verified")) : failed ? t("failed") : t("paid");
    out.className = "pay-result " + (failed ? "bad" : "ok");
    pre.textContent = JSON.stringify(rsp, null, 2);
    pre.classList.remove("hidden");
  } catch (e) {
    out.className = "pay-result bad";
    if (e instanceof PortoneGuardError && e.code === "timeout") {
      out.textContent = t("timedOut");
      pre.classList.add("hidden");
    } else if (e instanceof PortoneGuardError) {
      out.textContent = `${t("blocked")}: ${e.message}`;
      pre.textContent = JSON.stringify(e.issues, null, 2);
      pre.classList.remove("hidden");
    } else out.textContent = String(e);
  }
});

// ---- language and switches ----
function applyLocale() {
  document.documentElement.lang = locale();
  if (state.pristine) {
    state.requests = {};
    state.request = SAMPLES[state.api](WORDS[locale()]);
    if (document.body.dataset.ready) { buildForm(); writeJson(); }
  }
  $("mobile-how").textContent = `(${t(state.mobileTouched ? "mobileSet" : "mobileAuto")})`;
  for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = TEXT[locale()][n.dataset.i18n];
  $("pay").textContent = t(IDENTITY.includes(state.api) ? "verify" : "pay");
  fillGateways();
  buildCardQuota();
  renderCardQuota();
  render();
}
$("locale").addEventListener("change", applyLocale);
$("mobile").checked = detectedMobile;
$("mobile").addEventListener("change", () => {
  state.mobileTouched = true;
  $("mobile-how").textContent = `(${t("mobileSet")})`;
  render();
});

// ---- the first-visit hint: one request to break ----
function brokenRequest() {
  const r = SAMPLES.v1(WORDS[locale()]);
  r.amount = "1004";
  r.buyer_emial = r.buyer_email;
  delete r.buyer_email;
  return r;
}
function closeHint() {
  $("hint").classList.add("hidden");
  try { localStorage.setItem(HINT_SEEN, "1"); } catch { /* private mode */ }
}
let seen = false;
try { seen = localStorage.getItem(HINT_SEEN) === "1"; } catch { /* private mode */ }
$("hint").classList.toggle("hidden", seen);
$("hint-close").addEventListener("click", closeHint);
$("hint-try").addEventListener("click", () => {
  if (state.api !== "v1") setApi("v1");
  $("pg").value = "kcp";
  buildForm();
  state.request = brokenRequest();
  state.pristine = false;
  writeJson();
  writeForm();
  render();
  closeHint();
});
$("pg").addEventListener("change", () => { buildForm(); render(); });
for (const b of $("api").querySelectorAll("button")) {
  // the 본인인증 button opens the call picked beside it (v1 IMP.certification or v2)
  b.addEventListener("click", () => setApi(b.dataset.api === "idv" ? $("idv-version").value : b.dataset.api));
}
$("idv-version").addEventListener("change", () => setApi($("idv-version").value));

applyLocale();
setApi("v1");
document.body.dataset.ready = "true";
