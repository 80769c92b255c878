/** Adds the add-on menu. Runs in any auth mode, so it touches nothing but the UI. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open Sales Planner', 'showSidebar').addToUi();
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
