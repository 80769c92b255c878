import { CellValue } from '../../core/kit/cells';
import { ScoringRule, closedOutcome } from '../../core/functions/leads';

/** A field is read as a category when it has at most this many values among the closed leads (a count such as visits too); amounts and dates are left to the predictive score. */
const MAX_VALUES = 30;
/** A value (or a side of a threshold) needs this many closed leads to say anything. */
const MIN_LEADS = 30;
/** How far a rule's leads must convert from the others, in standard errors, to be more than chance. */
const MIN_Z = 2.5;
/** The most rules learnt, the strongest first. */
const MAX_LEARNT = 4;

interface Learnt {
  readonly rule: Omit<ScoringRule, 'points'>;
  /** How much more often the rule's leads won than the others (a share). */
  readonly gap: number;
}

/** The won share of closed leads, and how many. */
function rateOf(wins: readonly (0 | 1)[]): { rate: number; n: number } {
  return { rate: wins.reduce<number>((s, w) => s + w, 0) / Math.max(1, wins.length), n: wins.length };
}

/** A rule's gap when its leads and the others differ by more than chance (a two-proportion z-test), else undefined. */
function gapIfReal(met: readonly (0 | 1)[], rest: readonly (0 | 1)[]): number | undefined {
  const [a, b] = [rateOf(met), rateOf(rest)];
  if (a.n < MIN_LEADS || b.n < MIN_LEADS) return undefined;
  const pooled = (a.rate * a.n + b.rate * b.n) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const gap = a.rate - b.rate;
  return se > 0 && gap / se >= MIN_Z ? gap : undefined;
}

/** A category field's rule: its values whose leads won more often than the closed leads as a whole, "in" a list. */
function categoryRule(field: string, values: readonly string[], wins: readonly (0 | 1)[]): Learnt | undefined {
  const overall = rateOf(wins).rate;
  const byValue = new Map<string, (0 | 1)[]>();
  values.forEach((v, i) => {
    const seen = byValue.get(v);
    if (seen) seen.push(wins[i]);
    else byValue.set(v, [wins[i]]);
  });
  const better = [...byValue].filter(([v, w]) => v !== '' && w.length >= MIN_LEADS && rateOf(w).rate > overall).map(([v]) => v);
  if (better.length === 0 || better.length === byValue.size) return undefined;
  const chosen = new Set(better);
  const gap = gapIfReal(
    wins.filter((_, i) => chosen.has(values[i])),
    wins.filter((_, i) => !chosen.has(values[i])),
  );
  return gap === undefined ? undefined : { rule: { field, operator: 'in', value: better.join(', '), group: '' }, gap };
}

/** A number field's rule: at or above its median, or below it, whichever side won more often. */
function thresholdRule(field: string, numbers: readonly number[], wins: readonly (0 | 1)[]): Learnt | undefined {
  const sorted = [...numbers].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const above = wins.filter((_, i) => numbers[i] >= median);
  const below = wins.filter((_, i) => numbers[i] < median);
  const up = gapIfReal(above, below);
  if (up !== undefined) return { rule: { field, operator: '>=', value: median, group: '' }, gap: up };
  const down = gapIfReal(below, above);
  return down === undefined ? undefined : { rule: { field, operator: '<', value: median, group: '' }, gap: down };
}

/** One field's rule, learnt from its values among the closed leads, if they tell won from lost. */
function fieldRule(field: string, cells: readonly CellValue[], wins: readonly (0 | 1)[]): Learnt | undefined {
  const distinct = new Set(cells.map((c) => (typeof c === 'string' ? c.trim() : c)));
  if (distinct.size < 2 || distinct.size > MAX_VALUES) return undefined;
  if (cells.every((c) => typeof c === 'number')) return thresholdRule(field, cells as number[], wins);
  return categoryRule(
    field,
    cells.map((c) => String(c ?? '').trim()),
    wins,
  );
}

/**
 * Rules learnt from the leads already won and lost: for each field with few values, the values
 * whose leads won more often than the rest (or a side of a count's median), kept only when the
 * difference is more than chance (a z-test at 2.5 standard errors, 30 leads a side at least); the
 * strongest four, their points in proportion to how much more often their leads won, adding up to
 * 100. A starting point that scores the manager's own leads better than a coin toss, where a generic
 * preset may not (the sample's "Fit and engagement" ranked its leads at AUC 0.476).
 *
 * @example
 * learntRules(leads, 'Lead', 'Outcome') // on the sample: [{ field: 'Region', operator: 'in', value: 'West, South', points: 62, group: '' }, …]
 */
export function learntRules(leads: readonly (readonly CellValue[])[], labelField: string, outcomeField: string): ScoringRule[] {
  const header = (leads[0] ?? []).map((f) => String(f ?? ''));
  const outcome = header.indexOf(outcomeField);
  if (outcome < 0) return [];
  const closed = leads.slice(1).flatMap((row) => {
    const won = closedOutcome(row[outcome] ?? null);
    return won === undefined ? [] : [{ row, won }];
  });
  const wins = closed.map((c) => c.won);
  const learnt = header
    .flatMap((field, col) =>
      col === outcome || field === labelField || field === ''
        ? []
        : [
            fieldRule(
              field,
              closed.map((c) => c.row[col] ?? null),
              wins,
            ),
          ],
    )
    .filter((l): l is Learnt => l !== undefined)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, MAX_LEARNT);
  const total = learnt.reduce((s, l) => s + l.gap, 0);
  return learnt.map((l) => ({ ...l.rule, points: Math.max(1, Math.round((100 * l.gap) / total)) }));
}
