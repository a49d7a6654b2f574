// Issue #18: the demo's fourth mode, 본인인증, in headless Chromium against the built package: v2
// requestIdentityVerification and v1 IMP.certification (picked beside the mode button), issues at
// their fields as you type, and verifying through the stand-in SDKs (www/stand-in-portone.js
// answers requestIdentityVerification, www/stand-in-imp.js IMP.certification).
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
const editJson = async (edit) => {
  const json = JSON.parse(await page.inputValue("#input"));
  edit(json);
  await page.fill("#input", JSON.stringify(json, null, 2));
};

test("the 본인인증 mode opens requestIdentityVerification with the identity PGs only; the sample passes for Danal", async () => {
  await page.click('#api button[data-api="idv"]');
  assert.equal(await page.getAttribute('#api button[data-api="idv"]', "aria-pressed"), "true");
  assert.equal(await page.textContent("#api-name"), "PortOne.requestIdentityVerification");
  assert.equal(await page.inputValue("#pg"), "danal");
  const pgs = await page.$$eval("#pg option", (os) => os.map((o) => o.value));
  assert.deepEqual([...pgs].sort(), ["danal", "inicis_unified", "kcp"]);
  assert.match(await page.textContent("#status"), /통과/);
  assert.match(await page.textContent("#pay"), /본인인증/);
});

test("v2: an object customData is an error at its field; KG Inicis unified needs flgFixedUser", async () => {
  await editJson((j) => { j.customData = { userId: 1 }; });
  await page.locator('#issues li[data-path="customData"][data-code="invalid_type"]').waitFor();
  assert.equal(await fieldIssues("customData").count(), 1);
  assert.match(await fieldIssues("customData").first().textContent(), /JSON\.stringify/);
  await page.fill('.field[data-path="customData"] input', '{"userId":1}');
  await page.waitForFunction(() => document.querySelectorAll('#issues li[data-path="customData"]').length === 0);
  await page.selectOption("#pg", "inicis_unified");
  await page.locator('#issues li[data-path="bypass.inicisUnified.flgFixedUser"][data-code="required"]').waitFor();
  await editJson((j) => { j.bypass = { inicisUnified: { flgFixedUser: "N" } }; });
  assert.match(await page.textContent("#status"), /통과/);
});

test("v2: verify through the stand-in (requestIdentityVerification) and see its answer", async () => {
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes("IDENTITY_VERIFICATION"));
  const rsp = JSON.parse(await page.textContent("#pay-response"));
  assert.equal(rsp.transactionType, "IDENTITY_VERIFICATION");
  assert.equal(rsp.identityVerificationId, "identityverification0001");
  assert.equal(rsp.code, undefined);
  const sent = await page.evaluate(() => window.PortOne.calls.at(-1));
  assert.equal(sent[0], "requestIdentityVerification");
  assert.deepEqual(sent[1].bypass, { inicisUnified: { flgFixedUser: "N" } });
  assert.match(await page.textContent("#pay-result"), /본인인증 응답/);
});

test("v1 IMP.certification: a carrier Danal does not know is an error with a did-you-mean; a blocked call sends nothing", async () => {
  await page.selectOption("#idv-version", "cert");
  assert.equal(await page.textContent("#api-name"), "IMP.certification");
  await page.selectOption("#pg", "danal");
  assert.match(await page.textContent("#status"), /통과/);
  await editJson((j) => { j.carrier = "KT"; });
  await page.locator('#issues li[data-path="carrier"][data-code="invalid_value"]').waitFor();
  assert.match(await fieldIssues("carrier").first().textContent(), /KTF/);
  const before = await page.evaluate(() => window.IMP.calls.length);
  await page.click("#pay");
  await page.waitForFunction(() => /차단/.test(document.querySelector("#pay-result").textContent));
  assert.equal(await page.evaluate(() => window.IMP.calls.length), before);
  await page.selectOption('.field[data-path="carrier"] select', "KTF");
  await page.waitForFunction(() => document.querySelectorAll('#issues li[data-path="carrier"]').length === 0);
  // min_age typed as text in the JSON is an error; on mobile the redirect URL rule applies
  await editJson((j) => { j.min_age = "19"; j.popup = false; delete j.m_redirect_url; });
  await page.check("#mobile");
  await page.locator('#issues li[data-path="min_age"][data-code="invalid_type"]').waitFor();
  await page.locator('#issues li[data-path="m_redirect_url"][data-code="required"].error').waitFor();
  await editJson((j) => { j.min_age = 19; j.popup = true; });
  await page.uncheck("#mobile");
  assert.match(await page.textContent("#status"), /통과/);
});

test("v1: verify through the stand-in (IMP.certification) and see the callback's answer", async () => {
  await page.click("#pay");
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  await page.waitForFunction(() => document.querySelector("#pay-response").textContent.includes("imp_"));
  const rsp = JSON.parse(await page.textContent("#pay-response"));
  assert.equal(rsp.success, true);
  assert.equal(rsp.merchant_uid, "ORD20180131-0000011");
  const sent = await page.evaluate(() => window.IMP.calls.at(-1));
  assert.equal(sent.carrier, "KTF");
  assert.equal(sent.min_age, 19);
  assert.equal(await page.evaluate(() => window.IMP.impCode), "imp00000000");
});

test("English messages in the identity mode; screenshot; no console errors", async () => {
  await editJson((j) => { j.carrier = "KT"; });
  await page.selectOption("#locale", "en");
  assert.match(await fieldIssues("carrier").first().textContent(), /Did you mean KTF\?/);
  assert.match(await page.textContent("#pay"), /Verify/);
  await page.screenshot({ path: OUT + "demo-identity.png", fullPage: true });
  assert.deepEqual(errors, []);
});
