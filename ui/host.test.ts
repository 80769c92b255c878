import { mergeSettings, parseSettings, usedSelection } from './host';

describe('settings saved by one part of the pane', () => {
  it("keep every other part's keys", () => {
    expect(mergeSettings({ activeTab: 'targets', targetsWizard: '{}' }, { galleryQuery: 'win' })).toEqual({
      activeTab: 'targets',
      targetsWizard: '{}',
      galleryQuery: 'win',
    });
  });

  it('read damaged JSON as no settings', () => {
    expect(parseSettings('[1,2]')).toEqual({});
  });
});

describe('a selection as a host reads it', () => {
  it('is its used part, with the address selected kept when that was wider', () => {
    const values = [
      ['Rep', 'Won', ''],
      ['Ana', 3, null],
      ['', '', ''],
    ];
    expect(usedSelection('Deals', 'B2:D4', values, 1, 1)).toEqual({
      sheet: 'Deals',
      address: 'B2:C3',
      values: [
        ['Rep', 'Won'],
        ['Ana', 3],
      ],
      trimmedFrom: 'B2:D4',
    });
    expect(
      usedSelection(
        'Deals',
        'B2:C3',
        [
          ['Rep', 'Won'],
          ['Ana', 3],
        ],
        1,
        1,
      ),
    ).toEqual({
      sheet: 'Deals',
      address: 'B2:C3',
      values: [
        ['Rep', 'Won'],
        ['Ana', 3],
      ],
    });
    expect(usedSelection('Deals', 'B2:C3', [['', null]], 1, 1)).toEqual({ sheet: 'Deals', address: 'B2:C3', values: [] });
  });
});
