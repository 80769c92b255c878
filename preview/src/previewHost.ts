import { Host, InsertOutcome, UiSettings } from '../../ui/host';
import { SheetGrid, a1 } from './grid';

const SETTINGS_KEY = 'salesPlanner.ui';

/** The Host port on the preview's HyperFormula workbook; settings live in the browser's storage. */
export class PreviewHost implements Host {
  readonly kind = 'preview' as const;
  readonly functionPrefix = '';

  constructor(
    private readonly grid: SheetGrid,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
  ) {}

  async insertFormula(formula: string, options: { readonly replace: boolean }): Promise<InsertOutcome> {
    const address = this.grid.selectedAddress;
    const current = this.grid.contentOf(address);
    if (current !== '' && !options.replace) return { status: 'occupied', address: a1(address), current };
    this.grid.setContent(address, formula);
    this.grid.select(address);
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
