// @ts-check
/**
 * One case study through `<ccin-provider src>` pointed at a whole snapshot (dist/data/ccin-snapshot.json
 * and synthetic ones of 550 and 1,100 case studies, site.mjs): from the file's last byte
 * (Resource Timing responseEnd) to the frame after the article rendered, which includes parsing
 * the file, checking it (in slices of about 8 ms, shared/data/sliced-check.ts) and rendering; and
 * the longest main-thread task in that window, which is what a reader typing or scrolling then
 * waits for.
 */
import { caseId } from './article.mjs';
import { wholeSnapshotCounts } from './site.mjs';
import { conditions, coldPage, mark, progress, summary } from './util.mjs';
import { loaderScript, page } from './pages.mjs';

export const snapshotConditions = [conditions.localhost, conditions.cpu4];

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {import('./site.mjs').Site} site
 * @param {number} runs
 */
export async function snapshotSuite(browser, base, site, runs) {
  const rows = [];
  for (const count of wholeSnapshotCounts) {
    const file = site.wholeSnapshots[count];
    // The last copy of the article in the bigger snapshots (the same text, its own id and title).
    const id = count === wholeSnapshotCounts[0] ? caseId : site.copyId(count, caseId);
    const body = `<ccin-provider src="${file}"><ccin-case-study case-id="${id}"></ccin-case-study></ccin-provider>`;
    const url = base + (await site.page(`snapshot-${count}.html`, page({ mode: 'snapshot', title: `whole snapshot, ${count} case studies`, attrs: { 'snapshot-file': file }, head: loaderScript, body })));
    for (const condition of snapshotConditions) {
      progress(`snapshot: ${count} case studies, ${condition.label}`);
      const dataToPainted = [];
      const longestTask = [];
      for (let run = 0; run < runs; run++) {
        const { page: tab, close } = await coldPage(browser, condition);
        try {
          await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
          const painted = await mark(tab, 'painted', 30_000);
          const result = await tab.evaluate(() => ({ dataAt: window['__bench'].dataAt, longest: window['__bench'].longestTask, title: window['__bench'].title }));
          if (count !== wholeSnapshotCounts[0] && !String(result.title).includes('(copy')) throw new Error(`snapshot: the article shown is "${result.title}", not the snapshot's copy`);
          dataToPainted.push(painted - result.dataAt);
          longestTask.push(result.longest);
        } finally {
          await close();
        }
      }
      rows.push({ caseStudies: count, condition: condition.id, label: condition.label, dataToPainted: summary(dataToPainted), longestTask: summary(longestTask) });
    }
  }
  return { rows };
}
