import { Language, Catalogue } from '../core/kit/i18n';
import { MessageLoader } from './i18n';

/** Each language's catalogue as a chunk of its own: a pane downloads only the language it speaks. */
const CHUNKS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Catalogue>>> = {
  vi: () => import(/* webpackChunkName: "messages-vi" */ '../core/kit/i18n/catalogue/vi').then((m) => m.VI),
  'zh-CN': () => import(/* webpackChunkName: "messages-zh-CN" */ '../core/kit/i18n/catalogue/zhCN').then((m) => m.ZH_CN),
  cy: () => import(/* webpackChunkName: "messages-cy" */ '../core/kit/i18n/catalogue/cy').then((m) => m.CY),
};

/**
 * Loads a language's messages from its own chunk, beside the page (Excel's task pane, the preview).
 *
 * @example
 * useMessageLoader(loadMessageChunk); await speak('vi');
 */
export const loadMessageChunk: MessageLoader = (language) => CHUNKS[language]();
