// The API reference page in a real browser: Debian's chromium driven by playwright-core, against a
// running CRM (`crm.jar dev`) at CRM_BASE_URL. It opens /docs, sees the contacts operations listed,
// authorises with a dev token through the page's Authorize dialog, lists contacts with "Try it out"
// and "Execute", and sees a 200 with data. Every request the page makes must go to the CRM itself.
//   CRM_BASE_URL=http://127.0.0.1:8080 node --test docs-page.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = (process.env.CRM_BASE_URL ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const TOKEN = process.env.CRM_DOCS_TOKEN ?? "dev-admin-token";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** Generous: a cold chromium on a busy 2-core machine; an idle one needs a few seconds. */
const TIMEOUT_MS = 60_000;

let profile;
let browser;
let page;
const requests = [];

before(async () => {
  // A fresh, empty profile, and no background traffic: the machine's network refuses outside connections.
  profile = mkdtempSync(join(tmpdir(), "crm-docs-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on("request", (request) => requests.push({ url: request.url(), headers: request.headers() }));
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("the docs page lists the contacts operations", async () => {
  const answer = await page.goto(`${BASE}/docs`);
  assert.equal(answer.status(), 200);
  await page.locator("#operations-contacts-listContacts").waitFor({ state: "visible" });
  for (const operation of ["listContacts", "createContact", "showContact", "deleteContact"]) {
    assert.ok(await page.locator(`#operations-contacts-${operation}`).isVisible(), `${operation} is listed`);
  }
  assert.match(await page.locator(".info .title").innerText(), /Vecton CRM/);
});

test("an authorised call from the page lists contacts", async () => {
  await page.locator(".scheme-container button.authorize").click();
  const dialog = page.locator(".dialog-ux .modal-ux");
  await dialog.locator("input").first().fill(TOKEN);
  await dialog.locator("button.authorize").click();
  await dialog.locator("button.btn-done").click();

  const list = page.locator("#operations-contacts-listContacts");
  await list.locator(".opblock-summary").first().click();
  await list.locator("button.try-out__btn").click();
  await list.locator("button.execute").click();

  const status = list.locator(".live-responses-table tr.response .response-col_status").first();
  await status.waitFor({ state: "visible" });
  assert.equal((await status.innerText()).trim(), "200");
  const body = JSON.parse(await list.locator(".live-responses-table tr.response .response-col_description pre").first().innerText());
  assert.ok(Array.isArray(body.data) && body.data.length > 0, "the page shows listed contacts");
  assert.ok(body.meta.total > 0, "with a total");

  const call = requests.find((r) => r.url.startsWith(`${BASE}/api/contacts`));
  assert.ok(call, "the page called /api/contacts on the CRM");
  assert.equal(call.headers.authorization, `Bearer ${TOKEN}`);
});

test("the page loads nothing from anywhere but the CRM", () => {
  const elsewhere = requests.map((r) => r.url).filter((url) => !url.startsWith(`${BASE}/`) && !url.startsWith("data:"));
  assert.deepEqual(elsewhere, []);
  assert.ok(requests.some((r) => r.url === `${BASE}/openapi.json`), "the page read /openapi.json");
});
