// The JSX types of every ccin element, for React 19 (types only: nothing is loaded at run time).
import type {} from 'ccin-elements/jsx';
import type { CcinMemberMap } from 'ccin-elements';
import { useEffect, useRef, useState } from 'react';

const caseId = 'rochdale-cost-of-living-crisis';

export function App() {
  const [loaded, setLoaded] = useState('');
  const [dataNote, setDataNote] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [results, setResults] = useState<number | null>(null);
  const [member, setMember] = useState('');
  const [view, setView] = useState('');
  const mapRef = useRef<CcinMemberMap>(null);

  // Events are in GlobalEventHandlersEventMap too, so addEventListener is typed.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const onSelect = (event: HTMLElementEventMap['ccin-member-select']) => setMember(event.detail.name);
    map.addEventListener('ccin-member-select', onSelect);
    return () => map.removeEventListener('ccin-member-select', onSelect);
  }, []);

  return (
    <ccin-provider
      case-study-href="/case-studies/{id}"
      principle-href="/principles/{id}"
      onccin-data-load={(event) => setDataNote(`${event.detail.caseStudies} case studies from ${event.detail.src}`)}
      onccin-data-error={(event) => setDataNote(`${event.detail.reason}: ${event.detail.message}`)}
    >
      <main>
        <h1>ccin-elements in a React app</h1>
        {dataNote && <p>{dataNote}</p>}

        <ccin-principle-badge
          principle="co-production"
          variant="full"
          size="small"
          onccin-principle-toggle={(event) => setExpanded(event.detail.expanded)}
        />
        <p data-testid="expanded">{String(expanded)}</p>

        <ccin-case-study
          case-id={caseId}
          variant="full"
          heading-level="2"
          onccin-case-study-load={(event) => setLoaded(event.detail.id)}
          onccin-case-study-error={(event) => setLoaded(`error: ${event.detail.reason}`)}
        />
        {loaded && <p data-testid="loaded">{loaded}</p>}

        <h2>All case studies</h2>
        <ccin-case-study-list heading-level="3" onccin-filter-change={(event) => setResults(event.detail.count)} />
        {results !== null && <p data-testid="results">{results}</p>}

        <h2>Members</h2>
        <ccin-member-map
          ref={mapRef}
          view="map"
          onccin-member-select={(event) => setMember(event.detail.id)}
          onccin-view-change={(event) => setView(event.detail.view)}
        />
        {member && <p data-testid="member">{member}</p>}
        {view && <p data-testid="view">{view}</p>}
      </main>
    </ccin-provider>
  );
}

/**
 * Never rendered: each line must fail to type-check. If the types were missing or `any`, tsc
 * reports the unused @ts-expect-error directives.
 */
export function MustNotTypeCheck() {
  const map = document.querySelector('ccin-member-map');
  map?.addEventListener('ccin-member-select', (event) => {
    // @ts-expect-error the select event's detail has `id` and `name` only
    console.log(event.detail.population);
  });
  return (
    <>
      {/* @ts-expect-error 'poster' is not a variant */}
      <ccin-case-study case-id={caseId} variant="poster" />
      {/* @ts-expect-error not one of the ten principle ids */}
      <ccin-principle-badge principle="not-a-principle" />
      {/* @ts-expect-error the load event's detail has only `id` */}
      <ccin-case-study case-id={caseId} onccin-case-study-load={(event) => console.log(event.detail.title)} />
    </>
  );
}
