import { runInNewContext } from 'node:vm';
import { SheetError } from './errors';
import { dateToSerial, normaliseCell, toRange } from './values';

describe('reading a cell from any host', () => {
  it('reads Excel null and Sheets empty text alike as a blank', () => {
    expect(normaliseCell(null)).toBeNull();
    expect(normaliseCell('')).toBeNull();
    expect(normaliseCell(undefined)).toBeNull();
  });

  it('reads a date as the serial number Excel and Sheets show for it', () => {
    expect(normaliseCell(new Date(2024, 0, 31))).toBe(45322);
    expect(dateToSerial(new Date(1900, 2, 1))).toBe(61);
    expect(normaliseCell(new Date(2024, 0, 31, 12))).toBe(45322.5);
  });

  it('reads an invalid date as #VALUE!', () => {
    expect(normaliseCell(new Date(Number.NaN))).toMatchObject({ kind: 'VALUE' });
  });

  it('reads error names that Sheets passes as text, and Excel error objects, as errors', () => {
    expect(normaliseCell('#N/A')).toMatchObject({ kind: 'NA' });
    expect(normaliseCell('#div/0!')).toMatchObject({ kind: 'DIV0' });
    expect(normaliseCell({ code: '#REF!', type: 'Error' })).toMatchObject({ kind: 'REF' });
    expect(normaliseCell('#hashtag')).toBe('#hashtag');
  });

  it('reads NaN and infinities as #NUM!, never as numbers', () => {
    expect(normaliseCell(Number.NaN)).toBeInstanceOf(SheetError);
    expect(normaliseCell(Infinity)).toMatchObject({ kind: 'NUM' });
  });

  it('reads anything else as #VALUE!', () => {
    expect(normaliseCell({ foo: 1 })).toMatchObject({ kind: 'VALUE' });
    expect(normaliseCell(() => 1)).toMatchObject({ kind: 'VALUE' });
  });

  it('reads an object that only claims to be a Date as #VALUE!, without throwing', () => {
    const impostor = { [Symbol.toStringTag]: 'Date' };
    expect(Object.prototype.toString.call(impostor)).toBe('[object Date]');
    expect(normaliseCell(impostor)).toMatchObject({ kind: 'VALUE' });
  });

  it('reads a real Date whose own methods were replaced by its true date', () => {
    const date = new Date(2024, 0, 31);
    Object.assign(date, {
      getFullYear: () => 1999,
      getTime: () => {
        throw new Error('no');
      },
    });
    expect(normaliseCell(date)).toBe(45322);
  });

  it('reads a Date from another realm (Apps Script, a vm context) as a date', () => {
    const foreign = runInNewContext('new Date(2024, 0, 31)');
    expect(foreign instanceof Date).toBe(false);
    expect(normaliseCell(foreign)).toBe(45322);
  });

  it('reads an object whose getters throw as #VALUE!, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        getPrototypeOf: () => {
          throw new Error('boom');
        },
      },
    );
    expect(normaliseCell(hostile)).toMatchObject({ kind: 'VALUE' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normaliseCell(proxy)).toMatchObject({ kind: 'VALUE' });
  });
});

describe('reading a range from any host', () => {
  it('treats a single value as a one-cell range, as Sheets passes one-cell references', () => {
    expect(toRange('Won')).toEqual([['Won']]);
  });

  it('normalises each cell of a range', () => {
    expect(
      toRange([
        ['Won', ''],
        [null, new Date(2024, 0, 31)],
      ]),
    ).toEqual([
      ['Won', null],
      [null, 45322],
    ]);
  });

  it('reads an empty array as an empty range', () => {
    expect(toRange([])).toEqual([]);
  });

  it('refuses a ragged range with #VALUE!', () => {
    expect(toRange([[1, 2], [3]])).toMatchObject({ kind: 'VALUE' });
  });

  it('reads a flat array as one column', () => {
    expect(toRange([1, 2])).toEqual([[1], [2]]);
  });

  it('uses a clean range as it is, without copying it', () => {
    const raw = [['Won'], [5], [true]];
    expect(toRange(raw)).toBe(raw);
  });
});
