/**
 * What DataHub ingestion brings besides the assets: SageMaker's golden file (models with their
 * endpoints as deployments) and the SDK's structured-properties file, plus a small file in the same
 * form with a domain, a sub-domain and a property definition. A model's Summary shows its
 * deployments (each leading to the deployment's own page, checked against the file) and its
 * Properties card (domain, structured properties by display name); search finds deployments; the
 * domain's page lists its assets. Screenshots at 1,440 and 390 px, light and dark:
 * test-results/screenshots/deployments-domains-*.png.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect as baseExpect, type Page } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { expectNoSeriousViolations, watchErrors } from "./helpers";

const { test, catalog } = ownCatalog();
// A catalog with the demo and these files answers slowly on a loaded machine.
const expect = baseExpect.configure({ timeout: 45_000 });

const SHOTS = "test-results/screenshots";
const GOLDEN = "test/fixtures/datahub-golden";
const SAGEMAKER_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
const FIRST_ENDPOINT = "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-first-endpoint,PROD)";

/** The first endpoint as DataHub's SageMaker golden file states it (its MLModelDeploymentProperties). */
const ENDPOINT_IN_FILE = (() => {
  type Mce = { proposedSnapshot?: Record<string, { urn: string; aspects: Array<Record<string, Record<string, unknown>>> }> };
  const mces = JSON.parse(fs.readFileSync(path.join("test/fixtures/datahub-golden", "sagemaker_mces_golden.json"), "utf8")) as Mce[];
  for (const m of mces) {
    const snap = m.proposedSnapshot && Object.values(m.proposedSnapshot)[0];
    const props = snap?.urn === FIRST_ENDPOINT ? snap.aspects.find((a) => a["com.linkedin.pegasus2avro.ml.metadata.MLModelDeploymentProperties"]) : undefined;
    if (props)
      return props["com.linkedin.pegasus2avro.ml.metadata.MLModelDeploymentProperties"] as {
        status: string;
        createdAt: number;
        externalUrl: string;
        customProperties: Record<string, string>;
        version?: unknown;
      };
  }
  throw new Error("the SageMaker golden file has no first endpoint");
})();
const SDK_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,test_model,PROD)";
const SDK_GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,test_group,PROD)";
const DOMAIN = "urn:li:domain:pricing";
const SUB_DOMAIN = "urn:li:domain:dynamic-pricing";

const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

/** The small file: two domains, the assets' domains, and the definitions of two of the SDK file's properties. */
const SMALL_FILE = [
  mcp(DOMAIN, "domainProperties", { name: "Pricing", description: "Models that **set prices**, and the data they learn from." }),
  mcp(SUB_DOMAIN, "domainProperties", { name: "Dynamic pricing", parentDomain: DOMAIN }),
  mcp(SDK_MODEL, "domains", { domains: [SUB_DOMAIN] }),
  mcp(SDK_GROUP, "domains", { domains: [SUB_DOMAIN] }),
  mcp(SAGEMAKER_MODEL, "domains", { domains: [SUB_DOMAIN] }),
  mcp("urn:li:structuredProperty:sp1", "propertyDefinition", {
    qualifiedName: "sp1",
    displayName: "Retention tier",
    valueType: "urn:li:dataType:datahub.string",
    entityTypes: ["urn:li:entityType:datahub.mlModel", "urn:li:entityType:datahub.mlModelGroup"],
  }),
  mcp("urn:li:structuredProperty:sp2", "propertyDefinition", {
    qualifiedName: "sp2",
    displayName: "Review board",
    valueType: "urn:li:dataType:datahub.string",
    entityTypes: ["urn:li:entityType:datahub.mlModel"],
  }),
];

/** `orrery ingest FILE --server` with an ingest token; a file with proposals refused (kinds this catalog does not store) exits 1. */
function ingest(file: string, url: string, db: string): string {
  const created = execFileSync("node", ["bin/orrery.js", "token", "create", "--role", "ingest", "--db", db], { encoding: "utf8" });
  const token = created.match(/orr_\S+/)?.[0];
  if (!token) throw new Error(`no token: ${created}`);
  try {
    return execFileSync("node", ["bin/orrery.js", "ingest", file, "--server", url, "--token", token, "--quiet"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (err.status !== 1) throw e;
    return `${err.stdout ?? ""}${err.stderr ?? ""}`;
  }
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-domains-"));
  const small = path.join(dir, "domains-and-properties.json");
  fs.writeFileSync(small, JSON.stringify(SMALL_FILE));
  ingest(path.join(GOLDEN, "sagemaker_mces_golden.json"), url, db);
  ingest(path.join(GOLDEN, "sdk_v2_test_mlmodel_structured_properties_golden.json"), url, db);
  ingest(path.join(GOLDEN, "sdk_v2_test_mlmodelgroup_structured_properties_golden.json"), url, db);
  expect(ingest(small, url, db)).toMatch(/7 of 7 proposals accepted, 0 rejected/);
  fs.rmSync(dir, { recursive: true, force: true });
});

const entityUrl = (kind: string, urn: string) => `/${kind}/${encodeURIComponent(urn)}/summary`;

/** Full-page screenshots at the width set, light then dark. */
async function shoot(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: `${SHOTS}/deployments-domains-${name}.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/deployments-domains-${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

for (const [width, height, label] of [
  [1440, 900, "desktop"],
  [390, 844, "phone"],
] as const) {
  test(`a SageMaker model's deployments on its Summary (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("mlModel", SAGEMAKER_MODEL));
    await expect(page.getByRole("heading", { level: 1, name: "the-first-model" })).toBeVisible();
    const card = page.getByRole("region", { name: "Deployments and serving" });
    const deployment = card.getByTestId("deployment");
    await expect(deployment).toHaveCount(1);
    // The model names the endpoint by its ARN; the file has it under its name, with its status. Its
    // name leads to its page; the console link opens the platform's page, as the file gives it.
    await expect(deployment.getByRole("link", { name: "the-first-endpoint" })).toHaveAttribute(
      "href",
      `/deployment/${encodeURIComponent(FIRST_ENDPOINT)}/summary`,
    );
    const out = deployment.getByRole("link", { name: /open in SageMaker/ });
    await expect(out).toHaveAttribute("href", ENDPOINT_IN_FILE.externalUrl);
    await expect(out).toHaveAttribute("target", "_blank");
    await expect(deployment).toContainText("In service");
    await expect(deployment).toContainText("created 1 Jan 2015, 00:00 UTC");
    const properties = page.getByRole("region", { name: "Properties" });
    await expect(properties.getByRole("link", { name: "Dynamic pricing" })).toBeVisible();
    await shoot(page, `sagemaker-model-${label}`);
    expect(errors).toEqual([]);
  });

  test(`from a SageMaker model to its deployment's page: what the file says, and back to the model (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("mlModel", SAGEMAKER_MODEL));
    await page.getByRole("region", { name: "Deployments and serving" }).getByRole("link", { name: "the-first-endpoint" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "the-first-endpoint" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/deployment/${encodeURIComponent(FIRST_ENDPOINT).replace(/[()]/g, "\\$&")}/summary$`));
    const header = page.locator("article > header");
    await expect(header).toContainText("Deployment");
    await expect(header).toContainText("SageMaker");
    await expect(header.getByText("In service")).toBeVisible();
    await expect(header.getByRole("link", { name: "Open in source" })).toHaveAttribute("href", ENDPOINT_IN_FILE.externalUrl);
    // The file: status IN_SERVICE, created 2015-01-01, no version.
    expect(ENDPOINT_IN_FILE.status).toBe("IN_SERVICE");
    expect(ENDPOINT_IN_FILE.version).toBeUndefined();
    const details = page.getByRole("region", { name: "Details" });
    await expect(details.getByRole("term")).toHaveText(["Status", "Version", "Created", "Platform", "Environment", "Endpoint", "Console"]);
    await expect(details.getByRole("definition")).toHaveText([
      "In service",
      "—",
      new Date(ENDPOINT_IN_FILE.createdAt).toISOString().startsWith("2015-01-01T00:00") ? "1 Jan 2015, 00:00 UTC" : "?",
      "SageMaker",
      "PROD",
      "the-first-endpoint",
      "Open in SageMaker",
    ]);
    const custom = page.getByRole("region", { name: "Custom properties" });
    await expect(custom).toContainText(ENDPOINT_IN_FILE.customProperties.EndpointArn);
    await expect(custom).toContainText("EndpointStatus");
    const served = page.getByRole("list", { name: "Models served" });
    await expect(page.getByRole("region", { name: "Models served (1)" })).toBeVisible();
    await shoot(page, `deployment-${label}`);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousViolations(page);
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("link", { name: "History", exact: true }).click();
    await expect(page.getByRole("list", { name: "Changes, newest first" }).locator(":scope > li").last()).toContainText("v0.1");
    await page.getByRole("link", { name: "Summary", exact: true }).click();
    await served.getByRole("link", { name: "the-first-model" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "the-first-model" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`a deployment is found by search, labelled as one (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(`/search?q=${encodeURIComponent("the-second-endpoint")}`);
    const row = page.getByRole("link", { name: "the-second-endpoint" }).first();
    await expect(row).toHaveAttribute("href", `/deployment/${encodeURIComponent(FIRST_ENDPOINT.replace("first", "second"))}/summary`);
    await expect(page.getByText(/Deployment · sagemaker/).first()).toBeVisible();
    await row.click();
    await expect(page.getByRole("heading", { level: 1, name: "the-second-endpoint" })).toBeVisible();
    await expect(page.locator("article > header").getByText("Creating")).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`a model's Properties card: structured properties by display name, else by qualified name (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("mlModel", SDK_MODEL));
    await expect(page.getByRole("heading", { level: 1, name: "test_model" })).toBeVisible();
    const properties = page.getByRole("region", { name: "Properties" });
    await expect(properties.getByRole("term")).toHaveText(["Domain", "Retention tier", "Review board", "sp3"]);
    await expect(properties.getByRole("definition")).toHaveText(["Dynamic pricing", "updated_value", "value2", "new_value"]);
    await shoot(page, `sdk-model-${label}`);
    expect(errors).toEqual([]);
  });

  test(`the domain's page lists its assets (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("mlModel", SDK_MODEL));
    await page.getByRole("region", { name: "Properties" }).getByRole("link", { name: "Dynamic pricing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dynamic pricing" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Pricing" })).toBeVisible();
    const assets = page.getByRole("list", { name: "Assets in this domain" });
    await expect(page.getByRole("region", { name: "Assets (3)" })).toBeVisible();
    await expect(assets.getByRole("link", { name: "the-first-model" })).toBeVisible();
    await expect(assets.getByRole("link", { name: "test_model" })).toBeVisible();
    await expect(assets.getByRole("link", { name: "test_group" })).toBeVisible();
    await shoot(page, `domain-${label}`);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Pricing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pricing" })).toBeVisible();
    await expect(page.getByText("set prices")).toBeVisible();
    await expect(page.getByText("No asset is associated with this domain.")).toBeVisible();
    expect(errors).toEqual([]);
  });
}
