/**
 * Writes each language's messages into the Apps Script project (dist/sheets/Messages_<language>.html,
 * JSON text) for the sidebar to fetch on demand: HtmlService serves the sidebar as one file, and
 * carrying every language in it made it 863 KB. Run by `npm run build`, after webpack.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES } from '../core/kit/i18n/catalogues';
import { messagesFile } from '../sheets-addon/src/sidebarMessages';

const folder = join(__dirname, '../dist/sheets');
for (const [language, catalogue] of Object.entries(CATALOGUES)) {
  writeFileSync(join(folder, `${messagesFile(language as keyof typeof CATALOGUES)}.html`), JSON.stringify(catalogue));
}
