import { SheetError, reason } from '../../kit/cells/errors';
import { roundTo } from '../../kit/cells/rounding';
import { CellValue, Range } from '../../kit/cells/values';
import { LeadModel, ModelTerm } from './leadModel';
import { msg } from '../../kit/i18n/msg';
import { fillMessage } from '../../kit/i18n/translate';

/** A model read back from its table (as LEADMODEL spilled it, perhaps edited by the manager). */
export function readModel(table: Range): Pick<LeadModel, 'intercept' | 'terms'> | SheetError {
  let intercept: number | undefined;
  const terms: ModelTerm[] = [];
  for (const [i, row] of table.entries()) {
    const name = String(row[0] ?? '').trim();
    if (name === '' || name.toLowerCase() === 'term' || name === '(model)') continue;
    const [coefficient, mean, scale] = [row[1], row[2], row[3]];
    if (typeof coefficient !== 'number') return new SheetError('VALUE', reason("the model's row {value} ({name}) has no coefficient", { value: i + 1, name }));
    if (name === '(intercept)') intercept = coefficient;
    else if (typeof mean !== 'number' || typeof scale !== 'number' || scale === 0)
      return new SheetError('VALUE', reason("the model's row {value} ({name}) needs its mean and a scale that is not 0", { value: i + 1, name }));
    else terms.push({ name, coefficient, mean, scale });
  }
  if (intercept === undefined) return new SheetError('VALUE', reason('model has no (intercept) row: give the table LEADMODEL spills'));
  return { intercept, terms };
}

/** How one term reads a lead: a numeric column's standardised value, or 1/0 for a category. */
interface Reader {
  readonly category: boolean;
  read(lead: readonly CellValue[]): number | SheetError;
}

function termReader(term: ModelTerm, header: readonly string[]): Reader | SheetError {
  const columnOf = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  const numeric = columnOf(term.name);
  if (numeric >= 0) {
    return {
      category: false,
      read: (lead) => {
        const v = lead[numeric] ?? null;
        if (v === null || v === '') return 0; // a missing number counts as the training mean
        return typeof v === 'number'
          ? (v - term.mean) / term.scale
          : new SheetError('VALUE', reason('{name} holds text ("{value}") where the model expects a number', { name: term.name, value: String(v) }));
      },
    };
  }
  const split = term.name.indexOf(' = ');
  const column = split > 0 ? columnOf(term.name.slice(0, split)) : -1;
  if (column < 0) return new SheetError('VALUE', reason('features has no column for the model\'s term "{name}"', { name: term.name }));
  const level = term.name
    .slice(split + 3)
    .trim()
    .toLowerCase();
  return {
    category: true,
    read: (lead) => {
      const v = lead[column] ?? null;
      const key = v === null || String(v).trim() === '' ? '(blank)' : String(v).trim().toLowerCase();
      return key === level ? 1 : 0; // an unseen category is the reference level: every indicator 0
    },
  };
}

/** Each lead's terms as numbers (the values the coefficients multiply), and which terms are categories. */
function termValues(features: Range, model: Pick<LeadModel, 'terms'>): { values: number[][]; category: boolean[] } | SheetError {
  if (features.length < 2) return new SheetError('VALUE', reason('features needs a header row and at least one lead'));
  const header = features[0].map((h) => String(h ?? ''));
  const readers: Reader[] = [];
  for (const term of model.terms) {
    const reader = termReader(term, header);
    if (reader instanceof SheetError) return reader;
    readers.push(reader);
  }
  const values: number[][] = [];
  for (const lead of features.slice(1)) {
    const row: number[] = [];
    for (const reader of readers) {
      const v = reader.read(lead);
      if (v instanceof SheetError) return v;
      row.push(v);
    }
    values.push(row);
  }
  return { values, category: readers.map((r) => r.category) };
}

/**
 * The probability of winning each lead: 1 / (1 + e^−(intercept + Σ coefficient × value)).
 *
 * @example
 * leadProbabilities([['Visits'], [12]], { intercept: 0, terms: [{ name: 'Visits', coefficient: 1, mean: 10, scale: 2 }] }) //=> [0.731…]
 */
export function leadProbabilities(features: Range, model: Pick<LeadModel, 'intercept' | 'terms'>): number[] | SheetError {
  const read = termValues(features, model);
  if (read instanceof SheetError) return read;
  return read.values.map((row) => 1 / (1 + Math.exp(-row.reduce((sum, v, i) => sum + model.terms[i].coefficient * v, model.intercept))));
}

/**
 * A contribution as the sheet shows it: the term and its signed effect in logit points, to two
 * decimals rounded half away from zero after tidying binary noise, as a spreadsheet's TEXT does
 * ("Visits (+0.84)"; −0.435 shows as −0.44, where toFixed alone would say −0.43).
 */
const factorText = (name: string, contribution: number) => `${name} (${contribution >= 0 ? '+' : '-'}${roundTo(Math.abs(contribution), 0.01).toFixed(2)})`;

/**
 * A term as a manager reads it for one lead: a numeric term by its name; a category by whether the
 * lead has it ("Region is not Central" for a West lead, where "Region = Central" read as if it were).
 *
 * @example
 * factorTerm('Region = Central', true, 0) //=> 'Region is not Central'
 * factorTerm('Visits', false, 12)         //=> 'Visits'
 */
export function factorTerm(
  name: string,
  category: boolean,
  value: number,
  t: (source: string, params: Record<string, string>) => string = (source, params) => fillMessage(source, params),
): string {
  const at = name.indexOf(' = ');
  if (!category || at < 0) return name;
  const said = { field: name.slice(0, at), level: name.slice(at + 3).trim() };
  return value === 1 ? t(HAS_LEVEL, said) : t(LACKS_LEVEL, said);
}

/** How a lead's category reads in its top factor, in core's English and on the sheet in its language. */
export const HAS_LEVEL = msg('{field} is {level}');
export const LACKS_LEVEL = msg('{field} is not {level}');

/**
 * Each lead's k factors that move its score most: contribution = coefficient × (value − training
 * mean) in logit points (for a numeric term, per standardised unit), largest in size first; the
 * model's order breaks ties. Fewer terms than k leave the rest blank.
 *
 * @example
 * leadFactors([['Visits'], [14]], { intercept: 0, terms: [{ name: 'Visits', coefficient: 0.5, mean: 10, scale: 2 }] }, 1) //=> [['Visits (+1.00)']]
 */
export function leadFactors(features: Range, model: Pick<LeadModel, 'intercept' | 'terms'>, k: number): string[][] | SheetError {
  const read = termValues(features, model);
  if (read instanceof SheetError) return read;
  return read.values.map((row) => {
    const contributions = model.terms.map((term, i) => ({
      name: factorTerm(term.name, read.category[i], row[i]),
      // A numeric value is already standardised (its mean is 0); a category is 1/0 against its share.
      value: term.coefficient * (read.category[i] ? row[i] - term.mean : row[i]),
      order: i,
    }));
    contributions.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.order - b.order);
    return Array.from({ length: k }, (_, i) => (contributions[i] ? factorText(contributions[i].name, contributions[i].value) : ''));
  });
}
