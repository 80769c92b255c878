/**
 * The docs hold together: every relative link in README.md, CHANGELOG.md, CONTRIBUTING.md, docs/ and
 * the folder guides (a README.md in core/ or ui/) leads to a file that exists and, when it names a
 * heading, to a heading that file has.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..');
const pages = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...['core', 'ui'].flatMap((top) =>
    (readdirSync(join(root, top), { recursive: true }) as string[]).filter((f) => f.endsWith('README.md')).map((f) => `${top}/${f}`),
  ),
];

/** GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
const anchorsIn = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1])));

describe('the docs', () => {
  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((target) => !/^(https?:|mailto:)/.test(target))
      .filter((target) => {
        const [path, anchor] = target.split('#');
        const file = path === '' ? join(root, page) : join(root, dirname(page), path);
        if (!existsSync(file)) return true;
        return anchor !== undefined && file.endsWith('.md') && !anchorsIn(file).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});
