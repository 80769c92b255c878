import { msg } from '../../core/kit/i18n';

/** The menu's words, as source messages; their translations are generated into menuMessages.generated.ts. */
export const MENU_SOURCES = { openSidebar: msg('Open Sales Planner') } as const;
