import { serialToUtcDate, utcDaySerial } from '../core/kit/cells';
import { h } from './dom';
import { numberForTyping, numberTyped } from './numbers';
import { msg, t } from './i18n';

/**
 * A labelled field with the place for its error message right beside it.
 *
 * @example
 * field('Owner of the goal', textInput('', save, 'Owner'), 'owner', errors)
 */
export function field(label: string, input: HTMLElement, name: string, errors: Readonly<Record<string, string>>, hint?: string): HTMLElement {
  const error = errors[name] ? h('span', { className: 'sp-field-error' }, errors[name]) : null;
  if (error) {
    input.setAttribute('aria-invalid', 'true');
    // The message was about the value before: once it changes, it no longer stands (Next checks again).
    const clear = () => {
      error.remove();
      input.removeAttribute('aria-invalid');
    };
    input.addEventListener('input', clear, { once: true });
    input.addEventListener('change', clear, { once: true });
  }
  return h(
    'label',
    { className: 'sp-field', dataset: { field: name } },
    h('span', { className: 'sp-field-label' }, label),
    input,
    hint ? h('span', { className: 'sp-hint' }, hint) : null,
    error,
  );
}

/**
 * A box of lines typed a line each ("Name: numbers"), read as the manager types, or with
 * `readOn: 'change'` when they leave it (so a half-typed line is not refused); an `example` line
 * shows, greyed, while the box is empty.
 *
 * @example
 * linesBox(t('Products, a line each: Name: price, units, unit cost'), '', read, { example: t('Chairs: 120, 400, 70') })
 */
export function linesBox(
  label: string,
  text: string,
  read: (typed: string) => void,
  options: { readonly rows?: number; readonly readOn?: 'input' | 'change'; readonly example?: string } = {},
): HTMLTextAreaElement {
  const box = h('textarea', { className: 'sp-input', rows: options.rows ?? 5, ariaLabel: label, placeholder: options.example ?? '' }, text);
  box.addEventListener(options.readOn ?? 'input', () => read(box.value));
  return box;
}

/**
 * A number box that reads and writes numbers as the pane's language does (9,5 in Vietnamese): a text
 * box with a number keyboard, since a browser's own number box follows the browser's locale, not the
 * pane's, and dropped a Vietnamese comma (9,5 read 95). An empty box reads as NaN, which the step's
 * check then names; `step` '1' asks for a keyboard without a decimal mark.
 */
export function numberInput(value: number, onChange: (v: number) => void, ariaLabel: string, step = 'any'): HTMLInputElement {
  const input = h('input', { type: 'text', inputMode: step === '1' ? 'numeric' : 'decimal', value: numberForTyping(value), ariaLabel, className: 'sp-input' });
  input.addEventListener('input', () => onChange(numberTyped(input.value)));
  return input;
}

export function textInput(value: string, onChange: (v: string) => void, ariaLabel: string): HTMLInputElement {
  const input = h('input', { type: 'text', value, ariaLabel, className: 'sp-input' });
  input.addEventListener('input', () => onChange(input.value));
  return input;
}

/**
 * A drop-down of choices. `labelOf` says each choice in the pane's language while the answer keeps
 * the choice itself, so an answer chosen in one language is the same in every other.
 *
 * @example
 * select('Revenue', MEASURES, (v) => on({ measure: v }), t('Measure'), t) // shows "Doanh thu" in Vietnamese, answers 'Revenue'
 */
export function select<T extends string>(
  value: T,
  options: readonly T[],
  onChange: (v: T) => void,
  ariaLabel: string,
  labelOf: (option: T) => string = (o) => o,
): HTMLSelectElement {
  const el = h('select', { ariaLabel, className: 'sp-input' }, ...options.map((o) => h('option', { value: o, selected: o === value }, labelOf(o))));
  el.addEventListener('change', () => onChange(el.value as T));
  return el;
}

/** How an optional field picker says "no field": answered as ''. */
export const NO_FIELD = msg('(none)');

/**
 * A drop-down of the fields of the user's table: an optional one starts with "(none)" (answered as
 * ''), and a field the table no longer has (a restored answer) stays listed, so it shows as chosen.
 *
 * @example
 * fieldPicker(a.outcomeField, fields, (v) => answer(ctx, { outcomeField: v }), t('Outcome field'), { optional: true })
 */
export function fieldPicker(
  value: string,
  fields: readonly string[],
  onChange: (field: string) => void,
  ariaLabel: string,
  { optional = false } = {},
): HTMLSelectElement {
  const choices = [...(optional ? [''] : []), ...(value !== '' && !fields.includes(value) ? [value] : []), ...fields];
  return select(optional ? value : value || fields[0] || '', choices, onChange, ariaLabel, (field) => (field === '' ? t(NO_FIELD) : field));
}

/**
 * The error line of a field shown as a block (a table, a list of rows) rather than one input: the
 * step's message for it, or nothing.
 *
 * @example
 * errorLine(ctx.errors, 'rules') // <p class="sp-field-error" data-field="rules">Add at least one rule.</p>
 */
export function errorLine(errors: Readonly<Record<string, string>>, name: string): HTMLElement | null {
  return errors[name] ? h('p', { className: 'sp-field-error', dataset: { field: name } }, errors[name]) : null;
}

/**
 * What a review step shows before Build: a term and its value each.
 *
 * @example
 * factsList([[t('Target'), '1,100,000'], [t('Months'), '12']])
 */
export function factsList(facts: readonly (readonly [string, string])[]): HTMLElement {
  return h('dl', { className: 'sp-facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/** A secondary button that runs `onClick`. */
export function button(label: string, onClick: () => void, className = 'sp-secondary'): HTMLButtonElement {
  const el = h('button', { type: 'button', className }, label);
  el.addEventListener('click', onClick);
  return el;
}

/**
 * A spreadsheet date serial as the ISO day a date box shows, and back (NaN for an empty box).
 *
 * @example
 * isoFromSerial(45322) //=> '2024-01-31'
 * serialFromIso('2024-01-31') //=> 45322
 */
export function isoFromSerial(serial: number): string {
  return Number.isFinite(serial) ? serialToUtcDate(Math.round(serial)).toISOString().slice(0, 10) : '';
}
export function serialFromIso(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? utcDaySerial(ms) : Number.NaN;
}

/** A date box that reads and writes a spreadsheet date serial. */
export function dateInput(serial: number, onChange: (serial: number) => void, ariaLabel: string): HTMLInputElement {
  const input = h('input', { type: 'date', value: isoFromSerial(serial), ariaLabel, className: 'sp-input' });
  input.addEventListener('input', () => onChange(serialFromIso(input.value)));
  return input;
}
