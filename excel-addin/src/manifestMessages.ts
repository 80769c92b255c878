import { msg } from '../../core/kit/i18n';

/**
 * The words manifest.xml shows in Office (store listing, ribbon, get-started callout), as source
 * messages: the generator writes their `<Override Locale>` entries from the catalogue. "Sales
 * Planner" is the product's name and stays itself in every language.
 */
export const MANIFEST_MESSAGES = [
  msg('Sales Planner'),
  msg('Sales KPI functions (=SALES.WINRATE and more) and planning wizards for sales managers.'),
  msg('Sales Planner is ready'),
  msg('Type =SALES. in a cell to see the functions, or open Sales Planner on the Home tab.'),
  msg('Open the Sales Planner pane: search the functions and insert them into your sheet.'),
] as const;
