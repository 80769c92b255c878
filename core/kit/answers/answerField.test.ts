import { AnswerFields, answerInput, answersAt, brokenAnswers, withAnswerAt } from './answerField';

const say = (source: string) => `«${source}»`;
const FIELDS = {
  budget: { step: 0, at: ['budget'], format: 'money', min: 0.01, message: 'A budget of 0.01 or more.' },
  parts: { step: 1, at: ['day', ['visit', 'travel']], min: 0, max: 1440, message: 'Minutes of a day.' },
  ramp: { step: 1, at: ['ramp', '*'], error: 'ramp', min: 0, max: 1, message: 'A share.' },
  rate: { step: 1, at: ['decay', 'rate'], min: 0, max: 1, message: 'A rate.' },
} as const satisfies AnswerFields;
const answers = { budget: 100, day: { visit: 45, travel: 30 }, ramp: [0.25, 0.5, 0.75] };

describe('an answer declared at a path', () => {
  it('is found at each key and item the path names', () => {
    expect(answersAt(answers, FIELDS.parts.at)).toEqual([
      { key: 'visit', value: 45 },
      { key: 'travel', value: 30 },
    ]);
    expect(answersAt(answers, FIELDS.ramp.at).map((f) => f.value)).toEqual([0.25, 0.5, 0.75]);
  });

  it('is not found under an answer left out, and reads blank where its key is missing', () => {
    expect(answersAt(answers, FIELDS.rate.at)).toEqual([]);
    expect(answersAt({ decay: {} }, FIELDS.rate.at)).toEqual([{ key: 'rate', value: null }]);
  });

  it('reads text where a number is due as not a number, so it breaks its rule', () => {
    expect(answersAt({ budget: '100' }, FIELDS.budget.at)[0].value).toBeNaN();
  });

  it('is put at every place its path names, leaving the answers it was given as they were', () => {
    const put = withAnswerAt(answers, FIELDS.ramp.at, 1);
    expect(put.ramp).toEqual([1, 1, 1]);
    expect(Array.isArray(put.ramp)).toBe(true);
    expect(answers.ramp).toEqual([0.25, 0.5, 0.75]);
    expect(withAnswerAt(answers, FIELDS.parts.at, 0).day).toEqual({ visit: 0, travel: 0 });
  });
});

describe("a step's declared answers", () => {
  it('say nothing when every answer keeps its rule', () => {
    expect(brokenAnswers(FIELDS, 0, answers, say)).toEqual({});
    expect(brokenAnswers(FIELDS, 1, answers, say)).toEqual({});
  });

  it('say each broken answer beside its field, in the pane language, and only for the step asked', () => {
    const broken = { budget: 0, day: { visit: 45, travel: 2000 }, ramp: [0.25, 7, 0.75], decay: { rate: 2 } };
    expect(brokenAnswers(FIELDS, 0, broken, say)).toEqual({ budget: '«A budget of 0.01 or more.»' });
    expect(brokenAnswers(FIELDS, 1, broken, say)).toEqual({ travel: '«Minutes of a day.»', ramp: '«A share.»', rate: '«A rate.»' });
  });
});

describe("an answer's input cell on the plan sheet", () => {
  it('takes the declared format and a data validation with the message in the plan language', () => {
    expect(answerInput(FIELDS.budget, say)).toEqual({ format: 'money', rule: { min: 0.01, message: '«A budget of 0.01 or more.»' } });
    expect(answerInput(FIELDS.ramp, say)).toEqual({ rule: { min: 0, max: 1, message: '«A share.»' } });
  });
});
