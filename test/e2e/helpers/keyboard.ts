// Driving a page with the keyboard only: Tab and Shift+Tab to a control, keys to use it. Locators
// and page.evaluate only READ state (where focus is, what a control holds). Every Tab stop is
// recorded with whether the focused element shows a visible focus indicator (an outline or a
// box-shadow), so a test can assert that focus is always visible.
import type { Page } from 'playwright-core';

/** A CSS selector the focused element must match, or the exact trimmed text of a button. */
export type FocusTarget = string | { readonly text: string };

export interface FocusStop {
  readonly element: string;
  readonly visible: boolean;
  readonly outline: string;
  readonly shadow: string;
}

export class Keyboard {
  readonly stops: FocusStop[] = [];

  constructor(private readonly page: Page) {}

  /** True when the focused element is `target`. */
  async isFocused(target: FocusTarget): Promise<boolean> {
    return this.page.evaluate((wanted) => {
      const element = document.activeElement;
      if (element === null || element === document.body) return false;
      if (typeof wanted === 'string') return element.matches(wanted);
      return (element.textContent ?? '').trim() === wanted.text;
    }, target);
  }

  /** Describes the focused element and whether its focus can be seen. */
  async focusStop(): Promise<FocusStop | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (element === null || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      const hasOutline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const name = element.id !== '' ? `#${element.id}` : (element.textContent ?? '').trim().slice(0, 40);
      return { element: `${element.tagName.toLowerCase()} ${name}`, visible: hasOutline || hasShadow, outline, shadow: style.boxShadow };
    });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Tab (or Shift+Tab) until `target` has focus, recording each stop; throws after `limit` presses. */
  async tabTo(target: FocusTarget, options: { readonly back?: boolean; readonly limit?: number } = {}): Promise<void> {
    const limit = options.limit ?? 150;
    for (let i = 0; i < limit; i += 1) {
      if (await this.isFocused(target)) return;
      await this.page.keyboard.press(options.back === true ? 'Shift+Tab' : 'Tab');
      const stop = await this.focusStop();
      if (stop !== null) this.stops.push(stop);
    }
    throw new Error(`Tab never reached ${JSON.stringify(target)} (last stops: ${this.stops.slice(-5).map((s) => s.element).join(' | ')})`);
  }

  /** Tabs to a text box and types into it. */
  async fill(target: FocusTarget, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.type(text);
  }

  /** Presses `key` until `done` reads true (a radio checked, a select's value); throws after `limit`. */
  async pressUntil(key: string, done: () => Promise<boolean>, limit = 300): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await done()) return;
      await this.page.keyboard.press(key);
    }
    if (!(await done())) throw new Error(`${key} pressed ${limit} times without reaching the wanted state`);
  }

  /**
   * Chooses an option of the focused native select by typing the start of its label (type-ahead),
   * then, if needed, by arrow keys until its value is `value`.
   */
  async chooseInSelect(selector: string, value: string, typed: string): Promise<void> {
    await this.tabTo(selector);
    await this.page.keyboard.type(typed);
    const current = (): Promise<boolean> => this.page.locator(selector).evaluate((element, wanted) => (element as HTMLSelectElement).value === wanted, value);
    if (await current()) return;
    await this.page.keyboard.press('Home');
    await this.pressUntil('ArrowDown', current);
  }

  /** Stops where the focused element showed no focus indicator. */
  invisibleStops(): FocusStop[] {
    return this.stops.filter((stop) => !stop.visible);
  }
}
