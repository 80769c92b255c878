import { scenariosXml, withScenarios } from './xlsxScenarios';

const entry = {
  spec: {
    inputs: [
      { ref: 'B5', label: 'Baseline' },
      { ref: 'B15', label: 'Owner' },
    ],
    outputs: [],
    workings: [],
  },
  scenarios: [{ name: 'Q2 <hire> & "more"', values: [1_000_000, 'Sales & Co'] }],
};

describe('Excel scenarios in the downloaded file', () => {
  it('say each input cell and its value, the user’s words kept as text', () => {
    expect(scenariosXml(entry)).toBe(
      '<scenarios current="0" show="0" sqref="B5 B15"><scenario name="Q2 &lt;hire&gt; &amp; &quot;more&quot;" locked="0" count="2" user="Sales Planner">' +
        '<inputCells r="B5" val="1000000"/><inputCells r="B15" val="Sales &amp; Co"/></scenario></scenarios>',
    );
  });

  it('sit after the sheet data and its protection, before anything else, as the schema orders them', () => {
    expect(withScenarios('<worksheet><sheetData><row/></sheetData><sheetProtection sheet="1"/><mergeCells/></worksheet>', '<scenarios/>')).toBe(
      '<worksheet><sheetData><row/></sheetData><sheetProtection sheet="1"/><scenarios/><mergeCells/></worksheet>',
    );
    expect(withScenarios('<worksheet><sheetData/><pageMargins/></worksheet>', '<scenarios/>')).toBe(
      '<worksheet><sheetData/><scenarios/><pageMargins/></worksheet>',
    );
  });
});
