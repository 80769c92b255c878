/** core/kit/i18n: The languages and the translator (the catalogues load apart: `catalogues.ts`, `catalogue/*`). Code outside core imports this area through here. */
export * from './languages';
export * from './msg';
export * from './translate';
