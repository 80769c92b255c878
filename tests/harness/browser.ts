import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(__dirname, '../../artifacts/screenshots');

/**
 * Whether browser tests can run here. Without Chromium they are skipped, loudly; under CI=true a
 * missing browser is a failure, never a silent skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `\n${'!'.repeat(72)}\n  Chromium not found at ${CHROMIUM}: the browser tests are SKIPPED.\n  Install it with: apt-get install -y chromium\n${'!'.repeat(72)}\n`;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${message}`);
  console.warn(message);
  return false;
}

/**
 * Headless Chromium with the flags this workplace needs (no network, no first-run). Playwright's
 * `launch` gives every run a fresh, empty profile of its own (it refuses a --user-data-dir flag).
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Starts the preview exactly as `npm start` serves it, on a port the system picks free (PORT=0: two
 * suites in parallel workers once drew the same random port); resolves with the URL it prints.
 */
export function startPreviewServer(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/servePreview.mjs'], {
    cwd: join(__dirname, '../..'),
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview server did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/localhost:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], process: child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`preview server exited with ${code}: ${output}`)));
  });
}

/** What a test gets from {@link usePreviewPage}: the page (a fresh one per test) and the server's URL. */
export interface PreviewSession {
  readonly page: Page;
  readonly url: string;
}

/**
 * Registers the hooks of a browser suite on the preview: one server and one Chromium for the
 * suite, a fresh context (empty storage) and page per test, opened on the sample; the test fails
 * on any page error or console error (a missing favicon included).
 *
 * @example
 * const session = usePreviewPage();
 * it('opens', async () => expect(session().page.title()).resolves.toContain('Sales Planner'));
 */
export function usePreviewPage(contextOptions: { readonly locale?: string } = {}): () => PreviewSession {
  let browser: Browser;
  let server: { url: string; process: ChildProcess };
  let page: Page;
  let problems: string[] = [];
  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.process.kill();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ viewport: { width: 1400, height: 860 }, ...contextOptions })).newPage();
    problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(server.url);
    await page.locator('td[data-cell="A1"]', { hasText: 'Opportunity' }).waitFor();
  });
  afterEach(async () => {
    expect(problems).toEqual([]);
    await page?.context().close();
  });
  return () => ({ page, url: server.url });
}
