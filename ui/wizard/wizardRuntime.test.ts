/**
 * @jest-environment jsdom
 */
import { Host, SelectionValues } from '../host';
import { StepContext, runWizard } from './wizardRuntime';

type State = { step: number; read: string };

/** A host whose selection and settings store are given by the test. */
function fakeHost(selection: () => Promise<SelectionValues>, save: () => Promise<void> = async () => undefined): Host {
  return {
    kind: 'preview',
    functionPrefix: '',
    insertFormula: async () => ({ status: 'inserted', address: 'A1' }),
    loadSettings: async () => ({}),
    saveSettings: save,
    readSelection: selection,
    readCells: async () => [],
    writeCells: async () => undefined,
    renderPlan: async () => ({ sheetNames: [] }),
    displayLanguage: async () => 'en',
  };
}

/** A one-step wizard with a button that reads the selection, as every wizard's table step does. */
function mount(host: Host) {
  const root = document.createElement('div');
  let context: StepContext<State> | undefined;
  runWizard<State>(
    root,
    host,
    {},
    {
      settingsKey: 'testWizard',
      restore: () => ({ state: { step: 0, read: '' } }),
      steps: [
        {
          title: 'Table',
          render: (ctx) => {
            context = ctx;
            return [
              ctx.status,
              ctx.errors.table ? Object.assign(document.createElement('p'), { className: 'sp-field-error', textContent: ctx.errors.table }) : null,
            ];
          },
        },
      ],
    },
  );
  return { root, context: () => context! };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a wizard reading the selection', () => {
  it('says when whole columns were read only as far as the data goes', async () => {
    const { root, context } = mount(fakeHost(async () => ({ sheet: 'Data', address: 'A1:E201', trimmedFrom: 'A:E', values: [['Owner']] })));
    const selection = await context().readSelection('table');
    expect(selection?.address).toBe('A1:E201');
    expect(root.querySelector('.sp-status')?.textContent).toBe('Read A1:E201: the part of the selected A:E that holds data.');
  });

  it('says beside the field when the used part is more than the pane reads, and gives nothing', async () => {
    const { root, context } = mount(fakeHost(async () => ({ address: 'A1:Z100000', values: [], tooLarge: 2_600_000 })));
    await expect(context().readSelection('table')).resolves.toBeUndefined();
    expect(root.querySelector('.sp-field-error')?.textContent).toBe(
      "The selection holds 2,600,000 cells with data, more than the 2,000,000 the pane reads: select only the table's columns.",
    );
  });

  it('says beside the field when the host cannot read the selection', async () => {
    const { root, context } = mount(
      fakeHost(async () => {
        throw new Error('No cells are selected.');
      }),
    );
    await expect(context().readSelection('table')).resolves.toBeUndefined();
    expect(root.querySelector('.sp-field-error')?.textContent).toBe('Could not read the selection: No cells are selected.');
  });
});

describe('a wizard saving its answers', () => {
  it('says so when the document refuses to save them, instead of going on as if saved', async () => {
    jest.useFakeTimers();
    const { root, context } = mount(
      fakeHost(
        async () => ({ address: 'A1', values: [] }),
        async () => {
          throw new Error('Exceeded maximum property value size.');
        },
      ),
    );
    context().update((s) => ({ ...s, read: 'x' }));
    jest.advanceTimersByTime(300);
    jest.useRealTimers();
    await flush();
    expect(root.querySelector('.sp-status')?.textContent).toBe('Your answers could not be saved in this document: Exceeded maximum property value size.');
    expect(root.querySelector('.sp-status')?.className).toContain('sp-error');
  });
});

describe('a wizard keeping the table it read', () => {
  it('finds it again by its address, beside a second table read, and forgets the oldest once a third is read', () => {
    const { context } = mount(fakeHost(async () => ({ address: 'A1', values: [] })));
    context().keepTable('Leads!A1:C3', [['Lead'], ['L1'], ['L2']]);
    expect(context().keptTable('Leads!A1:C3')).toEqual([['Lead'], ['L1'], ['L2']]);
    expect(context().keptTable('Leads!A1:C9')).toBeUndefined();
    context().keepTable('Pipeline!A1:B2', [['x']]);
    expect(context().keptTable('Leads!A1:C3')).toEqual([['Lead'], ['L1'], ['L2']]);
    context().keepTable('Other!A1:B2', [['y']]);
    expect(context().keptTable('Leads!A1:C3')).toBeUndefined();
    expect(context().keptTable('Pipeline!A1:B2')).toEqual([['x']]);
  });

  it("keeps it to itself: a second pane of the same wizard does not see the first one's table", () => {
    const host = fakeHost(async () => ({ address: 'A1', values: [] }));
    const [first, second] = [mount(host), mount(host)];
    first.context().keepTable('Leads!A1:C3', [['Lead']]);
    expect(second.context().keptTable('Leads!A1:C3')).toBeUndefined();
  });
});
