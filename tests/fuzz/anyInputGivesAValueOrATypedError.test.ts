/**
 * Bad input never crashes: every catalogue function, fed arbitrary spreadsheet values as any host
 * might pass them, returns a finite number, text, a boolean or a typed error. Never a throw, NaN or
 * Infinity. Runs through core, the Excel wrappers and the built Apps Script bundle.
 */
import fc from 'fast-check';
import { CATALOGUE, ERROR_KINDS, SheetError, invokeFunction, isSheetError } from '../../core';
import { UNREADABLE } from '../../core/kit/catalogue';
import { installCustomFunctionsStub } from '../harness/customFunctionsStub';
import { CASES_BY_FUNCTION } from '../../core/functions/allCases';
import { coreCell, isRangeArg } from '../harness/caseValues';
import { loadAppsScript } from '../harness/appsScript';
import * as excelWrappers from '../../excel-addin/src/functions.generated';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Objects that throw when read (a Proxy whose getters throw, a revoked Proxy) would break
// fast-check's own cloning, so the generator places these markers and `hostile` swaps them in.
const HOSTILE = Object.freeze({ marker: 'hostile' });
const REVOKED = Object.freeze({ marker: 'revoked' });
function hostile(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(hostile);
  if (raw === HOSTILE)
    return new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile getter');
        },
        getPrototypeOf: () => {
          throw new Error('hostile');
        },
      },
    );
  if (raw === REVOKED) {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  return raw;
}

const hostError = fc.constantFrom(
  { code: '#N/A', type: 'Error' },
  { code: '#DIV/0!', message: 'x' },
  { errorCode: '#REF!' },
  { code: 42 },
  new SheetError('NUM', 'fuzz'),
);
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.string(),
  fc.constantFrom('Won', 'won ', 'LOST', 'Lost', 'Open', '', ' ', '#N/A', '#DIV/0!', '#NAME?', '12', '1e3', '-5', '0x10', 'TRUE'),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date({ noInvalidDate: false }),
  hostError,
  fc.constantFrom({}, [], Symbol.for('odd') as unknown, () => 1, 10n as unknown),
  // Values that only pretend, or that throw when read: they must still give a typed error.
  fc.constantFrom('1e400', '-1e400', ' 1e309 ', { [Symbol.toStringTag]: 'Date' }, Object.create(Date.prototype)),
  fc.constantFrom(HOSTILE, REVOKED),
);
const rectangle = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const ragged = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 });
const argument = fc.oneof(
  { weight: 3, arbitrary: cell },
  { weight: 4, arbitrary: rectangle },
  { weight: 1, arbitrary: ragged },
  { weight: 1, arbitrary: fc.array(cell) },
);

function isAcceptable(result: unknown): boolean {
  if (Array.isArray(result))
    return result.length > 0 && result.every((row) => Array.isArray(row) && row.every((cell) => !Array.isArray(cell) && isAcceptable(cell)));
  // The last guard's message means something threw inside: a defect, even though the user sees a typed error.
  if (isSheetError(result)) return ERROR_KINDS.includes(result.kind) && typeof result.message === 'string' && !result.message.includes(UNREADABLE);
  if (typeof result === 'number') return Number.isFinite(result);
  return typeof result === 'string' || typeof result === 'boolean';
}

const stub = installCustomFunctionsStub();
const appsScript = loadAppsScript();

describe.each(CATALOGUE.map((fn) => [fn.name, fn] as const))('%s', (_name, fn) => {
  // Plausible input too: same-length columns of labels and amounts, numbers for the scalars.
  const plausibleCell = fc.oneof(fc.constantFrom('Won', 'Lost', 'Open', null, ' won'), fc.integer({ min: -100, max: 10_000 }), cell);
  const aligned = fc.integer({ min: 1, max: 30 }).chain((n) =>
    fc.tuple(
      ...fn.params.map((p) =>
        p.kind === 'range' || p.kind === 'total'
          ? fc.array(
              plausibleCell.map((c) => [c]),
              { minLength: n, maxLength: n },
            )
          : p.kind === 'text'
            ? fc.oneof(fc.constantFrom('Won', 'Lost', 'median', 'closed', undefined), cell)
            : p.kind === 'rate'
              ? fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), cell)
              : fc.oneof(fc.integer({ min: -5, max: 500 }), cell, fc.constant(undefined)),
      ),
    ),
  );
  // And the function's own table of cases, so every run also reaches the computation itself.
  const known = (CASES_BY_FUNCTION[fn.name] ?? []).map((c) => c.args.map((a) => (isRangeArg(a) ? a.map((r) => r.map(coreCell)) : coreCell(a))));
  const args = fc.oneof(fc.array(argument, { minLength: 0, maxLength: fn.params.length + 1 }), aligned as fc.Arbitrary<unknown[]>, fc.constantFrom(...known));

  it('returns a value or a typed error for any input, in core', () => {
    const seen = { number: 0, error: 0 };
    fc.assert(
      fc.property(args, (raw) => {
        const result = invokeFunction(fn, hostile(raw) as unknown[]);
        seen[isSheetError(result) ? 'error' : 'number'] += 1; // a table counts as an answer
        return isAcceptable(result);
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: the generated inputs reach the computation, not only the argument checks.
    expect(seen.error).toBeGreaterThan(0);
    if (RUNS >= 1000) expect(seen.number).toBeGreaterThan(0);
  });

  it('returns a value or a CustomFunctions.Error for any input, in Excel', () => {
    const wrapper = (excelWrappers as Record<string, (...a: unknown[]) => unknown>)[fn.name.toLowerCase()];
    fc.assert(
      fc.property(args, (raw) => {
        const excelOk = (result: unknown): boolean =>
          Array.isArray(result)
            ? result.length > 0 && result.every((row) => Array.isArray(row) && row.every(excelOk))
            : stub.codeOf(result) !== result
              ? typeof stub.codeOf(result) === 'string'
              : isAcceptable(result);
        return excelOk(wrapper(...(hostile(raw) as unknown[])));
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a value or throws an error named like a spreadsheet error, in Apps Script', () => {
    fc.assert(
      fc.property(args, (raw) => {
        try {
          return isAcceptable(appsScript.context[fn.name](...(hostile(raw) as unknown[])));
        } catch (error) {
          const message = (error as Error).message;
          return /^#(DIV\/0!|VALUE!|NUM!|N\/A|REF!|NAME\?|NULL!)/.test(message) && !message.includes(UNREADABLE);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('copes with a range of 200,000 cells', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => [i % 3 === 0 ? 'Won' : i % 3 === 1 ? 'Lost' : 1234.5, i % 7 === 0 ? null : i]);
    const result = invokeFunction(fn, fn.params.map(() => big).slice(0, Math.max(1, fn.params.filter((p) => !p.optional).length)));
    expect(isAcceptable(result)).toBe(true);
  });
});
