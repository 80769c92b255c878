import { DetailedCellError, HyperFormula } from 'hyperformula';
import { CATALOGUE } from '../../../core';
import { editDistance } from '../../../ui/textMatch';
import { t, msg } from '../../../ui/i18n';

let known: string[] | undefined;

/** Every function a formula may call in the preview: the engine's and the Sales Planner's. */
function knownFunctions(): string[] {
  known ??= [...new Set([...CATALOGUE.map((fn) => fn.name), ...HyperFormula.getRegisteredFunctionNames('enGB')])];
  return known;
}

/**
 * The function a misspelt name most likely meant: the closest known name within a third of its
 * length (at least one edit), the Sales Planner's first on a tie.
 *
 * @example
 * closestFunction('WINRAT') //=> 'WINRATE'
 * closestFunction('FORECASTX') //=> 'FORECAST'
 */
export function closestFunction(name: string): string | undefined {
  const wanted = name.toUpperCase().replace(/^SALES\./, '');
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of knownFunctions()) {
    const distance = editDistance(wanted, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function unknownName(message: string): string | undefined {
  const fn = message.match(/^Function name (.+) not recognized\.$/)?.[1];
  if (fn) {
    const guess = closestFunction(fn);
    return guess
      ? t('There is no function {fn}. Did you mean {guess}?', { fn, guess })
      : t('There is no function {fn}: check its spelling in the Functions tab.', { fn });
  }
  const name = message.match(/^Named expression (.+) not recognized\.$/)?.[1];
  return name ? t('“{name}” is not a cell, a function or a name. Text in a formula needs quotes: "{name2}".', { name, name2: name }) : undefined;
}

const PLAIN: Readonly<Record<string, string>> = {
  '#DIV/0!': msg('A division by zero.'),
  '#SPILL!': msg('The table needs the cells under and beside it to be empty: clear them and it spills.'),
  '#REF!': msg('A reference points outside the sheet, or to a cell that is gone.'),
  '#CYCLE!': msg('The formula refers to its own cell (a circular reference).'),
  '#NUM!': msg('A number out of range.'),
  '#VALUE!': msg('A value of the wrong kind.'),
  '#N/A': msg('A value is not available.'),
};

/**
 * An error cell's reason in words, for the line beside the formula bar: the engine's reason made
 * plain (a misspelt function gets "Did you mean WINRATE?", a formula that cannot be parsed says
 * what to check), or the Sales Planner's own message.
 *
 * @example
 * errorReason(new DetailedCellError({ type: 'NAME', message: 'Function name WINRAT not recognized.' }, '#NAME?'))
 * //=> '#NAME? There is no function WINRAT. Did you mean WINRATE?'
 */
export function errorReason(error: DetailedCellError): string {
  const message = error.message ?? '';
  if (error.value === '#SPILL!') return `${error.value} ${t(PLAIN['#SPILL!'])}`;
  if (message.startsWith('Parsing error'))
    return t('{value} The formula cannot be read: check its brackets, commas and quotes (text goes in "double quotes").', { value: error.value });
  const reason = unknownName(message) ?? (message === 'Wrong number of arguments.' ? t('Wrong number of arguments for this function.') : message) ?? '';
  return `${error.value} ${reason || (PLAIN[error.value] ? t(PLAIN[error.value]) : '')}`.trim();
}
