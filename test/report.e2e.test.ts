import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `seedtext report` as a person sees it: the built CLI writes the page, a headless Chromium opens it.
// `npm test` builds dist/ first. CI installs Chromium with `apt-get install -y --no-install-recommends chromium`.
const root = join(import.meta.dirname, '..');
const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const run = promisify(execFile);

if (!hasChromium) console.warn(`test/report.e2e.test.ts skipped: no Chromium at ${executablePath} (apt-get install -y --no-install-recommends chromium)`);

describe.skipIf(!hasChromium)('seedtext report in a browser', () => {
  const work = mkdtempSync(join(tmpdir(), 'seedtext-report-'));
  const page = join(work, 'report.html');
  let browser: BrowserContext;

  beforeAll(async () => {
    await run(process.execPath, [join(root, 'dist', 'cli.js'), 'report', join(root, 'seeds'), '--out', page, '--now', '2026-01-01']);
    // A fresh, empty profile each run: Playwright takes it as `userDataDir` rather than as `--user-data-dir`.
    browser = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the title of a seed and its removed share span, coloured, with the rule on hover', async () => {
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);

    const title = tab.locator('.role-title', { hasText: 'ISIS Commander Visits Gaza to Boost Ties with Hamas' });
    await expect.poll(() => title.isVisible()).toBe(true);

    const share = tab.locator('.role-boilerplate[data-family="share"]', { hasText: 'Print Friendly, PDF & Email' });
    expect(await share.isVisible()).toBe(true);
    expect(await share.getAttribute('title')).toBe('share: share.print-friendly');
    // Runs in the page; the tests are compiled without the DOM library, hence the shape of `getComputedStyle` spelled out.
    const background = await share.evaluate((element) => {
      const view = globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } };
      return view.getComputedStyle(element).backgroundColor;
    });
    expect(background).toBe('rgb(253, 226, 226)');

    const screenshot = join(mkdtempSync(join(tmpdir(), 'seedtext-report-shot-')), 'report.png');
    await tab.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    console.log(`report screenshot: ${screenshot}`);
  });
});
