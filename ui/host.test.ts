import { mergeSettings, parseSettings } from './host';

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
