import { CATALOGUE, CatalogueFunction, ERROR_TEXT, sayDefault } from '../core';
import { h } from './dom';
import { toHostFormula } from './formulaSyntax';
import { Host, UiSettings } from './host';
import { searchFunctions } from './searchFunctions';
import { inlineCode } from './inlineCode';
import { t } from './i18n';

function syntax(fn: CatalogueFunction, prefix: string): string {
  return `=${prefix}${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

/** The insert form of one function: a formula to edit, Insert, and what happened. */
function insertForm(fn: CatalogueFunction, host: Host): HTMLElement {
  const input = h('input', {
    type: 'text',
    className: 'sp-formula',
    value: toHostFormula(fn.examples[0]?.formula ?? syntax(fn, ''), host.functionPrefix),
    spellcheck: false,
    ariaLabel: t('Formula to insert for {name}', { name: fn.name }),
  });
  const status = h('p', { className: 'sp-status' });
  status.setAttribute('role', 'status');
  const insertButton = h('button', { type: 'button', className: 'sp-primary' }, t('Insert into active cell'));

  const insert = async (replace: boolean) => {
    status.replaceChildren(t('Inserting…'));
    status.className = 'sp-status';
    try {
      const outcome = await host.insertFormula(input.value.trim(), { replace });
      if (outcome.status === 'inserted' && outcome.problem) {
        status.replaceChildren(
          t('Inserted into {address}, but the sheet cannot compute it: {problem}', { address: outcome.address, problem: outcome.problem }),
        );
        status.className = 'sp-status sp-error';
        return;
      }
      if (outcome.status === 'inserted') {
        status.replaceChildren(t('Inserted into {address}.', { address: outcome.address }));
        status.className = 'sp-status sp-ok';
        return;
      }
      const replaceButton = h('button', { type: 'button', className: 'sp-secondary', onclick: () => void insert(true) }, t('Replace'));
      const cancelButton = h('button', { type: 'button', className: 'sp-link', onclick: () => status.replaceChildren(t('Nothing changed.')) }, t('Cancel'));
      status.className = 'sp-status sp-warn';
      status.replaceChildren(
        t('{address} already holds “{current}”. Replace it? ', { address: outcome.address, current: outcome.current }),
        replaceButton,
        ' ',
        cancelButton,
      );
    } catch (error) {
      status.className = 'sp-status sp-error';
      status.replaceChildren(t('Could not insert: {value}', { value: error instanceof Error ? error.message : String(error) }));
    }
  };
  insertButton.addEventListener('click', () => {
    if (!input.value.trim().startsWith('=')) {
      status.className = 'sp-status sp-error';
      status.replaceChildren(t('A formula starts with “=”.'));
      return;
    }
    void insert(false);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') insertButton.click();
  });
  return h('div', { className: 'sp-insert' }, h('label', {}, t('Formula'), input), insertButton, status);
}

/** Everything the gallery says about one function, shown when its row is opened. */
function details(fn: CatalogueFunction, host: Host): HTMLElement {
  const args = h(
    'dl',
    { className: 'sp-args' },
    ...fn.params.flatMap((p) => [
      h(
        'dt',
        {},
        h('code', {}, p.name),
        p.optional
          ? h(
              'span',
              { className: 'sp-optional' },
              p.defaultText ? t(' optional, default {defaultText}', { defaultText: sayDefault(p.defaultText, t) }) : t(' optional'),
            )
          : null,
      ),
      h('dd', {}, ...inlineCode(t(p.description))),
    ]),
  );
  const errors = h(
    'ul',
    { className: 'sp-errors' },
    ...fn.errors.map((e) => h('li', {}, h('code', {}, ERROR_TEXT[e.kind]), t(' when '), ...inlineCode(t(e.when)))),
  );
  const examples = h(
    'ul',
    { className: 'sp-examples' },
    ...fn.examples.map((e) => h('li', {}, h('code', {}, toHostFormula(e.formula, host.functionPrefix)), h('span', {}, ...inlineCode(t(e.note))))),
  );
  return h(
    'div',
    { className: 'sp-details' },
    h('p', { className: 'sp-syntax' }, h('code', {}, syntax(fn, host.functionPrefix))),
    h('p', {}, ...inlineCode(t(fn.description))),
    h('h3', {}, t('Arguments')),
    args,
    h('h3', {}, t('Returns')),
    h('p', {}, ...inlineCode(t(fn.returns.description))),
    h('h3', {}, t('Errors')),
    errors,
    h('h3', {}, t('Examples')),
    examples,
    insertForm(fn, host),
  );
}

/**
 * The function gallery: search the catalogue, read a function's arguments and examples, and insert
 * it into the active cell in the host's own syntax. The search and the open function are saved in
 * the document and restored when the pane opens again.
 */
export function renderGallery(root: HTMLElement, host: Host, settings: UiSettings): void {
  let open = typeof settings.galleryOpen === 'string' ? settings.galleryOpen : '';
  const search = h('input', {
    type: 'search',
    className: 'sp-search',
    placeholder: t('Search: win rate, growth, quota…'),
    value: typeof settings.galleryQuery === 'string' ? settings.galleryQuery : '',
    ariaLabel: t('Search functions'),
  });
  const count = h('p', { className: 'sp-count' });
  count.setAttribute('aria-live', 'polite');
  const list = h('ul', { className: 'sp-list' });

  const save = () => void host.saveSettings({ galleryQuery: search.value, galleryOpen: open }).catch(() => undefined);

  const draw = () => {
    const found = searchFunctions(CATALOGUE, search.value, t);
    count.replaceChildren(found.length === 1 ? t('1 function') : t('{length} functions', { length: found.length }));
    // Without a search, the list is grouped under its categories (KPIs, then Targets).
    const headings = search.value.trim() === '';
    const CATEGORY_TITLES: Record<string, string> = {
      KPI: t('KPIs'),
      Targets: t('Targets and quotas'),
      Leads: t('Lead scoring'),
      Budget: t('Budget allocation'),
      'Field work': t('Field work and calls'),
      Evaluation: t('Evaluation'),
      Incentives: t('Incentives and costs'),
      Forecast: t('Forecast'),
      Pricing: t('Price and offers'),
    };
    list.replaceChildren(
      ...found.flatMap((fn, index) => {
        const heading =
          headings && (index === 0 || found[index - 1].category !== fn.category)
            ? [h('li', { className: 'sp-category' }, CATEGORY_TITLES[fn.category] ?? fn.category)]
            : [];
        const expanded = fn.name === open;
        const toggle = h(
          'button',
          { type: 'button', className: 'sp-item', dataset: { fn: fn.name } },
          h('span', { className: 'sp-name' }, `${host.functionPrefix}${fn.name}`),
          h('span', { className: 'sp-summary' }, ...inlineCode(t(fn.summary))),
        );
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.addEventListener('click', () => {
          open = expanded ? '' : fn.name;
          draw();
          save();
        });
        return [...heading, h('li', { className: expanded ? 'sp-open' : '' }, toggle, expanded ? details(fn, host) : null)];
      }),
    );
    if (found.length === 0)
      list.append(
        h(
          'li',
          { className: 'sp-empty' },
          t('No function matches “{value}”. Try words such as win rate, pipeline, quota, growth, churn or forecast.', { value: search.value }),
        ),
      );
  };
  search.addEventListener('input', draw);
  search.addEventListener('change', save);
  root.replaceChildren(search, count, list);
  draw();
}
