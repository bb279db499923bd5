import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ccin-elements.js';
import { failsOnce, failsTimes, withSettings } from '../fixtures/data-sources.js';
import type { Updatable } from '../helpers/a11y.js';
import { captureWarnings, until } from '../helpers/util.js';

/**
 * Issue 15, what axe cannot see (see tests/helpers/a11y.ts): focus after "Try again" (2.4.3).
 * Whether the retry works or fails again, at once or after a delay, focus goes to what replaced
 * the message, or back to "Try again", and is never on <body> in between.
 */

/**
 * Watches where focus is while something happens: every focus change and every render of the
 * element, and every 10 ms. Returns the moments focus was on <body>.
 */
function watchFocus(element: HTMLElement): { drops: string[]; stop: () => void } {
  const drops: string[] = [];
  const check = (when: string) => {
    if ((document.activeElement === document.body || document.activeElement === null) && !drops.includes(when)) drops.push(when);
  };
  const observer = new MutationObserver(() => check('after a render'));
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true });
  const onFocusOut = () => queueMicrotask(() => check('after focusout'));
  document.addEventListener('focusout', onFocusOut, true);
  element.shadowRoot!.addEventListener('focusout', onFocusOut, true);
  const timer = setInterval(() => check('while waiting'), 10);
  return {
    drops,
    stop: () => {
      observer.disconnect();
      document.removeEventListener('focusout', onFocusOut, true);
      element.shadowRoot!.removeEventListener('focusout', onFocusOut, true);
      clearInterval(timer);
    },
  };
}

describe('accessibility that axe cannot see (issue 15)', () => {
  describe('focus after "Try again" (2.4.3)', () => {
    /** Presses Enter on "Try again" and watches focus until the element has rendered the outcome. */
    async function tryAgain(element: HTMLElement, outcome: () => unknown): Promise<string[]> {
      const retry = await until(() => element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry"]'), 'the retry button');
      retry.focus();
      const watch = watchFocus(element);
      try {
        await sendKeys({ press: 'Enter' });
        await until(outcome, 'the outcome of "Try again"');
        await (element as Updatable).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        watch.stop();
      }
      return watch.drops;
    }

    const cases = [
      { tag: 'ccin-member-map', kind: 'members', markup: html`<ccin-member-map></ccin-member-map>`, afterSuccess: '[part~="view-switch"] button' },
      { tag: 'ccin-case-study', kind: 'caseStudy', markup: html`<ccin-case-study case-id=${'cardiff-planning-pioneers'}></ccin-case-study>`, afterSuccess: '[part~="title"]' },
      { tag: 'ccin-case-study-list', kind: 'caseStudyIndex', markup: html`<ccin-case-study-list></ccin-case-study-list>`, afterSuccess: '[part~="count"]' },
    ] as const;
    const sources = [
      { outcome: 'works', data: () => failsOnce(), how: 'at once' },
      { outcome: 'works', data: () => failsTimes(1, 100), how: 'after 100 ms' },
      { outcome: 'fails', data: () => failsTimes(2, 100), how: 'after 100 ms' },
    ] as const;
    for (const { tag, kind, markup, afterSuccess } of cases) {
      for (const { outcome, data, how } of sources) {
        const works = outcome === 'works';
        it(`<${tag}>: ${works ? 'after a retry that works' : 'after a retry that fails again'} (answered ${how}), focus is ${works ? 'on what replaced the message' : 'on "Try again" again'}, never on <body>`, async () => {
          const warnings = captureWarnings();
          const source = data();
          const host = withSettings({ data: source }, markup);
          document.body.append(host);
          try {
            const el = host.querySelector<HTMLElement>(tag)!;
            const drops = await tryAgain(el, () =>
              source.attempts.get(kind) === 2 && el.shadowRoot!.querySelector(works ? afterSuccess : '[part~="retry"]') && !el.shadowRoot!.querySelector('.loading'),
            );
            expect(drops, 'moments focus was on <body>').to.deep.equal([]);
            expect(document.activeElement).to.equal(el);
            const focused = el.shadowRoot!.activeElement!;
            expect(focused, 'focused').to.equal(el.shadowRoot!.querySelector(works ? afterSuccess : '[part~="retry"]'));
            if (!works) expect(focused.matches(':focus-visible'), 'the focus on "Try again" shows').to.equal(true);
          } finally {
            warnings.restore();
            host.remove();
          }
        });
      }
    }
  });
});
