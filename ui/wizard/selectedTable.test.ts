import { selectedTable } from './selectedTable';

describe('a table selected in the sheet', () => {
  const deals = [
    ['Rep', 'Outcome', 'Amount'],
    ['Ana', 'Won', 120],
    ['Ben', 'Lost', 80],
  ];

  it('gives its sheet, range, field names (trimmed) and cells', () => {
    const table = selectedTable({ sheet: 'Deals', address: 'B3:D5', values: [[' Rep ', 'Outcome', 'Amount'], ...deals.slice(1)] }, 'the deals');
    expect(table).toEqual({
      sheet: 'Deals',
      range: 'B3:D5',
      fields: ['Rep', 'Outcome', 'Amount'],
      values: [[' Rep ', 'Outcome', 'Amount'], ...deals.slice(1)],
    });
  });

  it('widens a one-cell address to the block of values read', () => {
    expect(selectedTable({ sheet: 'Deals', address: 'A1', values: deals }, 'the deals')).toMatchObject({ range: 'A1:C3' });
  });

  it('asks for the whole table when only a header, or nothing, is selected', () => {
    const message = 'Select the whole table: a header row of field names, then the deals.';
    expect(selectedTable({ sheet: 'Deals', address: 'A1:C1', values: [deals[0]] }, 'the deals')).toBe(message);
    expect(selectedTable({ sheet: 'Deals', address: 'A1:C3', values: [] }, 'the deals')).toBe(message);
  });

  it('names the column whose header is blank, counted from where the selection starts', () => {
    const values = [
      ['Rep', '', 'Amount'],
      ['Ana', 'Won', 120],
    ];
    expect(selectedTable({ sheet: 'Deals', address: 'D10:F11', values }, 'the deals')).toBe(
      'Column E has no field name in the header row: name it, or leave the column out of the selection.',
    );
    expect(selectedTable({ sheet: 'Deals', address: 'Z1:AB2', values }, 'the deals')).toMatch(/^Column AA has no field name/);
  });

  it('refuses a field name too long to keep, quoting its start', () => {
    const long = 'x'.repeat(5000);
    expect(
      selectedTable(
        {
          sheet: 'Deals',
          address: 'A1:B2',
          values: [
            ['Rep', long],
            ['Ana', 1],
          ],
        },
        'the deals',
      ),
    ).toMatch(/^A field name is 5000 characters long/);
  });
});
