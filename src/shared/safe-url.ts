const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Any base will do to ask "what protocol would this relative URL have?": it is the page's. */
const checkingBase = 'https://relative.invalid/';

/**
 * A URL that is safe to link to, else undefined. Only http(s), mailto and tel are allowed (no
 * javascript:, data: or vbscript:). Absolute URLs come back normalised; relative ones ("/principles/
 * co-production") come back as written, for the browser to resolve against the page. The page's
 * document.baseURI is not read: a host page can shadow it with <img name="baseURI">, and there is
 * no page at all when rendering on a server.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // A lone surrogate cannot be encoded in a URL: the browser could not follow such a link.
  if (!trimmed || /\p{Cs}/u.test(trimmed)) return undefined;
  let absolute: URL | undefined;
  try {
    absolute = new URL(trimmed);
  } catch {
    // Not absolute: relative to the page, so http(s) like the page, if it parses at all.
  }
  if (absolute) return allowedProtocols.has(absolute.protocol) ? absolute.href : undefined;
  try {
    new URL(trimmed, checkingBase);
  } catch {
    return undefined;
  }
  return trimmed;
}

/** True for absolute http(s) links to another site than the page's own (every absolute one on a server). */
export function isExternal(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== globalThis.location?.origin;
}

/** The rel of a link: external links open no window reference and send no referrer. */
export function externalRel(href: string): string | undefined {
  return isExternal(href) ? 'external noopener noreferrer' : undefined;
}

/**
 * Fills a URL template such as "/case-studies/{id}" with an id (URL-encoded) and returns it
 * only if the result is safe to link to.
 */
export function fillUrlTemplate(template: string | null | undefined, id: string): string | undefined {
  if (!template || !template.includes('{id}')) return undefined;
  return safeHref(template.split('{id}').join(encodeURIComponent(id)));
}

/**
 * Where something links to: its own href (which may contain {id}), else the provider's URL
 * template for its kind, else nowhere. Only safe URLs come back.
 */
export function resolveHref(own: string | null | undefined, template: string | undefined, id: string): string | undefined {
  if (own) return own.includes('{id}') ? fillUrlTemplate(own, id) : safeHref(own);
  return fillUrlTemplate(template, id);
}
