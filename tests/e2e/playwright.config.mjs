// End-to-end tests against the release build in dist/ (trunk build --release).
import { defineConfig } from '@playwright/test';

// E2E_PORT: another port when a second checkout runs its tests on this machine.
const port = Number(process.env.E2E_PORT || 8090);

export default defineConfig({
  testDir: './specs',
  outputDir: '../../target/e2e-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download cannot work here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
