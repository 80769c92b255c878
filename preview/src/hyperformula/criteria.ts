import { prototypeOf, reachInternals } from './internals';

/** The part of HyperFormula's (internal) criterion builder this module corrects. */
interface CriterionParser {
  parseCriterion(criterion: unknown, arithmeticHelper: unknown): unknown;
}

/** The part of HyperFormula's (internal) arithmetic helper this module corrects. */
interface RegexBuilder {
  buildRegex(pattern: string, matchWholeCell?: boolean): RegExp;
}

/**
 * A criterion as Excel, Sheets and LibreOffice read it: at most one comparison operator, and only at
 * the start (`<>`, `>=`, `<=`, `=`, `<`, `>`); the rest, whatever it holds, is the value.
 *
 * @example
 * criterionParts('==1+1') //=> { operator: '=', value: '=1+1' }
 * criterionParts('a<b')   //=> { operator: '', value: 'a<b' }
 */
export function criterionParts(criterion: string): { operator: string; value: string } {
  const [, operator = '', value = ''] = /^(<>|>=|<=|=|<|>)?([\s\S]*)$/.exec(criterion) ?? [];
  return { operator, value };
}

let corrected = false;

/**
 * Makes HyperFormula read SUMIFS/COUNTIFS criteria as the other engines do (and match a `|` in a
 * wildcard pattern as itself). HyperFormula 3.5 looks
 * for operator characters anywhere and takes all of them (`/([<>=]+)(.*)/`): `"==1+1"` (the exact
 * match of the name "=1+1" in Excel) and `"a<b"` become `#VALUE!`, and plan sheets compare names
 * with `"="&name`. The builder is internal and created per engine, so its shared prototype is
 * corrected once, reached through a throwaway engine; the value then goes through HyperFormula's
 * own parsing, operator first.
 *
 * @example
 * correctCriteria(); // =COUNTIF(A1:A3,"==1+1") counts the cells that read "=1+1"
 */
export function correctCriteria(): void {
  if (corrected) return;
  const { prototype, helper } = reachInternals('criteria.ts', (engine) => {
    const interpreter = (engine as { _evaluator?: { interpreter?: { criterionBuilder?: CriterionParser; arithmeticHelper?: RegexBuilder } } })._evaluator
      ?.interpreter;
    const found = { prototype: prototypeOf<CriterionParser>(interpreter?.criterionBuilder), helper: prototypeOf<RegexBuilder>(interpreter?.arithmeticHelper) };
    return found.prototype && found.helper ? (found as { prototype: CriterionParser; helper: RegexBuilder }) : undefined;
  });
  const original = prototype.parseCriterion;
  const typeOf = (self: CriterionParser, operator: string, helper: unknown) =>
    (original.call(self, `${operator || '='}0`, helper) as { operator: string }).operator;
  prototype.parseCriterion = function parseCriterion(this: CriterionParser & { trueString: string; falseString: string }, criterion, helper) {
    if (typeof criterion !== 'string') return original.call(this, criterion, helper);
    const { operator, value } = criterionParts(criterion);
    // HyperFormula's own name for the comparison, from a probe it parses right; the value is read
    // as HyperFormula reads it (blank, number, TRUE/FALSE, else text), never searched for operators.
    const type = typeOf(this, operator, helper);
    if (value === '') return { operator: type, value: null };
    const number = (helper as { coerceToMaybeNumber(text: string): unknown }).coerceToMaybeNumber(value);
    if (number !== undefined) return { operator: type, value: typeof number === 'object' && number !== null ? (number as { val: number }).val : number };
    if (type !== typeOf(this, '=', helper) && type !== typeOf(this, '<>', helper)) return undefined;
    const lower = value.toLowerCase();
    return { operator: type, value: lower === this.trueString ? true : lower === this.falseString ? false : value };
  };
  // A wildcard pattern's `|` is a character to match, but HyperFormula leaves it unescaped in the
  // regular expression it builds, where it means "or" ("north|*" matched every cell). No `|` in
  // that expression comes from anything else, so each is escaped.
  const buildRegex = helper.buildRegex;
  helper.buildRegex = function escapedBuildRegex(pattern, matchWholeCell) {
    const built = buildRegex.call(this, pattern, matchWholeCell);
    return built.source.includes('|') ? new RegExp(built.source.replace(/\|/g, '\\|'), built.flags) : built;
  };
  corrected = true;
}
