/**
 * The preview's first load in headless Chromium, as a manager meets it: from navigation until the
 * sample's first cell is painted (the goal is under a second on this machine), against the peer:
 * the same browser fetching the page's 2 KB icon from the same server, measured in the same run.
 * Prints, asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { launchChromium, startPreviewServer } from '../tests/harness/browser';

async function main(): Promise<void> {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const time = async (work: (page: import('playwright-core').Page) => Promise<unknown>) => {
    const times: number[] = [];
    for (let run = 0; run < 6; run += 1) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
      const start = performance.now();
      await work(page);
      if (run > 0) times.push(performance.now() - start);
      await page.context().close();
    }
    return median(times);
  };
  try {
    const preview = await time(async (page) => {
      await page.goto(server.url);
      await page.locator('td[data-cell="A1"]', { hasText: 'Opportunity' }).waitFor();
    });
    const icon = await time((page) => page.goto(`${server.url}/icon-32.png`));
    console.log("\nPreview first load: navigation until the sample's first cell shows (median of 5, Chromium)");
    console.log(`preview (sample workbook, pane)   ${preview.toFixed(0).padStart(6)} ms   goal < 1000 ms`);
    console.log(`peer: the page's icon, same server ${icon.toFixed(0).padStart(5)} ms`);
    console.log(`preview ÷ peer: ${(preview / icon).toFixed(1)}×`);
  } finally {
    await browser.close();
    server.process.kill();
  }
}

void main();
