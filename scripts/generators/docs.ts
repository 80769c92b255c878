import { CATALOGUE, CatalogueFunction, ERROR_TEXT, LARGEST_INPUT, largestInputOf } from '../../core';
import { GeneratedFile, generatedBanner, syntaxOf } from './common';

const FORMAT_WORDS = { percent: 'a fraction: format as a percentage', number: 'a number', money: 'an amount', text: 'text' } as const;

type Evaluate = (formula: string) => string | string[][];

function markdownTable(rows: string[][]): string {
  const [header, ...body] = rows;
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const cells = (n: number) => `${n.toLocaleString('en-GB')} cells of data`;

/** What a function takes at most, per argument that can be a range: measured in bench/inputLimits.bench.ts. */
function largestInput(fn: CatalogueFunction): string {
  const ranged = fn.params.filter((p) => p.kind === 'range' || p.kind === 'total' || p.kind === 'count');
  if (ranged.length === 0) return 'Largest input: single values only, so it answers at once whatever they are.';
  const own = ranged.filter((p) => p.largestInput !== undefined);
  const rest = ranged.length > own.length ? [`${own.length > 0 ? 'any other range' : 'each range'} ${cells(LARGEST_INPUT)}`] : [];
  const parts = [...own.map((p) => `\`${p.name}\` ${cells(largestInputOf(p))}`), ...rest];
  return `Largest input: ${parts.join('; ')} (blank rows and columns after the data are not counted, so whole columns are fine). At that size it answers within a second in Google Sheets; beyond, \`#NUM!\` says the limit.`;
}

function section(fn: CatalogueFunction, evaluate: Evaluate): string {
  const params = fn.params
    .map((p) => `| \`${p.name}\` | ${p.optional ? `optional, default ${p.defaultText ?? 'none'}` : 'required'} | ${p.description} |`)
    .join('\n');
  const errors = fn.errors.map((e) => `| \`${ERROR_TEXT[e.kind]}\` | ${e.when} |`).join('\n');
  const results = fn.examples.map((e) => evaluate(e.formula));
  const examples = fn.examples
    .map((e, i) => {
      const result = results[i];
      const cell = Array.isArray(result) ? `a table of ${result.length} rows, below` : `\`${result}\``;
      return `| \`${e.formula}\` | ${cell} | ${e.note} |`;
    })
    .join('\n');
  const tables = fn.examples.flatMap((e, i) => {
    const result = results[i];
    return Array.isArray(result) ? [`\`${e.formula}\` spills:`, '', markdownTable(result), ''] : [];
  });
  return [
    `## ${fn.name}`,
    '',
    fn.summary,
    '',
    `Excel: \`${syntaxOf(fn, 'SALES.')}\` · Google Sheets and the preview: \`${syntaxOf(fn)}\``,
    '',
    fn.description,
    '',
    `Returns ${fn.returns.description.replace(/^The /, 'the ')} (${FORMAT_WORDS[fn.returns.format]}).`,
    '',
    largestInput(fn),
    '',
    '| Argument | | Meaning |',
    '|---|---|---|',
    params,
    '',
    '| Error | When |',
    '|---|---|',
    `${errors}\n| any error | an input cell holds an error: the first one met is passed on |`,
    '',
    "Examples, evaluated on the preview's sample Opportunities sheet (Outcome in F, Amount in G, Region in D):",
    '',
    '| Formula | Result | |',
    '|---|---|---|',
    examples,
    ...(tables.length > 0 ? ['', ...tables] : []),
  ].join('\n');
}

/**
 * docs/functions.md: every function's syntax, arguments, errors and examples. The examples' results
 * are computed by `evaluate` (HyperFormula over the sample workbook), never typed by hand.
 */
export function generateFunctionDocs(evaluate: Evaluate): GeneratedFile {
  const index = CATALOGUE.map((fn) => `- [${fn.name}](#${fn.name.toLowerCase()}): ${fn.summary}`).join('\n');
  const content = [
    generatedBanner('<!--'),
    '# Function reference',
    '',
    'Every Sales Planner function, as it is typed in Google Sheets and the preview. In Excel, put',
    '`SALES.` before the name (`=SALES.WINRATE(F2:F201)`). Conventions for all of them:',
    '',
    '- Ratios come back as fractions (0.25): format the cell as a percentage.',
    '- A zero denominator is `#DIV/0!`, never 0: "no closed deals" is not a 0% win rate.',
    '- In ranges, blanks are skipped; a blank or non-numeric single argument is `#VALUE!`.',
    '- An error in any input cell is passed on: the first one met, reading arguments left to right.',
    '- Negative counts, and rates outside 0..1, are `#NUM!`.',
    `- Each argument takes at most ${cells(LARGEST_INPUT)} unless its function says fewer: the most it reads within a`,
    '  second in Google Sheets (bench/inputLimits.bench.ts). More is `#NUM!` naming the limit, rather than a',
    '  formula the host stops after 30 s (Sheets) or an add-in it restarts after 5 s (Excel).',
    '',
    index,
    '',
    CATALOGUE.map((fn) => section(fn, evaluate)).join('\n\n'),
    '',
  ].join('\n');
  return { path: 'docs/functions.md', content };
}
