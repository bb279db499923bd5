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

/**
 * Waits until a condition holds, or fails after a timeout. Polls with setTimeout, not
 * requestAnimationFrame: test pages run in parallel tabs, and background tabs get no frames.
 */
export async function until<T>(condition: () => T | undefined | null | false, message: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** The text a user reads in an element's shadow root (whitespace collapsed). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Emulates the print (or screen) media type. */
export function emulateMediaType(type: 'print' | 'screen' | null): Promise<unknown> {
  return executeServerCommand('ccin-emulate-media-type', { type });
}

/** Collects console.error calls and uncaught errors while a test runs. */
export function captureErrors(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  const onError = (event: ErrorEvent) => messages.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    messages,
    restore: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
