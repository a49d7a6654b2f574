// The demo page (www/) in headless Chromium against the built package (pkg/, served at /pkg/):
// issues appear at their field as you type and go when fixed, the CARDQUOTA builder, paying
// through the stand-in SDKs, the language switch, no console errors, and a screenshot.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, launch, watchErrors } from "./helpers.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here("out/");
let server, browser, page, errors;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serve(here("../../www"), { "/pkg/": here("../../pkg") });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const fieldIssues = (path) => page.locator(`.field[data-path="${path}"] .field-issues li`);

test("a clean KCP request passes", async () => {
  await page.selectOption("#pg", "kcp");
  assert.match(await page.textContent("#status"), /통과/);
  assert.equal(await page.locator("#issues li").count(), 0);
});

test("a string amount typed in the JSON shows the issue at `amount`; fixing it in the form clears it", async () => {
  const json = JSON.parse(await page.inputValue("#input"));
  json.amount = "1004";
  await page.fill("#input", JSON.stringify(json, null, 2));
  await page.locator('#issues li[data-path="amount"][data-code="invalid_type"]').waitFor();
  assert.equal(await fieldIssues("amount").count(), 1);
  assert.match(await fieldIssues("amount").first().textContent(), /숫자/);
  assert.match(await page.textContent("#status"), /오류 1건/);
  await page.fill('.field[data-path="amount"] input', "1004");
  await page.waitForFunction(() => document.querySelectorAll('#issues li[data-path="amount"]').length === 0);
  assert.equal(await fieldIssues("amount").count(), 0);
  assert.equal(JSON.parse(await page.inputValue("#input")).amount, 1004);
  assert.match(await page.textContent("#status"), /통과/);
});

test("the CARDQUOTA builder formats picks and checks a pasted string", async () => {
  await page.check('#cq-cards input[value="CCBC"]');
  await page.check('#cq-cards input[value="CCNH"]');
  await page.check('#cq-months input[value="0"]');
  await page.check('#cq-months input[value="3"]');
  await page.check('#cq-months input[value="2"]');
  assert.equal(await page.inputValue("#cq-text"), "CCBC-0:2:3^CCNH-0:2:3");
  assert.match(await page.textContent("#cq-status"), /CARDQUOTA/);
  await page.fill("#cq-text", "CCBC-0:2:3^CCXX-1");
  assert.ok(await page.locator("#cq-issues li.error").count() >= 1);
  await page.fill("#cq-text", "CCBC-0:2:3");
  assert.equal(await page.locator("#cq-issues li.error").count(), 0);
  // put it in the request: the PG switches to Kiwoom Pay (daou), where it is checked
  await page.click("#cq-apply");
  assert.equal(await page.inputValue("#pg"), "daou");
  assert.equal(JSON.parse(await page.inputValue("#input")).bypass.daou.CARDQUOTA, "CCBC-0:2:3");
  assert.equal(await page.locator('#issues li[data-path^="bypass.daou"].error').count(), 0);
  await page.selectOption("#pg", "kcp");
  const json = JSON.parse(await page.inputValue("#input"));
  delete json.bypass;
  await page.fill("#input", JSON.stringify(json, null, 2));
  assert.match(await page.textContent("#status"), /통과/);
});

test("v1 → v2 conversion of the current request", async () => {
  // toV2 checks with the v1 pg's v2 rules: KCP v2 takes a paymentId of letters and digits only
  // (pg/v2/kcp-v2.mdx), so order_no_0001 is refused there and nothing is shown as the result
  await page.locator('#convert-issues li[data-path="paymentId"][data-code="invalid_format"]').waitFor();
  assert.equal(await page.textContent("#convert-value"), "");
  const json = JSON.parse(await page.inputValue("#input"));
  await page.fill("#input", JSON.stringify({ ...json, merchant_uid: "order0001" }, null, 2));
  await page.waitForFunction(() => document.querySelector("#convert-value").textContent !== "");
  const v2 = JSON.parse(await page.textContent("#convert-value"));
  assert.equal(v2.paymentId, "order0001");
  assert.equal(v2.totalAmount, 1004);
  assert.equal(v2.payMethod, "CARD");
});

test("pay through the v1 stand-in and see the response", async () => {
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.locator("#pay-response:not(.hidden)").waitFor();
  const rsp = JSON.parse(await page.textContent("#pay-response"));
  assert.equal(rsp.success, true);
  assert.equal(rsp.merchant_uid, "order0001");
});

test("pay through the v2 stand-in (requestPayment) and issue a billing key", async () => {
  await page.click('#api button[data-api="v2"]');
  await page.selectOption("#pg", "kcp");
  assert.match(await page.textContent("#status"), /통과/);
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes("PAYMENT"));
  const rsp = JSON.parse(await page.textContent("#pay-response"));
  assert.equal(rsp.transactionType, "PAYMENT");
  assert.equal(rsp.paymentId, "payment0001");
  assert.equal(rsp.code, undefined);

  await page.click('#api button[data-api="billing"]');
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes("ISSUE_BILLING_KEY"));
  const bk = JSON.parse(await page.textContent("#pay-response"));
  assert.match(bk.billingKey, /^billing-key-/);
  await page.click('#api button[data-api="v1"]');
});

test("switching to English re-renders labels and messages", async () => {
  const json = JSON.parse(await page.inputValue("#input"));
  json.amount = "1004";
  await page.fill("#input", JSON.stringify(json));
  await page.selectOption("#locale", "en");
  assert.match(await fieldIssues("amount").first().textContent(), /must be a number/);
  assert.match(await page.textContent("#status"), /1 error/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
});

test("readable at phone width; screenshot; no console errors", async () => {
  await page.screenshot({ path: OUT + "demo.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `horizontal overflow ${overflow}px at 390px`);
  await page.screenshot({ path: OUT + "demo-phone.png", fullPage: true });
  assert.deepEqual(errors, []);
});
