/**
 * Links drawn from catalog data: a value becomes a link only when it is an http(s) URL. Assets are
 * ingested with hostile external URLs, markdown links, custom properties, output URLs and serving
 * fields (other schemes, whitespace and control-character tricks, protocol-relative and UNC paths,
 * credentials), and no page of theirs may hold an `<a>` whose href is anything but the app's own
 * paths or an http(s) URL. Screenshots: test-results/screenshots/hostile-links-*.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { ingestThroughCli, watchErrors } from "./helpers";

const SHOTS = "test-results/screenshots";

const HOSTILE = [
  "javascript:alert(document.domain)",
  " JaVaScRiPt:alert(1)",
  "\tjava\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "file:///etc/passwd",
  "FILE://fileserver/share/x.lnk",
  "smb://evil.example/share",
  "ms-msdt:/id PCWDiagnostic /skip force /param x",
  "search-ms:query=invoice&crumb=location:\\\\evil.example\\share",
  "vscode://vscode.git/clone?url=https://evil.example/r.git",
  "intent://evil.example#Intent;scheme=https;end",
  "//evil.example/path",
  "\\\\evil.example\\share",
  "/\\evil.example",
  "https:evil.example",
  "https://user:secret@evil.example/",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  " https://evil.example/leading-space",
];
const OK = "https://ok.example/docs?a=1";

const markdown = [
  "Links in a description:",
  "",
  ...HOSTILE.map((h, i) => `- [hostile ${i}](${encodeMarkdownTarget(h)})`),
  `- [fine](${OK})`,
  "- <javascript:alert(2)> and <file:///etc/shadow>",
  "- [by reference][r] and ![image](file:///etc/passwd)",
  '- <a href="javascript:alert(3)">raw html</a>',
  "",
  "[r]: vscode://evil",
].join("\n");

/** Markdown link targets with spaces or angle brackets go in <…>; control characters stay as they are. */
function encodeMarkdownTarget(h: string): string {
  return /[\s<>()]/.test(h) ? `<${h.replace(/[<>]/g, "")}>` : h;
}

const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,hostile_links_group,PROD)";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,hostile_links_model,PROD)";
const RUN = "urn:li:dataProcessInstance:hostile_links_run";
const EXPERIMENT = "urn:li:container:hostile_links_experiment";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:hive,hostile_links_dataset,PROD)";

const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
const props = (i: number) => Object.fromEntries(HOSTILE.slice(i, i + 4).map((h, k) => [`link${k}`, h]));
const memory = { elements: HOSTILE.slice(0, 5).map((url) => ({ url, description: "docs", createStamp: { time: 0, actor: "urn:li:corpuser:x" } })) };

test.describe.configure({ mode: "serial" });

test.beforeAll(({}, testInfo) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-links-")), "hostile.json");
  fs.writeFileSync(
    file,
    JSON.stringify([
      mcp(GROUP, "mlModelGroupProperties", { name: "Hostile links group", description: markdown, externalUrl: HOSTILE[0], customProperties: props(0) }),
      mcp(GROUP, "institutionalMemory", memory),
      mcp(MODEL, "mlModelProperties", {
        name: "Hostile links model",
        description: markdown,
        externalUrl: HOSTILE[4],
        customProperties: props(4),
        groups: [GROUP],
      }),
      mcp(MODEL, "orreryMlModelServing", {
        servingEndpoint: HOSTILE[7],
        store: { storage: HOSTILE[9], imageRepository: HOSTILE[11] },
        dashboard: { name: "Hostile dashboard", url: HOSTILE[8] },
      }),
      mcp(MODEL, "institutionalMemory", memory),
      mcp(EXPERIMENT, "containerProperties", { name: "Hostile links experiment", description: markdown, externalUrl: HOSTILE[9], customProperties: props(8) }),
      mcp(EXPERIMENT, "subTypes", { typeNames: ["ML Experiment"] }),
      mcp(RUN, "dataProcessInstanceProperties", {
        name: "Hostile links run",
        created: { time: 1_700_000_000_000, actor: "urn:li:corpuser:x" },
        externalUrl: HOSTILE[7],
        customProperties: props(12),
      }),
      mcp(RUN, "mlTrainingRunProperties", { id: "hostile", outputUrls: [...HOSTILE.slice(4, 16), OK] }),
      mcp(RUN, "container", { container: EXPERIMENT }),
      mcp(DATASET, "datasetProperties", { name: "hostile_links_dataset", description: markdown, externalUrl: HOSTILE[11], customProperties: props(15) }),
    ]),
  );
  expect(ingestThroughCli(file, testInfo.project.use.baseURL!)).toMatch(/11 of 11 proposals accepted/);
});

/** Every href on the page that is neither one of the app's own paths nor an http(s) URL. */
async function badLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href], area[href]").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  return hrefs.filter((h) => {
    if (/^\/(?![/\\])/.test(h) || h === "#main") return false; // the app's own routes
    if (!/^https?:\/\/[^\s\\]/i.test(h)) return true;
    try {
      const u = new URL(h);
      return !(u.protocol === "http:" || u.protocol === "https:") || u.username !== "" || u.password !== "";
    } catch {
      return true;
    }
  });
}

/** kind, path, title, whether the page shows a description (a run has none in DataHub) */
const PAGES: Array<[string, string, string, boolean]> = [
  ["group", `/mlModelGroup/${encodeURIComponent(GROUP)}/summary`, "Hostile links group", true],
  ["model", `/mlModel/${encodeURIComponent(MODEL)}/summary`, "Hostile links model", true],
  ["experiment", `/experiment/${encodeURIComponent(EXPERIMENT)}/summary`, "Hostile links experiment", true],
  ["run", `/run/${encodeURIComponent(RUN)}/summary`, "Hostile links run", false],
  ["dataset", `/dataset/${encodeURIComponent(DATASET)}/summary`, "hostile_links_dataset", true],
];

for (const [what, url, title, described] of PAGES) {
  test(`the ${what} page links only http(s) URLs from its data and shows the rest as text`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    // The data has rendered: its one good URL is a link.
    await expect(page.locator(`a[href="${OK}"]`).first()).toBeVisible();
    if (described) await expect(page.getByText("hostile 0", { exact: true }).first()).toBeVisible();
    expect(await badLinks(page)).toEqual([]);
    // A hostile external URL is no "Open in source" link.
    await expect(page.getByRole("link", { name: /Open in source/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test("the run's output URLs and the model's serving fields keep their text, and only the http(s) one is a link", async ({ page }) => {
  await page.goto(PAGES[3]![1]);
  const outputs = page.getByRole("region", { name: "Output URLs" });
  await expect(outputs).toContainText("file:///etc/passwd");
  await expect(outputs).toContainText("//evil.example/path");
  await expect(outputs.getByRole("link")).toHaveCount(1);
  await expect(outputs.getByRole("link")).toHaveAttribute("href", OK);
  await expect(page.getByRole("main")).toContainText("ms-msdt:/id PCWDiagnostic");
  expect(await badLinks(page)).toEqual([]);

  await page.goto(PAGES[1]![1]);
  const serving = page.getByRole("region", { name: "Serving and storage" });
  await expect(serving).toContainText("ms-msdt:/id PCWDiagnostic");
  await expect(serving).toContainText("Hostile dashboard");
  await expect(serving.getByRole("link")).toHaveCount(0);
  expect(await badLinks(page)).toEqual([]);
});

test("screenshots of a page with hostile links (light and dark, wide and narrow)", async ({ page }) => {
  for (const [name, width] of [
    ["wide", 1440],
    ["narrow", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [what, url, title] of [PAGES[0]!, PAGES[3]!]) {
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
        await expect(page.locator(`a[href="${OK}"]`).first()).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/hostile-links-${what}-${name}-${scheme}.png`, fullPage: true });
      }
    }
  }
});
