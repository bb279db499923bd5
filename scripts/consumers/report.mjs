// @ts-check
/**
 * The consumer test's output: one ✓/✗ line per check (with details indented below it), kept in
 * `results` for the summary.
 */

/** @type {{ name: string, ok: boolean }[]} */
export const results = [];

export function report(/** @type {string} */ name, /** @type {boolean} */ ok, /** @type {string} */ detail = '') {
  results.push({ name, ok });
  const [first, ...more] = detail.split('\n');
  console.log([`${ok ? '✓' : '✗'} ${name}${first ? ` — ${first}` : ''}`, ...more.map((line) => `    ${line}`)].join('\n'));
}

/** Runs `fn`: ok with what it returns, or not ok with the error's message. */
export const settle = (/** @type {() => Promise<string | void>} */ fn) => fn().then((detail) => ({ ok: true, detail: detail ?? '' }),
  (error) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }));

/** Runs one check and reports it (with its time when that is worth saying). Returns whether it passed. */
export async function check(/** @type {string} */ name, /** @type {() => Promise<string | void>} */ fn) {
  const begun = performance.now();
  const { ok, detail } = await settle(fn);
  const time = (performance.now() - begun) / 1000;
  report(name, ok, ok && time >= 0.5 ? [detail, `${time.toFixed(1)} s`].filter(Boolean).join(', ') : detail);
  return ok;
}

export const fail = (/** @type {string} */ message) => { throw new Error(message); };
