import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('npm run push:sheets', () => {
  it("would push exactly Code.js, Sidebar.html, each language's messages and appsscript.json (clasp status, offline)", () => {
    // clasp refuses a rootDir outside the folder of its .clasp.json, so the check's own one sits in dist/.
    const folder = join(__dirname, '../dist');
    writeFileSync(join(folder, '.clasp.json'), JSON.stringify({ scriptId: 'offline-check', rootDir: 'sheets' }));
    const clasp = join(__dirname, '../node_modules/@google/clasp/build/src/index.js');
    const result = spawnSync(process.execPath, [clasp, 'status'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const tracked = result.stdout.split('Untracked files:')[0];
    const files = [...tracked.matchAll(/└─ (.+)/g)].map((m) => m[1].trim().split('/').pop()).sort();
    expect(files).toEqual(['Code.js', 'Messages_cy.html', 'Messages_vi.html', 'Messages_zh_CN.html', 'Sidebar.html', 'appsscript.json']);
  });
});
