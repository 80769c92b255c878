import { MAX_SAVED_TEXT, finite, listOf, optional, orNull, restoreSaved, shaped, stepOf, text, tooMany } from './savedState';

const STATE = shaped({ step: stepOf(3), name: text, counts: listOf(finite, 5), cap: orNull(finite), note: optional(text) });
const fresh = { step: 0, name: '', counts: [] as number[], cap: null as number | null };
const validate = (s: typeof fresh): Record<string, string> => (s.step === 0 && s.name === '' ? { name: 'Name the plan.' } : {});

describe('saved wizard answers', () => {
  it('start afresh when nothing was saved, or the text is damaged', () => {
    expect(restoreSaved(undefined, fresh, STATE, validate)).toEqual({ state: fresh });
    expect(restoreSaved('{', fresh, STATE, validate).message).toBe('Your saved answers were damaged, so the wizard starts afresh.');
  });

  it('start afresh when a value is not of its kind', () => {
    expect(restoreSaved(JSON.stringify({ ...fresh, counts: ['1'] }), fresh, STATE, validate).message).toMatch(/not of its kind/);
    expect(restoreSaved(JSON.stringify({ ...fresh, step: 7 }), fresh, STATE, validate).message).toMatch(/not of its kind/);
  });

  it('go back to step 1 when an earlier step no longer validates, saying why', () => {
    const restored = restoreSaved(JSON.stringify({ ...fresh, step: 2 }), fresh, STATE, validate);
    expect(restored).toEqual({ state: { ...fresh, step: 0 }, message: 'Your saved answers need a look before the review: Name the plan.' });
  });

  it('come back whole when they are', () => {
    const saved = { step: 2, name: 'Plan', counts: [1, 2], cap: 5, note: 'x' };
    expect(restoreSaved(JSON.stringify(saved), fresh, STATE, validate)).toEqual({ state: saved });
  });
});

describe('saved answers from a damaged or hostile workbook', () => {
  it('bring back no list longer than the wizard builds, and no text longer than an answer holds', () => {
    const saved = (state: object) => JSON.stringify({ step: 0, name: 'Plan', counts: [], cap: null, ...state });
    expect(restoreSaved(saved({ counts: [1, 2, 3, 4, 5] }), fresh, STATE, validate).message).toBeUndefined();
    expect(restoreSaved(saved({ counts: [1, 2, 3, 4, 5, 6] }), fresh, STATE, validate)).toEqual({
      state: fresh,
      message: 'Your saved answers could not be used (a value is not of its kind), so the wizard starts again from step 1.',
    });
    expect(restoreSaved(saved({ name: 'x'.repeat(MAX_SAVED_TEXT + 1) }), fresh, STATE, validate).state).toBe(fresh);
  });

  it('say when a list is longer than a plan takes', () => {
    expect(tooMany(100, 100_000)).toBe('A plan takes up to 100 rows; this one has 100,000.');
  });
});
