import { SETTINGS_KEY, UiSettings, mergeSettings, parseSettings } from '../../ui/host';
import { splitUtf8, utf8Length } from '../../core/kit/cells';

/**
 * The sidebar's settings in the document's properties, within Google's quotas ("Quotas for Google
 * Services": properties value size 9 KB, total storage 500 KB per property store). A wizard's
 * answers pass 9 KB at about 150 children, so the settings' JSON is cut into pieces of at most
 * {@link PIECE_BYTES} under keys `salesPlanner.ui.1`…, with their count under
 * `salesPlanner.ui.pieces`, written in one `setProperties` call. The store is this add-on's own (a
 * document's properties are per script), so that call also clears pieces left from a longer save.
 */
export const PIECE_BYTES = 8_000;
/** What the store may hold, keys included, leaving room under the 500 KB quota. */
export const STORE_BYTES = 480_000;
const PIECES_KEY = `${SETTINGS_KEY}.pieces`;
const pieceKey = (i: number) => `${SETTINGS_KEY}.${i}`;

/** The settings stored in the document, from its pieces (or from one property, as versions before stored them). */
export function readSettings(properties: GoogleAppsScript.Properties.Properties): UiSettings {
  const stored = properties.getProperties();
  const count = Number(stored[PIECES_KEY]);
  if (!Number.isInteger(count) || count < 1) return parseSettings(stored[SETTINGS_KEY]);
  return parseSettings(Array.from({ length: count }, (_, i) => stored[pieceKey(i + 1)] ?? '').join(''));
}

/**
 * Merges the patch into what is stored and writes it back in pieces. Over the store's quota it
 * writes nothing and throws, saying how large the settings are: the sidebar tells the user.
 */
export function writeSettings(properties: GoogleAppsScript.Properties.Properties, patch: UiSettings): void {
  const json = JSON.stringify(mergeSettings(readSettings(properties), patch));
  const pieces = splitUtf8(json, PIECE_BYTES);
  const entries: Record<string, string> = { [PIECES_KEY]: String(pieces.length) };
  pieces.forEach((piece, i) => (entries[pieceKey(i + 1)] = piece));
  const bytes = Object.entries(entries).reduce((sum, [key, value]) => sum + utf8Length(key) + utf8Length(value), 0);
  if (bytes > STORE_BYTES) {
    throw new Error(
      `The answers take ${Math.ceil(bytes / 1000)} KB and Google Sheets keeps at most 500 KB of an add-on's settings in a document: nothing was saved. Make the plan smaller (fewer children or rules).`,
    );
  }
  properties.setProperties(entries, true);
}
