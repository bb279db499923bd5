import { expect } from '@open-wc/testing';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element | Document, options: object): Promise<AxeResults>;
}

/** The WCAG 2.2 AA tags, as GOV.UK Frontend checks its components. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeLoaded: Promise<Axe> | undefined;

function loadAxe(): Promise<Axe> {
  axeLoaded ??= new Promise<Axe>((resolve, reject) => {
    const existing = (window as unknown as { axe?: Axe }).axe;
    if (existing) return resolve(existing);
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
  return axeLoaded;
}

/** Runs axe with the WCAG 2.2 AA tags on an element and fails with every violation listed. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const axe = await loadAxe();
  const results = await axe.run(context, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  const report = results.violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
  expect(results.violations.length, report).to.equal(0);
}
