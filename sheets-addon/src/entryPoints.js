/* global SalesPlanner */
// The top-level functions Apps Script runs besides the custom functions: triggers, the menu item,
// and the server API the sidebar calls with google.script.run (names from serverApi.ts).

/** @param {GoogleAppsScript.Events.SheetsOnOpen} e */
function onOpen(e) {
  SalesPlanner.onOpen(e);
}

/** @param {GoogleAppsScript.Events.AddonOnInstall} e */
function onInstall(e) {
  SalesPlanner.onInstall(e);
}

function showSidebar() {
  SalesPlanner.showSidebar();
}

function insertFormula(formula, replace) {
  return SalesPlanner.serverApi.insertFormula(formula, replace);
}

function loadSettings() {
  return SalesPlanner.serverApi.loadSettings();
}

function saveSettings(settings) {
  return SalesPlanner.serverApi.saveSettings(settings);
}

function readSelection() {
  return SalesPlanner.serverApi.readSelection();
}

function renderPlan(plan) {
  return SalesPlanner.serverApi.renderPlan(plan);
}

function readCells(sheet, refs) {
  return SalesPlanner.serverApi.readCells(sheet, refs);
}

function writeCells(sheet, refs, values) {
  return SalesPlanner.serverApi.writeCells(sheet, refs, values);
}

function sidebarMessages(language) {
  return SalesPlanner.serverApi.sidebarMessages(language);
}

function userLocale() {
  return SalesPlanner.serverApi.userLocale();
}
