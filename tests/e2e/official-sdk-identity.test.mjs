// Issue #18: the official npm loader @portone/browser-sdk as `options.sdk` of
// requestIdentityVerification, as official-sdk.test.mjs does for requestPayment: the loader's
// request for PortOne's CDN script is answered by the stand-in (www/stand-in-portone.js), so the
// test runs offline against the package's real API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, launch, watchErrors } from "./helpers.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
let server, browser, page, errors;
const cdnHits = [];
const blocked = [];

before(async () => {
  server = await serve(here("pages"), {
    "/pkg/": here("../../pkg"),
    "/sdk/": here("../js/node_modules/@portone/browser-sdk/dist"),
  });
  browser = await launch();
  page = await browser.newPage();
  errors = watchErrors(page);
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === CDN) {
      cdnHits.push(url);
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(here("../../www/stand-in-portone.js"), "utf8") });
    }
    if (url.startsWith(server.url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(server.url + "official-sdk-identity.html");
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// readme-v2.mdx's example with Danal's bypass example (danal-identity-verification.mdx)
const request = {
  storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", identityVerificationId: "identity-verification-39ecfa97",
  channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  bypass: { danal: { IsCarrier: "KTF", AGELIMIT: 20, CPTITLE: "www.MarketA.co.kr" } },
};

test("the loader has requestIdentityVerification and has not fetched the CDN script yet", async () => {
  assert.equal(await page.evaluate(() => typeof window.PortOneModule.requestIdentityVerification), "function");
  assert.equal(await page.evaluate(() => typeof window.PortOne), "undefined");
  assert.equal(cdnHits.length, 0);
});

test("a blocked request never reaches the loader (no script fetched)", async () => {
  const code = await page.evaluate((req) => window.verify({ ...req, customData: { a: 1 } }).then(() => "resolved", (e) => e.code), request);
  assert.equal(code, "invalid_type");
  const carrier = await page.evaluate((req) => window.verify({ ...req, bypass: { danal: { IsCarrier: "KT" } } }).then(() => "resolved", (e) => e.issues[0].path), request);
  assert.equal(carrier, "bypass.danal.IsCarrier");
  assert.equal(cdnHits.length, 0);
});

test("requestIdentityVerification with options.sdk = the official loader: script loaded (routed), stand-in answers", async () => {
  const pending = page.evaluate((req) => window.verify(req), request);
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  const rsp = await pending;
  assert.equal(cdnHits.length, 1);
  assert.equal(rsp.transactionType, "IDENTITY_VERIFICATION");
  assert.equal(rsp.identityVerificationId, "identity-verification-39ecfa97");
  assert.equal(rsp.code, undefined);
  const sent = await page.evaluate(() => window.PortOne.calls.at(-1));
  assert.deepEqual(sent, ["requestIdentityVerification", request]);
});

test("a cancelled verification resolves with the SDK's code (not a rejection)", async () => {
  const pending = page.evaluate((req) => window.verify({ ...req, identityVerificationId: "identity-verification-2" }), request);
  await page.click('dialog.mock-pay button[data-mock="cancel"]');
  const rsp = await pending;
  assert.equal(rsp.transactionType, "IDENTITY_VERIFICATION");
  assert.equal(typeof rsp.code, "string");
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
});
