// The official npm loader @portone/browser-sdk (tests/js devDependency) works as `options.sdk`:
// its request for PortOne's CDN script is answered by the stand-in (www/stand-in-portone.js)
// through Playwright request routing, so the test runs offline and proves the module against the
// package's real API (module namespace with requestPayment that loads window.PortOne).
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
  await page.goto(server.url + "official-sdk.html");
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const request = {
  storeId: "store-00000000-0000-0000-0000-000000000000", channelKey: "channel-key-00000000-0000-0000-0000-000000000000",
  paymentId: "payment0001", orderName: "당근 10kg", totalAmount: 1004, currency: "KRW", payMethod: "CARD",
  customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
};

test("the loader has not fetched the CDN script before the first call", async () => {
  assert.equal(await page.evaluate(() => typeof window.PortOne), "undefined");
  assert.equal(await page.evaluate(() => typeof window.PortOneModule.requestPayment), "function");
  assert.equal(cdnHits.length, 0);
});

test("a blocked request never reaches the loader (no script fetched)", async () => {
  const r = await page.evaluate((req) => window.pay({ ...req, totalAmount: "1004" }).then(() => "resolved", (e) => e.code), request);
  assert.equal(r, "invalid_type");
  assert.equal(cdnHits.length, 0);
});

test("requestPayment with options.sdk = the official loader: script loaded (routed), stand-in answers", async () => {
  const pending = page.evaluate((req) => window.pay(req), request);
  await page.click('dialog.mock-pay button[data-mock="approve"]');
  const rsp = await pending;
  assert.equal(cdnHits.length, 1);
  assert.equal(rsp.transactionType, "PAYMENT");
  assert.equal(rsp.paymentId, "payment0001");
  assert.equal(rsp.code, undefined);
  // the SDK got the checked request unchanged
  const sent = await page.evaluate(() => window.PortOne.calls.at(-1));
  assert.deepEqual(sent, ["requestPayment", request]);
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
});
