import { EditHistory } from './history';

function counter() {
  const state = { value: 0 };
  const add = (n: number) => ({ label: `adding ${n}`, undo: () => (state.value -= n), redo: () => (state.value += n) });
  return { state, add };
}

describe('the edit history', () => {
  it('undoes and redoes edits in order', () => {
    const history = new EditHistory();
    const { state, add } = counter();
    for (const n of [1, 10]) {
      state.value += n;
      history.push(add(n));
    }
    history.undo();
    expect(state.value).toBe(1);
    history.undo();
    history.redo();
    expect(state.value).toBe(1);
    expect(history.nextRedo?.label).toBe('adding 10');
  });

  it('drops what was undone when a new edit is made', () => {
    const history = new EditHistory();
    const { add } = counter();
    history.push(add(1));
    history.undo();
    history.push(add(2));
    expect(history.nextRedo).toBeUndefined();
  });

  it('keeps at most its limit of edits, and tells its listeners of every change', () => {
    const history = new EditHistory(2);
    const { add } = counter();
    let told = 0;
    history.onChange(() => (told += 1));
    [1, 2, 3].forEach((n) => history.push(add(n)));
    history.undo();
    history.undo();
    expect(history.undo()).toBeUndefined();
    expect(told).toBe(5);
  });
});
