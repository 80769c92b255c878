import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';

/** GET a path as a browser (or any page the user visits) would send it, unparsed. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server behind npm start and the Excel dev server', () => {
  let server: ChildProcess;
  let port = 0;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'served-'));
    writeFileSync(join(folder, 'index.html'), '<p>preview</p>');
    const script = `import('${join(__dirname, 'staticServer.mjs')}').then(({ serveFolder }) => serveFolder(process.argv[1], 0)).then((s) => console.log(s.address().port))`;
    server = spawn(process.execPath, ['-e', script, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    port = await new Promise<number>((resolve) => server.stdout!.once('data', (data) => resolve(Number(String(data).trim()))));
  });

  afterAll(() => server.kill());

  it('answers 400 to a malformed escape and stays up', async () => {
    await expect(get(port, '/%')).resolves.toEqual({ status: 400, body: 'Bad request' });
    await expect(get(port, '/%E0%A4%A')).resolves.toMatchObject({ status: 400 });
    await expect(get(port, '/')).resolves.toEqual({ status: 200, body: '<p>preview</p>' });
  });

  it('serves nothing outside its folder', async () => {
    await expect(get(port, '/../../etc/passwd')).resolves.toMatchObject({ status: 404 });
    await expect(get(port, '/%2e%2e/%2e%2e/etc/passwd')).resolves.toMatchObject({ status: 404 });
  });
});
