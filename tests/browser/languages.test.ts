/**
 * The pane and the preview in Vietnamese, Chinese and Welsh, as a manager sees them: the browser's
 * language is followed, the pane's switch changes it, a plan is built in it, the letters render (no
 * boxes for missing glyphs) and nothing is clipped. Screenshots: artifacts/screenshots/language-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, browserAvailable, usePreviewPage } from '../harness/browser';

const describeInBrowser = browserAvailable() ? describe : describe.skip;
const nextYear = new Date().getFullYear() + 1;

/** Whether the page draws these letters as glyphs, not as the box of a missing one (compared on a canvas). */
function drawnAsLetters(page: Page, letters: string): Promise<boolean[]> {
  return page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const context = canvas.getContext('2d')!;
    context.font = `32px ${getComputedStyle(document.querySelector('.sp-app')!).fontFamily}`;
    const draw = (ch: string) => {
      context.clearRect(0, 0, 48, 48);
      context.fillText(ch, 4, 36);
      return canvas.toDataURL();
    };
    const missing = draw('\u0378');
    return [...text].map((ch) => draw(ch) !== missing);
  }, letters);
}

/** The pane's texts that do not fit their box (wider or taller than shown). */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sp-app h1, .sp-app h2, .sp-app p, .sp-tab, .sp-steps li, .sp-app button, .sp-app label, .sp-summary')]
      .filter((el) => el.offsetParent !== null && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      .map((el) => el.textContent ?? ''),
  );
}

/** Builds the sales plan from the wizard's starting answers, pressing its buttons by their names in the pane's language. */
async function buildSalesPlan(page: Page, words: { tab: string; next: string; build: string }) {
  await page.getByRole('tab', { name: words.tab, exact: true }).click();
  for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: words.next }).click();
  await page.getByRole('button', { name: words.build }).click();
}

describeInBrowser('the preview in a Vietnamese browser', () => {
  const session = usePreviewPage({ locale: 'vi-VN' });

  it('speaks Vietnamese from its first word, with numbers written the Vietnamese way', async () => {
    const { page } = session();
    await expect(page.locator('.sp-header p').textContent()).resolves.toBe('KPI bán hàng và kế hoạch cho trang tính của bạn');
    await expect(page.locator('.sp-language').inputValue()).resolves.toBe('vi');
    await expect(page.getByRole('tab', { name: 'Kế hoạch doanh số', exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('.pv-toolbar').textContent()).resolves.toContain('Hoàn tác');
    await expect(page.locator('td[data-cell="G5"]').textContent()).resolves.toBe('1.143,82');
    await page.getByLabel('Tìm hàm').fill('tỷ lệ thắng');
    await expect(page.locator('.sp-item[data-fn="WINRATE"] .sp-summary').textContent()).resolves.toBe(
      'Tỷ lệ giao dịch đã quyết định mà thắng: thắng / (thắng + thua).',
    );
    expect(await drawnAsLetters(page, 'ệếữạđ')).toEqual([true, true, true, true, true]);
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'language-vi-gallery.png') });
  });

  it('says why a function fails in Vietnamese beside the formula bar', async () => {
    const { page } = session();
    await page.locator('.pv-address').fill('M2');
    await page.locator('.pv-address').press('Enter');
    await page.locator('.pv-input').fill('=WINRATE(A2:A9)');
    await page.locator('.pv-input').press('Enter');
    await page.locator('.pv-address').fill('M2');
    await page.locator('.pv-address').press('Enter');
    const reason = page.locator('.pv-reason', { hasText: 'M2: #DIV/0!' });
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toBe('M2: #DIV/0! không có giao dịch thắng hay thua (không ô nào là "Won" hoặc "Lost")');
  });

  it('reads a number typed the Vietnamese way, as the grid writes it: 12,5 and 1.234,5 are numbers, and the bar shows them so', async () => {
    const { page } = session();
    const typeAt = async (ref: string, typed: string) => {
      await page.locator('.pv-address').fill(ref);
      await page.locator('.pv-address').press('Enter');
      await page.locator('.pv-input').fill(typed);
      await page.locator('.pv-input').press('Enter');
    };
    await typeAt('M2', '12,5');
    await typeAt('M3', '1.234,5');
    await typeAt('M4', '=M2*2+M3');
    const cell = (a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);
    await expect(cell('M2').textContent()).resolves.toBe('12,5');
    await expect(cell('M4').textContent()).resolves.toBe('1259,5');
    await page.locator('.pv-address').fill('M3');
    await page.locator('.pv-address').press('Enter');
    await expect(page.locator('.pv-input').inputValue()).resolves.toBe('1234,5');
  });

  it('reads a decimal typed the Vietnamese way into the pane: growth 9,5 is 9.5%, not 95%', async () => {
    const { page } = session();
    await page.getByRole('tab', { name: 'Kế hoạch doanh số', exact: true }).click();
    await page.getByRole('button', { name: 'Tiếp →' }).click();
    await page.getByLabel('Phần trăm tăng trưởng').fill('9,5');
    await expect(page.locator('.sp-result').textContent()).resolves.toMatch(/ với tăng trưởng 9,5%\.$/);
    // Back and forth, the box shows what was read, as the pane writes it.
    await page.getByRole('button', { name: '← Quay lại' }).click();
    await page.getByRole('button', { name: 'Tiếp →' }).click();
    await expect(page.getByLabel('Phần trăm tăng trưởng').inputValue()).resolves.toBe('9,5');
  });

  it('builds the sales plan in Vietnamese: its sheet, labels and checks, with English formulas underneath', async () => {
    const { page } = session();
    await buildSalesPlan(page, { tab: 'Kế hoạch doanh số', next: 'Tiếp →', build: 'Tạo trang kế hoạch' });
    await page.getByRole('tab', { name: `Kế hoạch doanh số ${nextYear}` }).waitFor();
    const cell = (a1: string) => page.locator(`.pv-sheet-holder td[data-cell="${a1}"]`);
    await expect(cell('A1').textContent()).resolves.toBe(`Kế hoạch doanh số ${nextYear}: Doanh thu`);
    await expect(cell('A3').textContent()).resolves.toBe('✓ Mọi kiểm tra đều đạt: các mục tiêu cộng lại bằng chỉ tiêu giao.');
    await cell('A3').click();
    await expect(page.locator('.pv-input').inputValue()).resolves.toMatch(/^=IFERROR\(IF\(/);
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'language-vi-plan.png') });
  });
});

describeInBrowser('the language switch in the pane', () => {
  const session = usePreviewPage({ locale: 'en-US' });

  it('turns the pane and the preview Chinese, remembers it, and builds the plan in Chinese', async () => {
    const { page } = session();
    await page.locator('.sp-language').selectOption('zh-CN');
    await page.getByRole('tab', { name: '销售计划', exact: true }).waitFor();
    await expect(page.locator('.pv-toolbar').textContent()).resolves.toContain('撤销');
    expect(await drawnAsLetters(page, '销售目标潜在客户')).toEqual(Array(8).fill(true));
    await page.locator('.sp-item[data-fn="REQPIPELINE"]').click();
    await expect(page.locator('.sp-details h3').first().textContent()).resolves.toBe('参数');
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'language-zh-CN-gallery.png') });
    await page.reload();
    await expect(page.locator('.sp-language').inputValue()).resolves.toBe('zh-CN');
    await buildSalesPlan(page, { tab: '销售计划', next: '下一步 →', build: '生成计划表' });
    await page.getByRole('tab', { name: `销售计划 ${nextYear}` }).waitFor();
    await expect(page.locator('.pv-sheet-holder td[data-cell="A3"]').textContent()).resolves.toBe('✓ 所有检查通过：目标合计等于下达配额。');
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'language-zh-CN-plan.png') });
    // The plan's chart, titled and labelled in Chinese.
    await expect(page.locator('.pv-chart .pv-chart-title').textContent()).resolves.toBe(`各月目标，${nextYear}`);
    await expect(page.locator('.pv-chart .pv-chart-label').allTextContents()).resolves.toEqual(Array.from({ length: 12 }, (_, m) => `${m + 1}月`));
  });

  it("switches language without a reload: what was just typed stays, and the grid's own words follow", async () => {
    const { page } = session();
    await page.locator('td[data-cell="M2"]').click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.pv-address')?.value === 'M2');
    await page.keyboard.type('giữ lại');
    await page.keyboard.press('Enter');
    // A mark on the page: a reload would wipe it.
    await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));
    await page.locator('.sp-language').selectOption('vi');
    await page.locator('.pv-toolbar', { hasText: 'Hoàn tác' }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).resolves.toBe(true);
    await expect(page.locator('td[data-cell="M2"]').textContent()).resolves.toBe('giữ lại');
    await page.locator('.pv-saved', { hasText: 'Đã lưu trong trình duyệt này' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'language-vi-switched.png') });
  });

  it("turns it Welsh, through a wizard's steps", async () => {
    const { page } = session();
    await page.locator('.sp-language').selectOption('cy');
    await page.getByRole('tab', { name: 'Cynllun maes', exact: true }).click();
    await expect(page.locator('.sp-app h2').textContent()).resolves.toBe('1. Targed a thwndis');
    await expect(page.locator('.sp-steps').textContent()).resolves.toContain('Y cynrychiolwyr');
    expect(await drawnAsLetters(page, 'ŵŷâ')).toEqual([true, true, true]);
    expect(await clipped(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'language-cy-wizard.png') });
  });
});
