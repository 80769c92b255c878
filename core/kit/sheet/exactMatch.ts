import { formulaString } from './formulaText';

/**
 * How a plan sheet compares a name (a rep, a child, a status, a group, a field) with a column, so
 * that every engine agrees with core: exactly, without regard to case, never reading the name as an
 * operator (`=1+1`, `<5`) or a pattern (`Smith*`, `Wh?`, `~`).
 *
 * Spreadsheets read a SUMIFS/COUNTIFS criterion's leading `=`, `<`, `>`, `<>` as a comparison and
 * `*`, `?`, `~` as wildcards (Excel's COUNTIF documentation: "type a tilde (~) before the character"),
 * and MATCH/VLOOKUP with an exact match read the wildcards too.
 */

const WILDCARD = /[~*?]/g;

/**
 * A name as a SUMIFS/COUNTIFS/SUMIF criterion that matches it and nothing else: `=` first, so a
 * leading operator is part of the name, and each wildcard escaped with `~`.
 *
 * @example
 * exactCriterion('Smith*')  //=> '"=Smith~*"'
 * exactCriterion('=1+1')    //=> '"==1+1"'
 */
export const exactCriterion = (name: string): string => formulaString(`=${name.replace(WILDCARD, '~$&')}`);

/**
 * {@link exactCriterion} for a name held in a cell: the same escaping, done by the formula, so it
 * follows the cell when a manager retypes it.
 *
 * @example
 * exactCriterionOf('$A5') //=> '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A5,"~","~~"),"*","~*"),"?","~?")'
 */
export const exactCriterionOf = (cell: string): string => `"="&${literalLookup(cell)}`;

/**
 * A lookup value for MATCH against a list that holds no wildcard characters (operators, methods,
 * curve kinds): its own `~`, `*` and `?` escaped, so `h*` never finds `hill` in Excel or Sheets
 * (HyperFormula reads no wildcards in MATCH, and finds nothing either way).
 *
 * @example
 * literalLookup('LOWER(TRIM(B5))') //=> 'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(B5)),"~","~~"),"*","~*"),"?","~?")'
 */
export const literalLookup = (text: string): string => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text},"~","~~"),"*","~*"),"?","~?")`;

/**
 * A text key without wildcards, the same for the same text whatever its case, for MATCH over a
 * column of keys the sheet builds with the same formula: `%` becomes `%p`, `~` `%t`, `*` `%s`, `?` `%q`
 * and `|` `%v` (one to one, so two names never share a key, and `|` can join a key to a number). Engines differ on wildcards in MATCH (Excel reads
 * them, HyperFormula does not); a key without any reads alike everywhere.
 *
 * @example
 * wildcardFreeKey('A5') //=> 'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(A5),"%","%p"),…),"|","%v")'
 */
export const wildcardFreeKey = (text: string): string =>
  `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(${text}),"%","%p"),"~","%t"),"*","%s"),"?","%q"),"|","%v")`;

/**
 * The position of `name` in a one-row or one-column range of names (a header), compared exactly
 * without regard to case or surrounding spaces; 0 when it is missing or there more than once (so a
 * sheet's check flags it rather than reading the wrong column). Inside SUMPRODUCT, which every
 * engine evaluates as arrays without Ctrl+Shift+Enter, MATCH finds the one 1 among the matches
 * (HyperFormula's COLUMN gives no array); headers are short, so its cost is small.
 *
 * @example
 * positionIn("'Leads'!$A$1:$C$1", '"Amount"') // IF(SUMPRODUCT(--(LOWER(TRIM(…))=LOWER(TRIM("Amount"))))=1,SUMPRODUCT(MATCH(1,--(…),0)),0)
 */
export function positionIn(range: string, name: string): string {
  const same = `--(LOWER(TRIM(${range}))=LOWER(TRIM(${name})))`;
  return `IF(SUMPRODUCT(${same})=1,SUMPRODUCT(MATCH(1,${same},0)),0)`;
}
