/** cy translations of every source message, keyed by the English. */
export const CY: Readonly<Record<string, string>> = {
  'Sales plan': '',
};
