// Issue #19, the demo as a newcomer meets it (www/ in headless Chromium, against pkg/): the
// first-visit hint loads one request to break (its messages: plain text, the page marks the
// subject up as code); broken JSON marks the result stale and turns Pay
// off with the reason; Escape or the ✕ on a stand-in payment window answers like a user cancel
// (and the order can be paid again at once); the page passes timeoutMs (?timeoutMs=… shortens
// it); English mode has no Korean left, stand-in windows included; a phone's user agent is
// detected until the Mobile box is touched; v2 payMethod is a list for every PG; serve.sh says
// what it installs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { serve, launch, watchErrors } from "./helpers.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
let server, browser;
const errors = [];

before(async () => {
  server = await serve(here("../../www"), { "/pkg/": here("../../pkg") });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  assert.deepEqual(errors, []);
});

async function open(query = "", contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  errors.push(...watchErrors(page));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + query);
  await page.waitForSelector("body[data-ready=true]");
  return { page, context };
}
const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

test("first visit: the hint loads a request to break; its issues appear at their fields; it stays dismissed", async () => {
  const { page, context } = await open();
  assert.ok(await page.isVisible("#hint"));
  await page.click("#hint-try");
  await page.locator('#issues li[data-path="amount"][data-code="invalid_type"]').waitFor();
  assert.equal(await page.locator('#issues li[data-path="buyer_emial"][data-code="unknown_field"]').count(), 1);
  assert.match(await page.locator('#issues li[data-path="buyer_emial"]').textContent(), /buyer_email/);
  assert.ok(await page.locator('.field[data-path="amount"] .field-issues li').count() >= 1);
  // messages are plain text; the page marks the subject up as code itself
  const item = page.locator('#issues li[data-path="amount"]');
  assert.equal(await item.locator("code.subject").textContent(), "amount");
  assert.doesNotMatch(await item.textContent(), /`/);
  assert.equal(await page.locator('.field[data-path="amount"] .field-issues li code.subject').first().textContent(), "amount");
  assert.equal(await page.isVisible("#hint"), false);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.isVisible("#hint"), false, "dismissed for good");
  await context.close();
});

test("broken JSON: the result is marked stale and Pay is off with the reason; fixing it brings both back", async () => {
  const { page, context } = await open();
  assert.match(await page.textContent("#status"), /통과/);
  const good = await page.inputValue("#input");
  await page.fill("#input", good.replace("1004", "10 04"));
  await page.locator("#status.stale").waitFor();
  assert.match(await page.textContent("#status"), /이전 결과/);
  assert.ok(await page.isDisabled("#pay"));
  assert.match(await page.textContent("#pay-reason"), /JSON/);
  await page.fill("#input", good);
  await page.waitForFunction(() => !document.querySelector("#pay").disabled);
  assert.match(await page.textContent("#status"), /통과/);
  assert.equal(await page.textContent("#pay-reason"), "");
  await context.close();
});

test("Escape on the v1 stand-in and ✕ on the v2 stand-in answer like a user cancel; the order can be paid again", async () => {
  const { page, context } = await open();
  await page.click("#pay");
  await page.locator("dialog.mock-pay").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("#pay-response:not(.hidden)").waitFor();
  const cancelled = JSON.parse(await page.textContent("#pay-response"));
  assert.equal(cancelled.success, false);
  assert.equal(cancelled.error_code, "F400");
  assert.equal(await page.locator("dialog.mock-pay").count(), 0);
  // not in_flight: the same merchant_uid pays at once
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes('"success": true'));

  await page.click('#api button[data-api="v2"]');
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="close"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes("FAILURE_TYPE_PG"));
  assert.equal(JSON.parse(await page.textContent("#pay-response")).pgCode, "CANCEL");
  await page.click("#pay");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("#pay-result").className.includes("bad") && document.querySelector("#pay-response").textContent.includes("CANCEL"));
  await context.close();
});

test("the demo passes timeoutMs: an unanswered window times out and frees the order", async () => {
  const { page, context } = await open("?timeoutMs=400");
  await page.click("#pay");
  await page.locator("dialog.mock-pay").waitFor();
  await page.waitForFunction(() => /timeoutMs/.test(document.querySelector("#pay-result").textContent), null, { timeout: 5000 });
  await page.keyboard.press("Escape"); // the late answer changes nothing
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes('"success": true'));
  await context.close();
});

test("English mode: no Korean anywhere, the Pay button and the stand-in windows included", async () => {
  const { page, context } = await open();
  await page.selectOption("#locale", "en");
  assert.equal((await page.textContent("#pay")).trim(), "Pay");
  const korean = () => page.evaluate((re) => {
    const hangul = new RegExp(re);
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest("#locale, script, style, .hidden")) continue;
      if (hangul.test(n.textContent)) found.push(n.textContent.trim().slice(0, 60));
    }
    for (const el of document.querySelectorAll("input, textarea")) if (hangul.test(el.value)) found.push(el.id + "=" + el.value.slice(0, 60));
    return found;
  }, HANGUL.source);
  assert.deepEqual(await korean(), []);
  for (const api of ["v1", "v2", "billing"]) {
    await page.click(`#api button[data-api="${api}"]`);
    await page.click("#pay");
    await page.locator("dialog.mock-pay").waitFor();
    assert.doesNotMatch(await page.textContent("dialog.mock-pay"), HANGUL, api);
    assert.deepEqual(await korean(), [], api);
    await page.click('dialog.mock-pay button[data-mock="cancel"]');
    await page.waitForFunction(() => !document.querySelector("dialog.mock-pay"));
    await page.locator("#pay-response:not(.hidden)").waitFor();
    assert.doesNotMatch(await page.textContent("#pay-response"), HANGUL, api);
    assert.doesNotMatch(await page.textContent("#pay-result"), HANGUL, api);
  }
  await context.close();
});

test("a phone's user agent is detected until the Mobile box is touched", async () => {
  const ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
  const { page, context } = await open("", { userAgent: ua });
  assert.ok(await page.isChecked("#mobile"), "checked from the user agent");
  await page.click('#api button[data-api="v2"]');
  // on mobile the result comes by redirect: no redirectUrl is an issue
  await page.locator('#issues li[data-path="redirectUrl"]').waitFor();
  await page.uncheck("#mobile");
  await page.waitForFunction(() => document.querySelectorAll('#issues li[data-path="redirectUrl"]').length === 0);
  assert.match(await page.textContent("#mobile-how"), /직접|set by you/);
  await context.close();

  const desktop = await open();
  assert.equal(await desktop.page.isChecked("#mobile"), false);
  await desktop.context.close();
});

test("v2 payMethod is a list for every PG, as v1 pay_method is", async () => {
  const { page, context } = await open();
  await page.click('#api button[data-api="v2"]');
  const pgs = await page.$$eval("#pg option", (os) => os.map((o) => o.value));
  assert.ok(pgs.length > 10);
  for (const pg of pgs) {
    await page.selectOption("#pg", pg);
    assert.equal(await page.locator('.field[data-path="payMethod"] select').count(), 1, pg);
    const listed = await page.$$eval('.field[data-path="payMethod"] select option', (os) => os.map((o) => o.value).filter(Boolean));
    const known = await page.evaluate(async (id) => (await import("/pkg/index.js")).gateways().find((g) => g.id === id).v2.payMethods, pg);
    if (known) assert.deepEqual(listed.filter((m) => known.includes(m)), known, pg);
  }
  await context.close();
});

test("serve.sh says what it installs before it installs anything (--plan stops there)", () => {
  const out = execFileSync("bash", [here("../../scripts/serve.sh"), "--plan"], { encoding: "utf8" });
  assert.match(out, /^serve\.sh: builds the package/m);
  for (const tool of ["wasm32-unknown-unknown", "wasm-bindgen-cli", "binaryen"]) {
    assert.match(out, new RegExp(`^  (have|install) .*${tool}`, "m"), tool);
  }
  // building needs no wasm-pack, browser, font or test packages (scripts/toolchain.sh --build)
  for (const tool of ["wasm-pack", "chromium", "fonts-nanum", "npm packages"]) assert.doesNotMatch(out, new RegExp(tool), tool);
  assert.doesNotMatch(out, /demo: http/, "--plan serves nothing");
});
