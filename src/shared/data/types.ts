/**
 * The shape of the CCIN data snapshot (see data/README.md and data/schema/ccin-data.schema.json).
 * Inline text fields use the small Markdown subset rendered by shared/rich-text.ts.
 */

export type PrincipleId =
  | 'social-partnership'
  | 'democratic-engagement'
  | 'co-production'
  | 'enterprise-and-social-economy'
  | 'learning'
  | 'maximising-social-value'
  | 'walking-the-talk'
  | 'community-leadership'
  | 'new-models'
  | 'innovation';

export interface SourceRef {
  file: string;
  document?: string;
  page?: string;
  heading?: string | null;
  line?: number;
  lines?: [number, number];
}

/** What a badge needs to render at once. */
export interface PrincipleName {
  id: PrincipleId;
  name: string;
}

/** What a "full" badge shows on request. */
export interface PrincipleStatement {
  statement: string;
  /** Walking the talk only: its six sub-points. */
  points?: { label: string; text: string }[];
}

export interface Principle extends PrincipleName, PrincipleStatement {
  /** Editorial note and source: in the data and the snapshot, left out of the bundled copy. */
  note?: string;
  source?: SourceRef;
}

export interface Link {
  text: string;
  url: string;
  source?: string;
}

export interface ListItem {
  text: string;
  items?: ListItem[];
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'quote'; text: string; attribution: string | null };

export type OrganisationRole = 'lead' | 'partner' | 'working-with';

export interface Organisation {
  name: string;
  role: OrganisationRole;
  memberId: string | null;
}

export interface Contact {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  web?: { text: string; url: string; urlDerived?: boolean }[];
}

export type PrinciplesBasis =
  | { basis: 'not-stated' }
  | {
      basis: 'principles-met' | 'section-headings';
      file: string;
      evidence: { text: string; principles: PrincipleId[] }[];
    };

export interface CaseStudy {
  id: string;
  title: string;
  subtitle?: string;
  theme: string | null;
  organisations: Organisation[];
  summary: string | null;
  body: Block[];
  contacts: Contact[];
  links: Link[];
  principles: PrincipleId[];
  principlesBasis: PrinciplesBasis;
  year: number | null;
  status?: string;
  media?: { kind: string; title: string; date?: string; source: string }[];
  sources: SourceRef[];
  captions: string[];
  repairs: { kind: string; detail: string; text?: string }[];
  notes: string[];
}

export type Tier = 'member' | 'associate' | 'affiliate';

/** One entry of the case-study index: what a card or a list needs, without the body. */
export interface CaseStudySummary {
  id: string;
  title: string;
  subtitle?: string;
  theme: string | null;
  organisations: (Organisation & { tier: Tier | null })[];
  summary: string | null;
  /** The first paragraph of the body, for case studies whose source has no standfirst. */
  excerpt: string | null;
  principles: PrincipleId[];
  year: number | null;
}

export interface MemberLocation {
  lat: number;
  lon: number;
  areaCode: string;
  areaName: string;
  basis: 'lad-centroid' | 'town-point' | 'county-centroid';
  source: string;
}

export interface Member {
  id: string;
  name: string;
  tier: Tier;
  kind: string;
  /** How many accreditation markers the booklet prints (which ones is not known). */
  accreditationMarkers: number;
  location: MemberLocation | null;
  locationNote?: string;
  source: SourceRef;
  /** Derived at build time from the case studies' organisations. */
  caseStudies: { id: string; title: string; role: OrganisationRole }[];
}

/** data/members.json: the members with the attribution their locations require. */
export interface MembersData {
  members: Member[];
  attribution: string[];
}

/** One of the booklet's funded projects (data/funded-projects.json). */
export interface FundedProject {
  id: string;
  title: string;
  subtitle?: string;
  year: number;
  organisations: { name: string; role: 'lead' | 'partner' | 'completed-by' | 'compiled-by'; memberId: string | null }[];
  summary: string;
  link: Link;
  relatedCaseStudies: string[];
  note?: string;
  source: SourceRef;
}

export interface Snapshot {
  caseStudies: CaseStudy[];
  principles: Principle[];
  values: Record<string, unknown>;
  members: Member[];
  fundedProjects: FundedProject[];
  network: Record<string, unknown>;
  meta: { attribution?: { text: string; licence: string; appliesTo: string }[] } & Record<string, unknown>;
}
