import { html, nothing, type TemplateResult } from 'lit';
import type { Block, CaseStudy, CaseStudySummary, Contact, ListItem, Organisation } from '../shared/data/types.js';
import { bundledPrinciples, findPrinciple } from '../shared/data/principles.js';
import type { CcinSettings } from '../shared/settings.js';
import { renderPrincipleLabel, type BadgeSize } from '../principle-badge/label.js';
import { renderHeading } from '../shared/headings.js';
import { renderLink } from '../shared/links.js';
import { renderInline } from '../shared/rich-text/render.js';
import { fillUrlTemplate, safeHref } from '../shared/safe-url.js';
import type { CaseStudyMessages } from './messages.js';

/** What the renderers of a case study need from the element. */
export interface RenderContext {
  t: CaseStudyMessages;
  /** The title's heading level; sections are one below. */
  level: number;
  /** Prefix of ids unique to this element (for aria-labelledby). */
  uid: string;
  /** lang="en" on content when the interface is not English. */
  lang: 'en' | undefined;
  /** The provider's settings: its principles' names, and its URL template for a principle's page. */
  settings: CcinSettings | undefined;
}

/**
 * A principle as a badge, drawn in the case study's own shadow root (principle-badge/label.ts)
 * rather than as a <ccin-principle-badge>: an article's or a card's badges then add no element,
 * shadow root or stylesheet (fewer of each to parse before the first paint, and to hydrate).
 * Checked data names only principles its data has (each source's check refuses a principle id
 * outside the ten, and a list of principles without all ten), so the dashed badge for an id
 * that names none is a last resort, not a message.
 */
export function renderPrincipleBadge(id: string, size: BadgeSize, ctx: RenderContext): TemplateResult {
  const principle = findPrinciple(ctx.settings?.data.principles ?? bundledPrinciples, id);
  return renderPrincipleLabel(principle, principle?.name ?? id, size, principle && fillUrlTemplate(ctx.settings?.principleHref, id), ctx.lang);
}

const emailPattern = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}$/i;
/** Lists in the data are at most a few levels deep; deeper ones are drawn flat, never by recursion without end. */
const maxListDepth = 6;

/** The title, with its subtitle on a line of its own; the accessible name reads "Title: Subtitle". */
export function renderTitle(study: CaseStudySummary | CaseStudy): TemplateResult {
  return study.subtitle ? html`<span class="title-main">${study.title}</span> <span class="subtitle">${study.subtitle}</span>` : html`${study.title}`;
}

export function titleLabel(study: CaseStudySummary | CaseStudy): string | undefined {
  return study.subtitle ? `${study.title}: ${study.subtitle}` : undefined;
}

export function renderOrganisations(organisations: Organisation[], ctx: RenderContext): TemplateResult | typeof nothing {
  if (!organisations.length) return nothing;
  const names = (role: Organisation['role']) => organisations.filter((o) => o.role === role).map((o) => o.name);
  const lang = ctx.lang ?? nothing;
  const group = (label: string, list: string[]) =>
    list.length ? html`<span class="org-group">${label} <span lang=${lang}>${list.join(', ')}</span></span>` : nothing;
  return html`<p part="organisations" class="organisations">
    ${group(ctx.t.by, names('lead'))} ${group(ctx.t.workingWith, names('working-with'))} ${group(ctx.t.partners, names('partner'))}
  </p>`;
}

export function renderTheme(theme: string | null, ctx: RenderContext): TemplateResult | typeof nothing {
  return theme
    ? html`<p part="theme" class="theme"><span class="visually-hidden">${ctx.t.theme}: </span><span lang=${ctx.lang ?? nothing}>${theme}</span></p>`
    : nothing;
}

/** The whole case study as an article. Sections are plain headed blocks, not landmarks. */
export function renderArticle(study: CaseStudy, ctx: RenderContext): TemplateResult {
  const { t, level, uid } = ctx;
  const lang = ctx.lang ?? nothing;
  const titleId = `${uid}-title`;
  return html`<article part="article" class="article" aria-labelledby=${titleId}>
    <header class="header">
      ${renderTheme(study.theme, ctx)}
      ${renderHeading(level, renderTitle(study), { id: titleId, part: 'title', className: 'title', lang: ctx.lang, label: titleLabel(study), tabindex: -1 })}
      ${renderOrganisations(study.organisations, ctx)}
      ${study.year !== null || study.status
        ? html`<p class="facts">
            ${study.year !== null ? html`<span>${t.yearLabel}: ${study.year}</span>` : nothing}
            ${study.status ? html`<span>${t.statusLabel}: <span lang=${lang}>${study.status}</span></span>` : nothing}
          </p>`
        : nothing}
    </header>
    ${study.summary ? html`<p part="summary" class="summary" lang=${lang}>${renderInline(study.summary)}</p>` : nothing}
    <div part="body" class="body" lang=${lang}>${study.body.map((block) => renderBlock(block, level + 1))}</div>
    ${renderPrinciples(study, ctx)} ${renderContacts(study.contacts, ctx)} ${renderLinks(study, ctx)} ${renderCaptions(study, ctx)}
    <p part="source" class="source">${t.sourceLine(sourceDocuments(study))}</p>
  </article>`;
}

function renderBlock(block: Block, level: number): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInline(block.text)}</p>`;
    case 'heading':
      return renderHeading(level, renderInline(block.text), { className: 'subheading' });
    case 'list':
      return renderList(block.items, block.ordered, 1);
    case 'quote':
      return html`<blockquote class="quote">
        <p>${renderInline(block.text)}</p>
        ${block.attribution ? html`<p class="attribution">— ${renderInline(block.attribution)}</p>` : nothing}
      </blockquote>`;
  }
}

function renderList(items: ListItem[], ordered: boolean, depth: number): TemplateResult {
  const content = items.map((item) => {
    const nested = item.items?.length ? item.items : undefined;
    const below = !nested ? nothing : depth < maxListDepth ? renderList(nested, ordered, depth + 1) : flatList(nested);
    return html`<li>${renderInline(item.text)}${below}</li>`;
  });
  return ordered ? html`<ol>${content}</ol>` : html`<ul>${content}</ul>`;
}

/** Everything below the deepest level drawn, as one list, walked with a stack rather than recursion. */
function flatList(items: ListItem[]): TemplateResult {
  const texts: string[] = [];
  const stack = [...items].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    texts.push(item.text);
    if (item.items) stack.push(...[...item.items].reverse());
  }
  return html`<ul>${texts.map((text) => html`<li>${renderInline(text)}</li>`)}</ul>`;
}

function section(kind: string, heading: string, content: unknown, ctx: RenderContext): TemplateResult {
  return html`<div part=${kind} class="section ${kind}">${renderHeading(ctx.level + 1, heading, { className: 'section-heading' })}${content}</div>`;
}

/** The principles, and where they come from: a source's list, the case study's headings, or nowhere. */
function renderPrinciples(study: CaseStudy, ctx: RenderContext): TemplateResult {
  const basis = study.principlesBasis.basis;
  const { t } = ctx;
  const content =
    basis === 'not-stated' || !study.principles.length
      ? html`<p class="not-recorded">${t.principlesNotRecorded}</p>`
      : html`<p class="principles-basis">${basis === 'principles-met' ? t.principlesMet : t.principlesFromHeadings}</p>
          <ul class="badges">
            ${study.principles.map((principle) => html`<li>${renderPrincipleBadge(principle, 'medium', ctx)}</li>`)}
          </ul>`;
  return section('principles', t.principlesHeading, content, ctx);
}

/** A tel: URL for a printed UK number ("01484 221000 Ext 76528" dials 01484221000). */
export function telHref(phone: string): string | undefined {
  const match = /^[+\d][\d\s()-]*\d/.exec(phone.trim());
  if (!match) return undefined;
  const digits = match[0].replace(/[^\d+]/g, '');
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}

function contactLine(label: string, content: unknown): TemplateResult {
  return html`<p class="contact-line"><span class="label">${label}:</span> ${content}</p>`;
}

function renderContact(contact: Contact, ctx: RenderContext): TemplateResult {
  const { t } = ctx;
  const lang = ctx.lang ?? nothing;
  const tel = contact.phone ? telHref(contact.phone) : undefined;
  const email = contact.email && emailPattern.test(contact.email) ? contact.email : undefined;
  const role = [contact.role, contact.organisation].filter(Boolean).join(' – ');
  return html`<div class="contact">
    <p class="contact-name" lang=${lang}>${contact.name}</p>
    ${role ? html`<p class="contact-role" lang=${lang}>${role}</p>` : nothing}
    ${contact.email ? contactLine(t.emailLabel, email ? renderLink(`mailto:${email}`, email) : contact.email) : nothing}
    ${contact.phone ? contactLine(t.phoneLabel, tel ? renderLink(tel, contact.phone) : contact.phone) : nothing}
    ${(contact.web ?? []).map((web) => {
      const href = safeHref(web.url);
      return contactLine(t.webLabel, href ? renderLink(href, web.text) : web.text);
    })}
  </div>`;
}

function renderContacts(contacts: Contact[], ctx: RenderContext): TemplateResult | typeof nothing {
  if (!contacts.length) return nothing;
  return section('contacts', ctx.t.contactsHeading, html`<div class="contact-list">${contacts.map((c) => renderContact(c, ctx))}</div>`, ctx);
}

function renderLinks(study: CaseStudy, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!study.links.length) return nothing;
  const items = study.links.map((link) => {
    // A link that is not http(s), mailto or tel keeps its text and loses its link.
    const href = safeHref(link.url);
    return html`<li>${href ? renderLink(href, link.text) : link.text}</li>`;
  });
  return section('links', ctx.t.linksHeading, html`<ul lang=${ctx.lang ?? nothing}>${items}</ul>`, ctx);
}

/** The captions of the booklet's pictures, which are not reproduced: said plainly, so nothing is lost and nothing pretends. */
function renderCaptions(study: CaseStudy, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!study.captions.length) return nothing;
  return section(
    'pictures',
    ctx.t.picturesHeading,
    html`<p>${ctx.t.picturesIntro}</p>
      <ul lang=${ctx.lang ?? nothing}>${study.captions.map((caption) => html`<li>${caption}</li>`)}</ul>`,
    ctx,
  );
}

function sourceDocuments(study: CaseStudy): string[] {
  return [...new Set(study.sources.map((source) => source.document).filter((d): d is string => !!d))];
}
