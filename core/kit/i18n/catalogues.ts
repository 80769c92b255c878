import { Language } from './languages';
import { Catalogue, registerCatalogue } from './translate';
import { CY } from './catalogue/cy';
import { VI } from './catalogue/vi';
import { ZH_CN } from './catalogue/zhCN';

/**
 * Every language's catalogue, registered for the translator as this module loads: for Node (the
 * generator, the tests) and the Sheets sidebar, which is one file. The panes of Excel and the
 * preview load only their language's instead (ui/i18n.ts).
 */
export const CATALOGUES: Readonly<Record<Exclude<Language, 'en'>, Catalogue>> = { vi: VI, 'zh-CN': ZH_CN, cy: CY };

for (const [language, catalogue] of Object.entries(CATALOGUES)) registerCatalogue(language as Exclude<Language, 'en'>, catalogue);
