import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Whether LibreOffice can run here. Without it the tests that use it are skipped, loudly; under
 * CI=true a missing LibreOffice is a failure, never a silent skip.
 */
export function libreOfficeAvailable(): boolean {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0) return true;
  const message = `\n${'!'.repeat(72)}\n  soffice not found: the LibreOffice tests are SKIPPED.\n  Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui\n${'!'.repeat(72)}\n`;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${message}`);
  console.warn(message);
  return false;
}

/**
 * A LibreOffice user profile that recalculates every formula when it loads an Excel file (its
 * default keeps the cached results the file carries, which would test nothing).
 */
function recalculatingProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  const always = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${always('OOXMLRecalcMode')}${always('ODFRecalcMode')}</oor:items>\n`,
  );
  return profile;
}

/**
 * Opens each .xlsx in LibreOffice Calc (headless), recalculates it and saves it again as .xlsx, in
 * one LibreOffice run; returns the paths of the recalculated files, in the same order.
 *
 * @example
 * const [recalculated] = recalculateInLibreOffice(['/tmp/plan.xlsx']);
 */
export function recalculateInLibreOffice(files: readonly string[]): string[] {
  const outDir = mkdtempSync(join(tmpdir(), 'lo-out-'));
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(recalculatingProfile()).href}`, '--convert-to', 'xlsx', '--outdir', outDir, ...files],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return files.map((file) => join(outDir, basename(file)));
}
