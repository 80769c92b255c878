import { languageOf } from '../../core/kit/i18n';
import { MENU_SOURCES } from './menuSources';
import { MENU_MESSAGES } from './menuMessages.generated';

/**
 * The menu's words in the user's language. Only the menu's few messages are bundled here (generated
 * from the catalogue), so Code.js stays small; the sidebar carries the whole catalogue.
 */
function menuText(source: string): string {
  let locale = '';
  try {
    locale = Session.getActiveUserLocale();
  } catch {
    // Not given before the add-on is authorised in this document: English.
  }
  const language = languageOf(locale);
  return language === 'en' ? source : (MENU_MESSAGES[language][source] ?? source);
}

/** Adds the add-on menu. Runs in any auth mode, so it touches nothing but the UI. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(menuText(MENU_SOURCES.openSidebar), 'showSidebar').addToUi();
}

/** An add-on installed from the Marketplace gets its menu at once, without reopening the file. */
export function onInstall(): void {
  onOpen();
}

/** Opens the sidebar: the shared UI, built into one self-contained Sidebar.html. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sales Planner');
  SpreadsheetApp.getUi().showSidebar(html);
}
