const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The absolute form of a URL if it is safe to link to, else undefined. Only http(s), mailto
 * and tel are allowed (no javascript:, data: or vbscript:); relative URLs resolve against the
 * page, so a council can link to "/principles/co-production".
 */
export function safeHref(value: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}

/** True for http(s) links to another site than the page's own. */
export function isExternal(href: string): boolean {
  const url = new URL(href);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
}

/**
 * Fills a URL template such as "/case-studies/{id}" with an id (URL-encoded) and returns it
 * only if the result is safe to link to.
 */
export function fillUrlTemplate(template: string | null | undefined, id: string): string | undefined {
  if (!template || !template.includes('{id}')) return undefined;
  return safeHref(template.split('{id}').join(encodeURIComponent(id)));
}

/** A tel: URL for a printed UK number ("01484 221000 Ext 76528" dials 01484221000). */
export function telHref(phone: string): string | undefined {
  const match = /^[+\d][\d\s()-]*\d/.exec(phone.trim());
  if (!match) return undefined;
  const digits = match[0].replace(/[^\d+]/g, '');
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}
