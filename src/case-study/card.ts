import { html, nothing, type TemplateResult } from 'lit';
import type { CaseStudySummary } from '../shared/data/types.js';
import { renderHeading } from '../shared/headings.js';
import { renderLink } from '../shared/links.js';
import { renderInline } from '../shared/rich-text/render.js';
import { renderOrganisations, renderPrincipleBadge, renderTheme, renderTitle, titleLabel, type RenderContext } from './article.js';

/** A case study as a card: theme, title (a link when there is an href), organisations, standfirst, principles. */
export function renderCard(summary: CaseStudySummary, href: string | undefined, ctx: RenderContext): TemplateResult {
  const lang = ctx.lang ?? nothing;
  const text = summary.summary ?? summary.excerpt;
  const title = renderTitle(summary);
  const label = titleLabel(summary);
  return html`<article part="card" class="card" aria-labelledby=${`${ctx.uid}-title`}>
    ${renderTheme(summary.theme, ctx)}
    ${renderHeading(ctx.level, href ? renderLink(href, title, { className: 'card-link', label }) : title, {
      id: `${ctx.uid}-title`,
      part: 'title',
      className: 'title',
      lang: ctx.lang,
      label: href ? undefined : label,
      tabindex: href ? undefined : -1,
    })}
    ${renderOrganisations(summary.organisations, ctx)}
    ${text ? html`<p part="summary" class="summary" lang=${lang}>${renderInline(text)}</p>` : nothing}
    ${summary.principles.length
      ? html`<ul class="badges" aria-label=${ctx.t.principlesHeading}>
          ${summary.principles.map((principle) => html`<li>${renderPrincipleBadge(principle, 'small', ctx)}</li>`)}
        </ul>`
      : nothing}
  </article>`;
}
