import { executeServerCommand } from '@web/test-runner-commands';

/** Collects console.warn calls while a test runs. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Emulates CSS media features such as forced-colors through Chrome DevTools. */
export function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<unknown> {
  return executeServerCommand('ccin-emulate-media-features', features);
}

/** Waits until a condition holds (polling each animation frame), or fails after a timeout. */
export async function until<T>(condition: () => T | undefined | null | false, message: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The text a user reads in an element's shadow root (whitespace collapsed). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
