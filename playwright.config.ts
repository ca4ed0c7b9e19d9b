import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.ORRERY_E2E_PORT ?? 8399);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  outputDir: "test-results/artifacts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      // A real server over a real SQLite file, created fresh for each run with the demo catalog.
      command: `rm -rf test-results/e2e-db && node bin/orrery.js serve --db test-results/e2e-db/catalog.db --port ${PORT} --quiet`,
      url: `http://127.0.0.1:${PORT}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      // Upstream mode (e2e/upstream.spec.ts): a catalog serving DataHub's schema without Orrery's
      // extensions, as a plain DataHub would, and an Orrery in front of it.
      command: `rm -rf test-results/e2e-plain && node bin/orrery.js serve --db test-results/e2e-plain/catalog.db --port ${PORT + 1} --schema datahub --quiet`,
      url: `http://127.0.0.1:${PORT + 1}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `rm -rf test-results/e2e-front && node bin/orrery.js serve --db test-results/e2e-front/catalog.db --port ${PORT + 2} --upstream http://127.0.0.1:${PORT + 1}/api/graphql --quiet`,
      url: `http://127.0.0.1:${PORT + 2}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
