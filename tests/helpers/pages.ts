/** Pages opened as a council's site would load them: in an iframe, a document of their own. */

/**
 * Opens a page in an iframe and waits for it to load. `sandbox` sets the iframe's sandbox
 * flags (leave out allow-scripts to load the page with JavaScript off).
 */
export async function openPage(path: string, { sandbox }: { sandbox?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The paths (without origin) of the files the page's document requested after it loaded. */
export function requested(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}
