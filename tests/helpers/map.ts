import { fixture, type html } from '@open-wc/testing';
import type { CcinMemberMap } from '../../src/member-map/member-map.component.js';
import { bundledData } from '../../src/shared/data/bundled.js';
import type { Member } from '../../src/shared/data/types.js';
import { until } from './util.js';

/** The bundled members, and those of them with a place. */
export async function bundledMembers(): Promise<{ members: Member[]; located: Member[] }> {
  const { members } = await bundledData.members();
  return { members, located: members.filter((m) => m.location) };
}

/** A map's markers (single members and groups), in drawing order. */
export const markers = (el: CcinMemberMap) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];

/** The member ids a map shows: its markers' members, single and grouped. */
export function memberIdsOnMap(map: Element): string[] {
  return [...(map.shadowRoot?.querySelectorAll('[part~="marker"]') ?? [])].flatMap((marker) =>
    (marker.getAttribute('data-members') ?? marker.getAttribute('data-member') ?? '').split(' ').filter(Boolean),
  );
}

/** Renders a map (alone or inside a wrapper) and waits for its markers, laid out at the size they are drawn. */
export async function memberMap(markup: ReturnType<typeof html>): Promise<CcinMemberMap> {
  const root = await fixture<HTMLElement>(markup);
  const el = (root.matches('ccin-member-map') ? root : root.querySelector('ccin-member-map')!) as CcinMemberMap;
  await until(() => el.shadowRoot?.querySelector('.marker, .list-view'), 'map rendered');
  await until(() => {
    const hit = el.shadowRoot!.querySelector('.hit');
    return !hit || Math.abs(hit.getBoundingClientRect().width - 24) < 0.6;
  }, 'markers 24 px across');
  await el.updateComplete;
  return el;
}

