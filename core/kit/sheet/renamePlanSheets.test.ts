import { SheetBuilder } from './sheetBuilder';
import { renamePlanSheets } from './renamePlanSheets';

const plan = () => {
  const evaluation = new SheetBuilder("Bob's evaluation");
  evaluation.number(4, 1, 10);
  const dashboard = new SheetBuilder('Dashboard');
  dashboard.formula(4, 0, "='Bob''s evaluation'!$B$5*2");
  dashboard.text(5, 0, "'Bob''s evaluation'!B5 stays text");
  dashboard.highlight('A5', { formula: "='Bob''s evaluation'!$B$5>5" });
  return { sheets: [evaluation.build(), dashboard.build()] };
};

describe('a plan whose sheets a host renamed', () => {
  it('points every formula and highlight that reads another plan sheet at its new name', () => {
    const renamed = renamePlanSheets(plan(), ["Bob's evaluation (2)", 'Dashboard (3)']);
    expect(renamed.sheets.map((s) => s.name)).toEqual(["Bob's evaluation (2)", 'Dashboard (3)']);
    expect(renamed.sheets[1].cells[4][0]).toEqual({ formula: "='Bob''s evaluation (2)'!$B$5*2" });
    expect(renamed.sheets[1].highlights[0].when).toEqual({ formula: "='Bob''s evaluation (2)'!$B$5>5" });
  });

  it('leaves text alone, and the plan as it was when no name changed', () => {
    const renamed = renamePlanSheets(plan(), ["Bob's evaluation (2)", 'Dashboard']);
    expect(renamed.sheets[1].cells[5][0]).toEqual({ text: "'Bob''s evaluation'!B5 stays text" });
    const same = plan();
    expect(renamePlanSheets(same, ["Bob's evaluation", 'Dashboard'])).toBe(same);
  });
});

describe("a plan sheet renamed because a user's sheet has its name", () => {
  it("keeps reading the user's sheet of that name", () => {
    const lead = new SheetBuilder('Lead scoring');
    lead.formula(0, 0, "=SUM('Lead scoring'!$B$2:$B$9)");
    const renamed = renamePlanSheets({ sheets: [lead.build()] }, ['Lead scoring (2)']);
    expect(renamed.sheets[0].cells[0][0]).toEqual({ formula: "=SUM('Lead scoring'!$B$2:$B$9)" });
  });
});
