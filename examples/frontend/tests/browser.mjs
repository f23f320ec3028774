// Opens gridgov's pages in Debian's chromium with the network off and reports what they show.
// Usage: node tests/browser.mjs graphiql|dashboard BASE_URL DISTRICT TOKEN [SCREENSHOT.png]
// Prints JSON. Only BASE_URL's origin is reachable: host names do not resolve and any
// other request is aborted and listed under "blocked" (so a CDN script would fail here).
import { chromium } from "playwright-core";

const [page_, base, district, token, screenshot] = process.argv.slice(2);
if (!["graphiql", "dashboard"].includes(page_) || !base || !district || !token) {
  console.error("usage: node tests/browser.mjs graphiql|dashboard BASE_URL DISTRICT TOKEN [PNG]");
  process.exit(2);
}
const origin = new URL(base).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(base).hostname}`,
  ],
});
const report = { blocked: [], errors: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || new URL(url).origin === origin) return route.continue();
    report.blocked.push(url);
    return route.abort("internetdisconnected");
  });
  await context.addInitScript(
    ([bearer]) => {
      localStorage.setItem("graphiql:headers", JSON.stringify({ Authorization: `Bearer ${bearer}` }));
    },
    [token],
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => report.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") report.errors.push(message.text());
  });
  if (page_ === "graphiql") {
    await page.goto(`${base}/districts/${district}/graphql`, { waitUntil: "load" });
    await page.locator(".graphiql-execute-button").click({ timeout: 30_000 });
    const result = page.locator(".result-window");
    await result.filter({ hasText: `"code": "${district}"` }).waitFor({ timeout: 30_000 });
    report.title = await page.title();
    // The result pane is a CodeMirror editor: read its value, not its rendered lines.
    report.result = JSON.parse(
      await page.evaluate(() => document.querySelector(".result-window .CodeMirror").CodeMirror.getValue()),
    );
  } else {
    await page.goto(`${base}/districts/${district}/`, { waitUntil: "load" });
    await page.locator("body[data-state=ready], body[data-state=error]").waitFor({ timeout: 60_000 });
    report.state = await page.locator("body").getAttribute("data-state");
    report.status = await page.locator("#status").innerText();
    report.title = await page.title();
    report.figures = Object.fromEntries(
      await page.locator("#figures [data-key]").evaluateAll((nodes) =>
        nodes.map((node) => [
          node.getAttribute("data-key"),
          (node.querySelector(".value") ?? node).textContent.trim(),
        ]),
      ),
    );
    report.charts = await page.locator("#figures .chart h3").allInnerTexts();
    report.streets = await page.locator("#tree > .tree > li[data-code]").count();
    const first = page.locator("#tree > .tree > li[data-code]").first();
    await first.locator("summary").first().click();
    const community = first.locator("li[data-code]").first();
    await community.locator("summary").click();
    report.firstStreet = await first.locator("summary").first().innerText();
    report.firstCommunity = await community.locator("summary").innerText();
    report.firstGrids = await community.locator("li[data-code]").allInnerTexts();
  }
  if (screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
