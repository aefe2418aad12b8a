// A person's page: who they are under every spelling, the contradictions in their timeline at the
// top (each with both sources, a link to the sentence on its page and a Cite button), then every
// claim in date order by stance. Editors can merge the person with another or split a spelling off.
import { groupBy } from '../core/group.js';
import type { Identity } from '../store/accounts.js';
import type { IdentityConflict } from '../case/identity.js';
import type { PersonPassport } from '../case/people.js';
import { permalinkPath } from '../cite/citation.js';
import type { Contradiction } from '../case/contradictions.js';
import type { TimelineClaim } from '../case/timeline.js';
import type { Person } from '../schema/tables.js';
import { counted } from './counted.js';
import { Layout } from './layout.js';

export interface PersonData {
  user: Identity;
  person: Person;
  documents: Array<{ id: number; filename: string; sha256: string }>;
  claims: TimelineClaim[];
  contradictions: Contradiction[];
  /** People of the same name with other birth dates (case/identity.ts). */
  conflicts: IdentityConflict[];
  /** The passports the documents write with the person's name (case/people.ts, passportsOf). */
  passports?: PersonPassport[];
  /** Other people an editor may merge this one with; absent for users who may not edit. */
  others?: Array<{ key: string; name: string }>;
}

// A date counted from a month ("three weeks later") is some day of its range, not each day of it.
const when = (c: TimelineClaim) =>
  c.from === c.to ? c.from : `${c.approximate ? 'some day of ' : ''}${c.from} – ${c.to ?? '…'}`;

function ClaimCard(props: { claim: TimelineClaim; id: string }) {
  const c = props.claim;
  return (
    <article class={`claim ${c.stance}`} id={props.id}>
      <p class="claim-head">
        <span class={`stance ${c.stance}`} title={c.stanceWhy}>
          {c.stance}
        </span>{' '}
        {c.origin ? <>{c.origin} → </> : null}
        <strong>{c.place}</strong> · <time>{when(c)}</time> · {c.kind}
      </p>
      {c.stanceWhy ? <p class="stance-why">{c.stanceWhy}</p> : null}
      <blockquote>{c.quote}</blockquote>
      <p class="claim-source">
        <a class="source" href={permalinkPath(c.sha256, c.page, c.quote)}>
          {c.filename}, page {c.page}
        </a>{' '}
        <button
          type="button"
          class="cite-claim"
          data-document={String(c.documentId)}
          data-page={String(c.page)}
          data-quote={c.quote}
          data-out={`${props.id}-cite`}
        >
          Cite
        </button>
      </p>
      <pre class="claim-citation" id={`${props.id}-cite`} hidden></pre>
    </article>
  );
}

export function PersonPage(d: PersonData) {
  const byId = new Map(d.claims.map((c) => [c.id, c]));
  const sure = d.contradictions.filter((x) => x.certainty === 'sure');
  const possible = d.contradictions.filter((x) => x.certainty === 'possible');
  // One entry per allegation: the allegation once, then each record or statement against it, with why.
  const grouped = (list: Contradiction[], kind: string) =>
    [...groupBy(list, (x) => x.claims[0]).entries()].map(([allegedId, against], i) => {
      const alleged = byId.get(allegedId);
      return (
        <li class={`contradiction ${kind}`}>
          <div class="pair">
            {alleged ? <ClaimCard claim={alleged} id={`${kind}-${i}-a`} /> : null}
            <ul class="against">
              {against.map((x, k) => {
                const c = byId.get(x.claims[1]);
                return (
                  <li>
                    <p class="why">{x.why}</p>
                    {c ? <ClaimCard claim={c} id={`${kind}-${i}-${k}`} /> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        </li>
      );
    });
  const allegations = (list: Contradiction[]) => new Set(list.map((x) => x.claims[0])).size;
  return (
    <Layout title={d.person.name} user={d.user} scripts={['/static/cite.js']}>
      <div class="person" data-person={d.person.key}>
        <h1>{d.person.name}</h1>
        <p class="variants">
          Also written:{' '}
          {d.person.variants
            .filter((v) => v !== d.person.name)
            .map((v, i) => (
              <>
                {i ? ' · ' : ''}
                <span class="variant">{v}</span>
              </>
            ))}
        </p>
        <p class="documents">
          In {counted(d.documents.length, 'document')}:{' '}
          {d.documents.map((doc, i) => (
            <>
              {i ? ' · ' : ''}
              <a href={permalinkPath(doc.sha256, 1, '')}>{doc.filename}</a>
            </>
          ))}
        </p>
        {d.passports?.length ? (
          <p class="passports">
            Passport{d.passports.length === 1 ? '' : 's'}:{' '}
            {d.passports.map((x, i) => (
              <>
                {i ? ' · ' : ''}
                <span class="passport">{x.passport}</span>
                {x.sources.map((s) => (
                  <>
                    {' ('}
                    <a href={`/d/${s.sha256}/p/${s.page}`}>
                      {s.filename}, page {s.page}
                    </a>
                    {')'}
                  </>
                ))}
              </>
            ))}
          </p>
        ) : null}
        {d.conflicts.length ? (
          <section class="identity-conflicts" aria-label="Identity conflicts">
            <h2>Identity conflicts ({d.conflicts.length})</h2>
            <ul>
              {d.conflicts.map((x) => (
                <li class={x.accusation ? 'conflict accusation' : 'conflict'}>
                  <p class="why">{x.why}</p>
                  <ul>
                    {x.people.map((p) => (
                      <li>
                        <a href={`/people/${encodeURIComponent(p.key)}`}>{p.name}</a>
                        {p.sources.map((s) => (
                          <>
                            {' · born '}
                            <time>{s.born}</time>
                            {' in '}
                            <a href={`/d/${s.sha256}/p/${s.page}`}>
                              {s.filename}, page {s.page}
                            </a>
                          </>
                        ))}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section class="contradictions" aria-label="Contradictions">
          <h2>
            Contradictions ({sure.length}, against {counted(allegations(sure), 'allegation')})
          </h2>
          {sure.length ? <ol>{grouped(sure, 'sure')}</ol> : <p>None found.</p>}
          {possible.length ? (
            <details>
              <summary>Possible contradictions and disputed claims ({possible.length})</summary>
              <ol>{grouped(possible, 'possible')}</ol>
            </details>
          ) : null}
        </section>
        <section class="timeline" aria-label="Timeline">
          <h2>Timeline ({d.claims.length})</h2>
          <ol>
            {d.claims.map((c, i) => (
              <li>
                <ClaimCard claim={c} id={`t-${i}`} />
              </li>
            ))}
          </ol>
        </section>
        {d.others ? (
          <section class="edit-person" aria-label="Edit this person">
            <h2>Not right?</h2>
            <form method="post" action={`/people/${encodeURIComponent(d.person.key)}/merge`}>
              <label>
                Same person as
                <select name="with">
                  {d.others.map((o) => (
                    <option value={o.key}>{o.name}</option>
                  ))}
                </select>
              </label>
              <button type="submit">Merge</button>
            </form>
            <ul class="split">
              {d.person.variants
                .filter((v) => v !== d.person.name)
                .map((v) => (
                  <li>
                    <form
                      method="post"
                      action={`/people/${encodeURIComponent(d.person.key)}/split`}
                      class="inline"
                    >
                      <input type="hidden" name="variant" value={v} />
                      <span>{v}</span> <button type="submit">Not this person</button>
                    </form>
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}

export function PeoplePage(props: { user: Identity; people: Person[]; q: string }) {
  return (
    <Layout title="People" user={props.user}>
      <form method="get" action="/people" class="search" role="search">
        <input
          name="q"
          value={props.q}
          placeholder="A name in any script or spelling"
          aria-label="Find a person"
        />
        <button type="submit">Find</button>
      </form>
      <ul class="people">
        {props.people.map((p) => (
          <li>
            <a href={`/people/${encodeURIComponent(p.key)}`}>{p.name}</a>{' '}
            <span class="count">
              {counted(p.variants.length, 'spelling')} · {counted(p.documentIds.length, 'document')}
            </span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
