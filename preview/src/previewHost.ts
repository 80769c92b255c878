import { Host, InsertOutcome, UiSettings } from '../../ui/host';
import { SheetGrid, a1 } from './grid';

const SETTINGS_KEY = 'salesPlanner.ui';

/** The Host port on the preview's HyperFormula workbook; settings live in the browser's storage. */
export class PreviewHost implements Host {
  readonly kind = 'preview' as const;
  readonly functionPrefix = '';

  /** `activeGrid` gives the sheet on show: inserts go to its selected cell. */
  constructor(
    private readonly activeGrid: () => SheetGrid,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
  ) {}

  async insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome> {
    const grid = this.activeGrid();
    const address = grid.selectedAddress;
    const current = grid.contentOf(address);
    if (current !== '' && !options.replace) return { status: 'occupied', address: a1(address), current };
    grid.setContent(address, formula);
    grid.select(address);
    return { status: 'inserted', address: a1(address) };
  }

  async loadSettings(): Promise<UiSettings> {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(SETTINGS_KEY) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as UiSettings) : {};
    } catch {
      return {};
    }
  }

  async saveSettings(settings: UiSettings): Promise<void> {
    this.storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  }
}
