import 'fake-indexeddb/auto';
import { WORKBOOK_KEY, browserStore } from './workbookStore';

/** localStorage as an earlier version of the preview left it. */
function legacyStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("the preview's workbook in the browser", () => {
  it('keeps a workbook far larger than localStorage holds (its 5 MB)', async () => {
    const store = browserStore();
    const large = JSON.stringify({ cells: 'x'.repeat(20_000_000) });
    await store.write(large);
    await expect(browserStore().read()).resolves.toBe(large);
  });

  it('reads a workbook an earlier version kept in localStorage, and moves it on the next save', async () => {
    const legacy = legacyStorage();
    const store = browserStore(legacy);
    await store.remove();
    legacy.setItem(WORKBOOK_KEY, '{"version":1}');
    await expect(store.read()).resolves.toBe('{"version":1}');
    await store.write('{"version":1,"moved":true}');
    expect(legacy.getItem(WORKBOOK_KEY)).toBeNull();
    await expect(store.read()).resolves.toBe('{"version":1,"moved":true}');
  });

  it('forgets the workbook on Reset sample', async () => {
    const store = browserStore(legacyStorage());
    await store.write('{}');
    await store.remove();
    await expect(store.read()).resolves.toBeUndefined();
  });
});
