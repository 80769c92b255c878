import { namedLines, partNumber } from '../wizard/namedLines';
import { brokenAnswers } from '../../core/kit/answers';
import { isPlanReference } from '../../core/kit/sheet';
import { COST_SPREADS, MAX_BUDGET_ROWS, ReadNumber, SALES_BUDGET_FIELDS, SalesBudgetAnswers } from '../../core/plans/salesBudget';
import { Check, finite, listOf, oneOf, orNull, restoreSaved, shaped, stepOf, text, tooMany, declaredNumbers } from '../wizard/savedState';
import { ModelStep, checkAtStep, fieldErrors } from '../wizard/modelSteps';
import { t, msg } from '../i18n';

/** The wizard's state: the answers (plain JSON, saved as typed). */
export interface SalesBudgetState {
  readonly step: number;
  readonly answers: SalesBudgetAnswers;
}

export const typedNumber = (value: number): ReadNumber => ({ value, formula: null });

export function initialState(today = new Date()): SalesBudgetState {
  return {
    step: 0,
    answers: {
      year: today.getFullYear() + 1,
      target: typedNumber(SALES_BUDGET_FIELDS.target.default),
      monthShares: Array.from({ length: 12 }, () => typedNumber(1 / 12)),
      grossMargin: SALES_BUDGET_FIELDS.grossMargin.default,
      roles: [{ role: t('Account executive'), people: typedNumber(4), salary: 60_000 }],
      hires: [],
      commission: { rate: 0.05, fromPlan: null },
      software: { seats: SALES_BUDGET_FIELDS.seats.default, pricePerMonth: SALES_BUDGET_FIELDS.seatPrice.default },
      training: { perHire: SALES_BUDGET_FIELDS.trainingPerHire.default, perHeadYear: SALES_BUDGET_FIELDS.trainingPerHead.default },
      travel: {
        visits: typedNumber(SALES_BUDGET_FIELDS.visits.default),
        kmPerVisit: SALES_BUDGET_FIELDS.kmPerVisit.default,
        costPerKm: SALES_BUDGET_FIELDS.costPerKm.default,
      },
      marketing: typedNumber(SALES_BUDGET_FIELDS.marketing.default),
      others: [],
      spread: 'flat',
    },
  };
}

export const SPREAD_LABELS = { flat: msg('Evenly, a twelfth a month'), revenue: msg('As revenue falls, by the month shares') } as const;

/**
 * Lines typed a line each, "Name: number, number…", as rows of a name and numbers; a message names a
 * line that cannot be read. `count` numbers are expected (the last ones may default).
 *
 * @example
 * typedLines('Account executive: 4, 60000', [Number.NaN, 0]) //=> [{ name: 'Account executive', numbers: [4, 60000] }]
 */
export function typedLines(text: string, defaults: readonly number[]): { name: string; numbers: number[] }[] | string {
  const lines = namedLines(text);
  if (lines.length > MAX_BUDGET_ROWS) return tooMany(MAX_BUDGET_ROWS, lines.length);
  const rows: { name: string; numbers: number[] }[] = [];
  for (const [i, { name, parts }] of lines.entries()) {
    // A line without a colon is all name and no numbers: not understood.
    const numbers = defaults.map((otherwise, k) => (parts[k] === undefined || parts[k] === '' ? otherwise : partNumber(parts[k])));
    if (!name || parts.length === 0 || numbers.some((n) => !Number.isFinite(n)))
      return t('Line {value}: write it as “Name: numbers”, separated by commas.', { value: i + 1 });
    rows.push({ name, numbers });
  }
  return rows;
}

/** Names given once: two rows of one name would be read as one by a manager. */
const twice = (names: readonly string[]) => new Set(names.map((n) => n.trim().toLowerCase())).size !== names.length;

function checkTarget({ answers: a }: SalesBudgetState): Record<string, string> {
  const found = fieldErrors();
  for (const [key, message] of Object.entries(brokenAnswers(SALES_BUDGET_FIELDS, 0, a, t))) found.put(key, message);
  const shares = a.monthShares.reduce((s, m) => s + m.value, 0);
  if (a.monthShares.length !== 12 || a.monthShares.some((m) => !(m.value >= 0)) || Math.abs(shares - 1) > 1e-6)
    found.put('target', t('The month shares must be 12 shares of 0 or more adding up to 100%.'));
  return found.errors;
}

function checkTeam({ answers: a }: SalesBudgetState): Record<string, string> {
  const found = fieldErrors();
  if (a.roles.length > MAX_BUDGET_ROWS) found.put('team', tooMany(MAX_BUDGET_ROWS, a.roles.length));
  if (twice(a.roles.map((r) => r.role))) found.put('team', t('Two roles have the same name.'));
  if (a.hires.length > MAX_BUDGET_ROWS) found.put('hires', tooMany(MAX_BUDGET_ROWS, a.hires.length));
  for (const [key, message] of Object.entries(brokenAnswers(SALES_BUDGET_FIELDS, 1, a, t))) found.put(key, message);
  return found.errors;
}

function checkOthers({ answers: a }: SalesBudgetState): Record<string, string> {
  const found = fieldErrors();
  if (a.others.length > MAX_BUDGET_ROWS) found.put('others', tooMany(MAX_BUDGET_ROWS, a.others.length));
  if (twice(a.others.map((o) => o.name))) found.put('others', t('Two lines have the same name.'));
  for (const [key, message] of Object.entries(brokenAnswers(SALES_BUDGET_FIELDS, 5, a, t))) found.put(key, message);
  return found.errors;
}

/** The sales budget's steps: each title and the check it must pass before the next. */
export const SALES_BUDGET_STEPS: readonly ModelStep<SalesBudgetState>[] = [
  { title: msg('The target'), check: checkTarget },
  { title: msg('The team'), check: checkTeam },
  { title: msg('Commissions'), check: ({ answers: a }) => brokenAnswers(SALES_BUDGET_FIELDS, 2, a, t) },
  { title: msg('Software and training'), check: ({ answers: a }) => brokenAnswers(SALES_BUDGET_FIELDS, 3, a, t) },
  { title: msg('Travel and marketing'), check: ({ answers: a }) => brokenAnswers(SALES_BUDGET_FIELDS, 4, a, t) },
  { title: msg('Other lines'), check: checkOthers },
  { title: msg('Review and build') },
];

/** What is wrong with the answers of the step the state is at, field by field (empty when it may be left). */
export const validateStep = checkAtStep(SALES_BUDGET_STEPS);

/** A number read from a plan: a formula comes back only as the plain reference the wizard writes. */
const READ: Check = shaped({ value: finite, formula: orNull((v) => text(v) && isPlanReference(v as string)) });
const STATE = shaped({
  step: (v: unknown) => stepOf(SALES_BUDGET_STEPS.length)(v),
  answers: shaped({
    ...declaredNumbers(SALES_BUDGET_FIELDS),
    target: READ,
    monthShares: listOf(READ, 12),
    roles: listOf(shaped({ role: text, people: READ, salary: finite }), MAX_BUDGET_ROWS),
    hires: listOf(shaped({ name: text, start: READ, salary: finite }), MAX_BUDGET_ROWS),
    commission: shaped({ rate: orNull(finite), fromPlan: orNull(READ) }),
    software: shaped({ seats: finite, pricePerMonth: finite }),
    training: shaped({ perHire: finite, perHeadYear: finite }),
    travel: shaped({ visits: READ, kmPerVisit: finite, costPerKm: finite }),
    marketing: READ,
    others: listOf(shaped({ name: text, amount: finite }), MAX_BUDGET_ROWS),
    spread: oneOf(COST_SPREADS),
  }),
});

/** The state restored from the document, checked as untrusted input, each step before the saved one validated. */
export function restoreState(saved: unknown): { state: SalesBudgetState; message?: string } {
  return restoreSaved(saved, initialState(), STATE, validateStep);
}
