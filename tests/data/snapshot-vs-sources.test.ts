/**
 * The snapshot against its sources: nothing lost, nothing invented. These tests read the built
 * snapshot (dist/data) and the source documents (data/sources) and compare them independently of
 * the code that curated the data.
 */
import { expect } from '@open-wc/testing';
import { plainText } from '../../src/shared/rich-text/parse.js';
import type { Block, CaseStudy, ListItem, Member, Principle } from '../../src/shared/data/types.js';

const BOOKLET = '003_87c2b9255339e3a0.txt';

interface Snapshot {
  caseStudies: CaseStudy[];
  principles: Principle[];
  members: Member[];
  values: { cooperativeValues: string[]; ethicalValues: string[]; icaPrinciples: string[] };
  fundedProjects: { title: string; year: number; summary: string; link: { url: string } }[];
  network: Record<string, unknown>;
  meta: { sources: { file: string }[]; attribution: { text: string }[] };
}

const text = async (path: string) => (await fetch(path)).text();
let snapshot: Snapshot;
let booklet: string[];

/** Source markup removed (bold, italics, links, list and heading markers), whitespace collapsed. */
function plainSourceLine(line: string): string {
  return plainText(
    line
      .replace(/^\s*#{1,6}\s*/, '')
      .replace(/^\s*(?:[-•]|\d+\.)\s+/, '')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** One CSV line: fields separated by commas, double quotes around fields that contain them. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function listText(items: ListItem[]): string[] {
  return items.flatMap((item) => [item.text, ...listText(item.items ?? [])]);
}

function blockText(block: Block): string[] {
  if (block.type === 'list') return listText(block.items);
  if (block.type === 'quote') return [block.text, block.attribution ?? ''];
  return [block.text];
}

/** Everything a case-study record says, as plain text. */
function recordText(study: CaseStudy): string {
  const parts = [
    study.theme ?? '',
    study.title,
    study.subtitle ? `${study.title}: ${study.subtitle}` : '',
    ...study.sources.map((s) => s.heading ?? ''),
    study.summary ?? '',
    ...study.organisations.map((o) => o.name),
    ...study.body.flatMap(blockText),
    // Quote blocks drop the quotation marks the booklet prints around them (repair quote-block).
    ...study.body.flatMap((b) =>
      b.type === 'quote' ? [`“${b.text}” ${b.attribution}`, `"${b.text}"`, `"${b.text}" – ${b.attribution}`] : [],
    ),
    study.links.length ? 'Links' : '',
    ...study.captions,
    ...study.links.map((l) => `${l.text}: ${l.url}`),
    ...study.contacts.flatMap((c) => [
      c.name,
      `${c.role} – ${c.organisation}`,
      `${c.name} ${c.role} – ${c.organisation}`,
      c.email ?? '',
      c.phone ?? '',
      ...(c.web ?? []).map((w) => w.text),
    ]),
  ];
  // Removed text (logos) is kept as the source printed it, markup and all.
  const removed = study.repairs.flatMap((r) => (r.text ? [r.text, plainText(r.text)] : []));
  return [...parts.map((part) => plainText(part)), ...removed].join('\n').replace(/[ \t]+/g, ' ');
}

before(async () => {
  snapshot = JSON.parse(await text('/dist/data/ccin-snapshot.json'));
  booklet = (await text(`/data/sources/${BOOKLET}`)).split('\n');
});

describe('data: case studies against the booklet', () => {
  it('has all 55 case studies: 53 from the booklet and the two councils.coop pages', () => {
    const fromBooklet = snapshot.caseStudies.filter((s) => s.sources[0]!.file === BOOKLET);
    expect(fromBooklet.length).to.equal(53);
    expect(snapshot.caseStudies.length).to.equal(55);
    const ids = snapshot.caseStudies.map((s) => s.id);
    expect(ids).to.include.members(['sunderland-southwick-partnership', 'co-operation-at-the-grassroots']);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('finds one case study per contact block of the booklet, and each title is a heading there', () => {
    // Each case study of the booklet ends with "For further information, contact:". Counting
    // them from the first case study (line 618) to the end, less the network's own contact
    // block in "Growing the Co-op Economy", gives the number of case studies independently.
    const contactLines = booklet
      .map((line, i) => ({ line, number: i + 1 }))
      .filter(({ line, number }) => number >= 618 && line.startsWith('For further information'));
    const growing = booklet.findIndex((line) => line === '## Growing the Co-op Economy') + 1;
    const caseStudyContacts = contactLines.filter(({ number }) => number < growing);
    expect(caseStudyContacts.length).to.equal(53);
    const fromBooklet = snapshot.caseStudies.filter((s) => s.sources[0]!.file === BOOKLET);
    for (const { number } of caseStudyContacts) {
      const owners = fromBooklet.filter((s) => s.sources[0]!.lines![0] <= number && number <= s.sources[0]!.lines![1]);
      expect(owners.length, `contact block at line ${number}`).to.equal(1);
    }
    for (const study of fromBooklet) {
      const heading = study.sources[0]!.heading!;
      const found = booklet.some((line) => /^#{1,2} /.test(line) && line.replace(/^#+ /, '') === heading);
      expect(found, `heading “${heading}” of ${study.id}`).to.equal(true);
    }
  });

  it('keeps every line of every booklet case study: in the body, captions, contacts or recorded repairs', () => {
    const missing: string[] = [];
    for (const study of snapshot.caseStudies.filter((s) => s.sources[0]!.file === BOOKLET)) {
      const [first, last] = study.sources[0]!.lines!;
      const record = recordText(study);
      const flat = record.replace(/\s+/g, ' ');
      for (const raw of booklet.slice(first - 1, last)) {
        const line = plainSourceLine(raw.replace(/^\*\*[etw]:\*\*\s*|^[etw]:\s*/, ''));
        if (!line || line.startsWith('For further information')) continue;
        // An "X working with Y" heading is recorded as organisations with their roles.
        const workingWith = /^(.+?) working with (.+)$/i.exec(line);
        if (workingWith && study.organisations.some((o) => o.role === 'working-with')) continue;
        if (!flat.includes(line)) missing.push(`${study.id} (line ${booklet.indexOf(raw) + 1}): ${line.slice(0, 80)}`);
      }
    }
    expect(missing, missing.join('\n')).to.deep.equal([]);
  });

  it('names the source file and heading of every case study, and the sources list them', () => {
    const files = new Set(snapshot.meta.sources.map((s) => s.file));
    for (const study of snapshot.caseStudies) {
      expect(study.sources.length, study.id).to.be.greaterThan(0);
      for (const source of study.sources) expect(files.has(source.file), `${study.id}: ${source.file}`).to.equal(true);
    }
  });

  it('merges Rochdale’s councils.coop page into the booklet’s case study instead of duplicating it', () => {
    const rochdale = snapshot.caseStudies.filter((s) => s.title.includes('Cost of Living Crisis in Rochdale'));
    expect(rochdale.length).to.equal(1);
    expect(rochdale[0]!.sources.map((s) => s.file)).to.deep.equal([BOOKLET, '004_e7f087d0d27ff22f.txt']);
    expect(rochdale[0]!.principles).to.deep.equal(['learning', 'walking-the-talk', 'community-leadership', 'new-models']);
  });
});

describe('data: principles, stated only where a source states them', () => {
  it('has the ten principles with the booklet’s names and statements, and Walking the talk’s six points', () => {
    expect(snapshot.principles.map((p) => p.name)).to.deep.equal([
      'Social Partnership',
      'Democratic Engagement',
      'Co-production',
      'Enterprise and social economy',
      'Learning',
      'Maximising social value',
      'Walking the talk',
      'Community leadership and a new role for councillors',
      'New models of meeting priority needs',
      'Innovation',
    ]);
    const source = booklet.join('\n');
    for (const principle of snapshot.principles) {
      expect(source.includes(principle.statement), principle.id).to.equal(true);
    }
    const walking = snapshot.principles.find((p) => p.id === 'walking-the-talk')!;
    expect(walking.points!.length).to.equal(6);
    for (const point of walking.points!) expect(source.includes(`- ${point.label}: ${point.text}`), point.label).to.equal(true);
  });

  it('lists principles for exactly the five case studies whose sources state them', () => {
    const stated = snapshot.caseStudies.filter((s) => s.principles.length).map((s) => s.id).sort();
    expect(stated).to.deep.equal([
      'co-operation-at-the-grassroots',
      'hackney-supporting-residents-in-financial-crisis',
      'rochdale-cost-of-living-crisis',
      'south-ribble-waste-contract-insourcing',
      'sunderland-southwick-partnership',
    ]);
    for (const study of snapshot.caseStudies.filter((s) => !s.principles.length)) {
      expect(study.principlesBasis.basis, study.id).to.equal('not-stated');
    }
  });

  it('matches each "Principles met" statement of the councils.coop pages to its principle', async () => {
    const page = await text('/data/sources/002_e8a42db449baa80b.txt');
    const southwick = snapshot.caseStudies.find((s) => s.id === 'sunderland-southwick-partnership')!;
    expect(southwick.principles).to.deep.equal([
      'social-partnership',
      'co-production',
      'learning',
      'maximising-social-value',
      'community-leadership',
      'new-models',
      'innovation',
    ]);
    // The page names each principle it lists; those names match the principles chosen by statement.
    for (const id of southwick.principles) {
      const name = snapshot.principles.find((p) => p.id === id)!.name;
      expect(page.toLowerCase().includes(`\n${name.toLowerCase()}\n`), name).to.equal(true);
    }
  });
});

describe('data: members, values and funded projects', () => {
  it('has the 111 organisations of the members list, in order, with their accreditation markers', () => {
    const lines = booklet.slice(307, 426).filter((line) => line.startsWith('**'));
    const listed = lines.map((line) => {
      const match = /^\*\*(.+?)\*\*\s*((?:●\s*)*)/.exec(line)!;
      return { name: match[1], markers: (match[2]!.match(/●/g) ?? []).length };
    });
    expect(listed.length).to.equal(111);
    expect(snapshot.members.map((m) => ({ name: m.name, markers: m.accreditationMarkers }))).to.deep.equal(listed);
    const count = (tier: string) => snapshot.members.filter((m) => m.tier === tier).length;
    expect([count('member'), count('associate'), count('affiliate')]).to.deep.equal([41, 22, 48]);
  });

  it('places members and associates exactly where the location list does', async () => {
    const rows = (await text('/data/sources/ccin-member-locations.csv')).trim().split('\n').slice(1);
    expect(rows.length).to.equal(63);
    for (const row of rows) {
      const [name, tier, , code, , lat, lon] = parseCsvLine(row);
      const member = snapshot.members.find((m) => m.name === name);
      expect(member, name).to.exist;
      expect(member!.tier).to.equal(tier);
      if (lat) {
        expect(member!.location!.lat).to.equal(Number(lat));
        expect(member!.location!.lon).to.equal(Number(lon));
        expect(member!.location!.areaCode).to.equal(code);
      } else {
        expect(member!.location).to.equal(null);
      }
    }
    expect(snapshot.members.filter((m) => m.tier === 'affiliate').every((m) => m.location === null)).to.equal(true);
  });

  it('links case studies to the members who lead them or take part', () => {
    const rochdale = snapshot.members.find((m) => m.id === 'rochdale-council')!;
    expect(rochdale.caseStudies.map((s) => s.id).sort()).to.deep.equal(['rochdale-cost-of-living-crisis', 'rochdale-good-help']);
    const burntwood = snapshot.members.find((m) => m.id === 'burntwood-town-council')!;
    expect(burntwood.caseStudies.map((s) => `${s.id}:${s.role}`).sort()).to.deep.equal([
      'burntwood-warmer-welcome:lead',
      'co-operation-at-the-grassroots:partner',
    ]);
    const birmingham = snapshot.members.find((m) => m.id === 'birmingham-city-council')!;
    expect(birmingham.caseStudies.filter((s) => s.role === 'working-with').length).to.equal(2);
  });

  it('has the six co-operative values, the four ethical values and the ten funded projects', () => {
    expect(snapshot.values.cooperativeValues).to.deep.equal(['Self-help', 'Self-responsibility', 'Democracy', 'Equality', 'Equity', 'Solidarity']);
    expect(snapshot.values.ethicalValues).to.deep.equal(['honesty', 'openness', 'social responsibility', 'caring for others']);
    expect(snapshot.values.icaPrinciples.length).to.equal(6);
    expect(snapshot.fundedProjects.length).to.equal(10);
    const source = booklet.join('\n');
    for (const project of snapshot.fundedProjects) {
      expect(source.includes(project.summary), project.title).to.equal(true);
      expect(source.includes(project.link.url.replace(/^https?:\/\//, '')), project.title).to.equal(true);
    }
  });

  it('carries the attribution the location sources require', () => {
    const lines = snapshot.meta.attribution.map((a) => a.text).join('\n');
    expect(lines).to.contain('Open Government Licence v3.0');
    expect(lines).to.contain('GeoNames (CC BY 4.0)');
    expect(lines).to.contain('ONS Index of Place Names 2012');
    expect(lines).to.contain('Natural Earth');
  });
});
