/**
 * @jest-environment jsdom
 */
import { saveSoon } from './saveSoon';

describe("saving the preview's workbook", () => {
  it('saves once after a burst of edits', () => {
    jest.useFakeTimers();
    const save = jest.fn();
    const saver = saveSoon(save, window);
    saver.schedule();
    saver.schedule();
    expect(save).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    expect(save).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });

  it('saves an edit made just before the page is left, at once', () => {
    const save = jest.fn();
    saveSoon(save, window).schedule();
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves when the tab is hidden, and not again when nothing is pending', () => {
    const save = jest.fn();
    const saver = saveSoon(save, window);
    saver.schedule();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
