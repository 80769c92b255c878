/** vi translations of every source message, keyed by the English. */
export const VI: Readonly<Record<string, string>> = {
  'Sales plan': '',
};
