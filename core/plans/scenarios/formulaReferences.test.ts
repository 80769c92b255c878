import { referencesOf, rewriteReferences } from './formulaReferences';

describe('the references a formula reads', () => {
  it('are its cells and blocks, each with its sheet when one is named, quoted or not', () => {
    expect(referencesOf("=SUM('Sales plan 2027'!$B$5:$B$9)+Leads!C2+D$4")).toEqual([
      { sheet: 'Sales plan 2027', top: 4, left: 1, bottom: 8, right: 1, text: '$B$5:$B$9' },
      { sheet: 'Leads', top: 1, left: 2, bottom: 1, right: 2, text: 'C2' },
      { top: 3, left: 3, bottom: 3, right: 3, text: 'D$4' },
    ]);
  });

  it('leave out text in quotes, function names that look like cells, and names', () => {
    expect(referencesOf('=IF(LOG10(A1)>1,"B5 and C6",ATAN2(1,2))&Growth')).toEqual([{ top: 0, left: 0, bottom: 0, right: 0, text: 'A1' }]);
    expect(referencesOf('="say ""A1"" here"')).toEqual([]);
  });

  it('read a quote in a sheet name written twice, and whole columns down to the last row', () => {
    const [quoted, whole] = referencesOf("='Bob''s leads'!A1+SUM(D:E)");
    expect(quoted.sheet).toBe("Bob's leads");
    expect(whole).toMatchObject({ top: 0, left: 3, right: 4, bottom: Infinity });
  });

  it('can be rewritten one by one, the rest of the formula kept as written', () => {
    const moved = rewriteReferences('=ROUND($B$5*(1+$B$6)/$B$8,0)&"$B$5"', (r) => (r.top === 4 ? '$C$6' : undefined));
    expect(moved).toBe('=ROUND($C$6*(1+$B$6)/$B$8,0)&"$B$5"');
  });
});
