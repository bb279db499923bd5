/// <reference types="node" />
/**
 * The `ccin-elements` command (package.json "bin"):
 *
 *   npx ccin-elements render '<ccin-case-study case-id="rochdale-cost-of-living-crisis"></ccin-case-study>'
 *   npx ccin-elements render --file page.html          (or markup on standard input)
 *   npx ccin-elements render --each-case-study --out-dir html/case-studies
 *
 * Options: --assets <url> (where dist/ is served; default /ccin-elements/dist/), --lang cy,
 * --out <file>. Prints the pre-rendered HTML, or a message on standard error and exit code 1,
 * never partial HTML.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledData } from '../shared/data/bundled.js';
import { render, RenderError, type RenderOptions } from './render.js';

const usage = `Usage:
  ccin-elements render '<markup>'                 pre-render markup given as an argument
  ccin-elements render --file <page.html>          … read from a file
  ccin-elements render < page.html                 … or from standard input
  ccin-elements render --each-case-study --out-dir <folder>
                                                   one file per case study, <id>.html
Options:
  --assets <url>   where the package's dist/ folder is served (default /ccin-elements/dist/)
  --lang cy        the Welsh interface
  --out <file>     write to a file instead of standard output`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      'each-case-study': { type: 'boolean' },
      assets: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, inline, ...rest] = positionals;
  if (values.help || command !== 'render' || rest.length) throw new RenderError(usage);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'cy') throw new RenderError('--lang is "en" or "cy"');
  const options: RenderOptions = { ...(values.assets ? { assets: values.assets } : {}), ...(values.lang === 'cy' ? { lang: 'cy' as const } : {}) };

  if (values['each-case-study']) {
    const folder = values['out-dir'];
    if (!folder) throw new RenderError('--each-case-study needs --out-dir <folder>');
    // Everything is rendered before anything is written: an error leaves no half-written folder.
    const pages = new Map<string, string>();
    for (const { id } of await bundledData.caseStudyIndex()) {
      pages.set(`${id}.html`, await render(`<ccin-case-study case-id="${id}"></ccin-case-study>`, options));
    }
    await mkdir(folder, { recursive: true });
    for (const [name, html] of pages) await writeFile(join(folder, name), `${html}\n`);
    process.stderr.write(`ccin-elements render: ${pages.size} case studies written to ${folder}\n`);
    return;
  }
  const markup = inline ?? (values.file ? await readFile(values.file, 'utf8') : process.stdin.isTTY ? undefined : await readStdin());
  if (!markup?.trim()) throw new RenderError(`no markup to render\n\n${usage}`);
  const html = await render(markup, options);
  if (values.out) await writeFile(values.out, `${html}\n`);
  else process.stdout.write(`${html}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const badArguments = error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  const message =
    error instanceof RenderError ? error.message : badArguments ? `${(error as Error).message}\n\n${usage}` : error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  process.stderr.write(`ccin-elements render: ${message}\n`);
  process.exitCode = 1;
});
