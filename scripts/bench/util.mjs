// @ts-check
/**
 * Shared by the benchmark's suites: the conditions each timing is measured under (CPU and
 * network throttling through the Chrome DevTools Protocol), a cold page per run, statistics and
 * number formatting.
 */
import { PredefinedNetworkConditions } from 'puppeteer-core';

/**
 * The conditions a timing row is measured under. `cpu` is Chrome's CPU slow-down factor
 * (Emulation.setCPUThrottlingRate); `network` a puppeteer preset (Network emulation: latency
 * added to every request, bandwidth capped). RTTs are the presets' latencies.
 * @typedef {{ id: string, label: string, cpu: number, network?: keyof typeof PredefinedNetworkConditions }} Condition
 * @type {Record<string, Condition>}
 */
export const conditions = {
  localhost: { id: 'localhost', label: 'localhost', cpu: 1 },
  cpu4: { id: 'cpu4', label: 'localhost + CPU 4×', cpu: 4 },
  fast4g: { id: 'fast4g', label: 'Fast 4G (165 ms RTT) + CPU 4×', cpu: 4, network: 'Fast 4G' },
  slow4g: { id: 'slow4g', label: 'Slow 4G (562.5 ms RTT)', cpu: 1, network: 'Slow 4G' },
};

/** What the network presets are, for the report. */
export function networkPresets() {
  /** @param {number} bytesPerSecond */
  const mbit = (bytesPerSecond) => Math.round((bytesPerSecond * 8) / 1e4) / 100;
  return Object.fromEntries(
    /** @type {const} */ (['Fast 4G', 'Slow 4G']).map((name) => {
      const preset = PredefinedNetworkConditions[name];
      return [name, { rttMs: preset.latency, downMbit: mbit(preset.download), upMbit: mbit(preset.upload) }];
    }),
  );
}

export const viewport = { width: 1280, height: 900 };

/**
 * A page in a fresh browser context (its own cache, cookies and connections: a cold visit),
 * throttled as `condition` says. Emulation is set before the first navigation.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Condition} condition
 */
export async function coldPage(browser, condition) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  if (condition.cpu > 1) await page.emulateCPUThrottling(condition.cpu);
  if (condition.network) await page.emulateNetworkConditions(PredefinedNetworkConditions[condition.network]);
  return { page, context, close: () => context.close().catch(() => {}) };
}

/**
 * Waits for `window.__bench.marks[name]` (set by the page's measure script) and returns it.
 * @param {import('puppeteer-core').Page} page
 * @param {string} name
 */
export async function mark(page, name, timeout = 60_000) {
  await page.waitForFunction((n) => window['__bench']?.marks[n] !== undefined || window['__bench']?.error, { timeout, polling: 50 }, name);
  const { value, error } = await page.evaluate((n) => ({ value: window['__bench'].marks[n], error: window['__bench'].error }), name);
  if (error) throw new Error(`page ${page.url()}: ${error}`);
  return value;
}

// ——— Statistics ———

/** @param {number[]} values */
export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median, min, max and the values (rounded) of a series.
 * @param {number[]} values
 */
export function summary(values, digits = 1) {
  const round = (/** @type {number} */ x) => Math.round(x * 10 ** digits) / 10 ** digits;
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), n: values.length, runs: values.map(round) };
}

/**
 * Compares two series taken in interleaved runs: the ratio of their medians, and the median
 * (with min–max) of the ratios run by run, on which the machine's drift falls alike.
 * @param {number[]} a
 * @param {number[]} b
 */
export function ratios(a, b) {
  const paired = a.map((value, i) => value / b[i]);
  return { ofMedians: Math.round((median(a) / median(b)) * 100) / 100, paired: summary(paired, 2) };
}

// ——— Formatting ———

/** @param {{ median: number, min: number, max: number }} s */
export const ms = (s, digits = 0) => `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/** @param {{ median: number, min: number, max: number }} s */
export const times = (s) => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * A Markdown table.
 * @param {string[]} head
 * @param {string[][]} rows
 */
export function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Progress on stderr, so stdout is the report. */
export function progress(/** @type {string} */ text) {
  process.stderr.write(`${text}\n`);
}
