/** zhCN translations of every source message, keyed by the English. */
export const ZH_CN: Readonly<Record<string, string>> = {
  'Sales plan': '',
};
