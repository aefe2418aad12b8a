// Access by collection through the real server (casefile serve, its Meilisearch): two collections, two
// desks, each user granted one. For every route of the table, API and web, nothing of the other
// collection appears: not its documents, pages, images, originals, people, spellings, claims, facet
// values or counts (a document or person of it answers 404, as one that does not exist). Grants and
// revocations over the API count from the next request, with no restart.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowed } from '../http/permissions.js';
import type { Role } from '../schema/tables.js';
import { ALL_ROUTES } from '../server/app.js';
import type { DocumentSearchResponse, SearchResponse } from '../search/query.js';
import { runCli, type RunningServer } from './cli.js';
import { servedArchive, textPdf, writeFiles, type Credentials } from './fixtures.js';

type Desk = 'kestrel' | 'heron';
interface Doc {
  id: number;
  sha256: string;
  filename: string;
  collection: string | null;
}

// Invented people and words. Peter Halvorsk is named in both collections; each has one person of its own.
const FILES: Record<Desk, Record<string, Buffer | string>> = {
  kestrel: {
    'kestrel-report.txt':
      'Kestrel desk report, kestrelmarker. On 3 March 2019 Peter Halvorsk arrived in Ghent. Simon Kettleby met Peter Halvorsk in Ghent on 4 March 2019.\n',
    'kestrel-ledger.pdf': textPdf([
      'Second kestrelmarker note: Simon Kettleby stayed in Ghent until 9 March 2019 with Peter Halvorsk.',
    ]),
  },
  heron: {
    'heron-memo.txt':
      'Heron desk memo, heronmarker. On 3 March 2019 Peter Halvorsk was in Lisbon. Clara Wendeborn saw Peter Halvorsk in Lisbon on 3 March 2019.\n',
    'heron-register.pdf': textPdf([
      'Second heronmarker memo: Clara Wendeborn left Lisbon on 12 March 2019 with Peter Halvorsk.',
    ]),
  },
};
/** What must never reach a reader of the other desk (case-insensitive). */
const SECRET: Record<Desk, RegExp> = {
  kestrel: /kestrel|kettleby|ghent/i,
  heron: /heron|wendeborn|lisbon/i,
};
const other = (d: Desk): Desk => (d === 'kestrel' ? 'heron' : 'kestrel');

describe('access by collection, over HTTP', () => {
  const served = servedArchive('casefile-access-');
  const { work, env } = served;
  let server: RunningServer;
  const creds: Record<string, Credentials> = {};
  const docs: Record<Desk, Doc[]> = { kestrel: [], heron: [] };
  /** Who reads each desk: an investigator (upload on kestrel) and a fact-checker (read on heron). */
  const reader: Record<Desk, string> = { kestrel: 'ines-kestrel', heron: 'fenna-heron' };
  /** Every non-admin role that reads a desk: the editor holds edit on kestrel. */
  const readers: Record<Desk, string[]> = {
    kestrel: [reader.kestrel, 'edda-kestrel'],
    heron: [reader.heron],
  };
  const personKey: Record<string, string> = {};
  /** A stored citation of each desk's text document (its short id). */
  const citeId: Record<string, string> = {};

  const call = (p: string, who: string, init: RequestInit = {}) =>
    fetch(server.base + p, {
      ...init,
      headers: {
        authorization: `Bearer ${creds[who]!.token}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const json = (p: string, who: string, method: string, body: unknown) =>
    call(p, who, {
      method,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    for (const desk of ['kestrel', 'heron'] as const) {
      writeFiles(path.join(work, desk), FILES[desk]);
      expect(
        (await runCli(['ingest', path.join(work, desk), '--collection', desk], env)).code,
      ).toBe(0);
    }
    const users: Array<[string, string]> = [
      ['root-ada', 'admin'],
      [reader.kestrel, 'investigator'],
      [reader.heron, 'fact-checker'],
      ['edda-kestrel', 'editor'],
      ['nobody-yet', 'fact-checker'],
    ];
    for (const [name, role] of users) creds[name] = await served.addUser(name, role);
    expect(
      (
        await runCli(
          ['collection', 'grant', 'kestrel', '--user', reader.kestrel, '--level', 'upload'],
          env,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await runCli(
          ['collection', 'grant', 'heron', '--user', reader.heron, '--level', 'read'],
          env,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await runCli(
          ['collection', 'grant', 'kestrel', '--user', 'edda-kestrel', '--level', 'edit'],
          env,
        )
      ).code,
    ).toBe(0);
    server = await served.start();
    const all = (await (await call('/api/documents', 'root-ada')).json()) as { documents: Doc[] };
    for (const d of all.documents) docs[d.collection as Desk].push(d);
    expect(docs.kestrel).toHaveLength(2);
    expect(docs.heron).toHaveLength(2);
    for (const name of ['Halvorsk', 'Kettleby', 'Wendeborn']) {
      const found = (await (await call(`/api/people?q=${name}`, 'root-ada')).json()) as {
        people: Array<{ key: string; name: string }>;
      };
      expect(found.people.length, name).toBeGreaterThan(0);
      personKey[name] = found.people[0]!.key;
    }
    const quotes: Record<Desk, string> = {
      kestrel: 'Peter Halvorsk arrived in Ghent',
      heron: 'Peter Halvorsk was in Lisbon',
    };
    for (const desk of ['kestrel', 'heron'] as const) {
      const text = docs[desk].find((d) => d.filename.endsWith('.txt'))!;
      const res = await json('/api/citations', 'root-ada', 'POST', {
        document: text.id,
        page: 1,
        quote: quotes[desk],
      });
      expect(res.status).toBe(200);
      citeId[desk] = ((await res.json()) as { id: string }).id;
    }
  }, 300_000);

  /** Every GET route's path filled with a document, page or person of the given desk. */
  function filled(routePath: string, desk: Desk): string {
    const pdf = docs[desk].find((d) => d.filename.endsWith('.pdf'))!;
    const key = personKey[desk === 'kestrel' ? 'Kettleby' : 'Wendeborn']!;
    if (routePath === '/c/:id' || routePath === '/api/citations/:id')
      return routePath.replace(':id', citeId[desk]!);
    return routePath
      .replace(':id', String(pdf.id))
      .replace(':sha', pdf.sha256.slice(0, 16))
      .replace(':page', '1')
      .replace(':key', key)
      .replace(':name', 'app.css');
  }

  it('answers 404 for every document, page, image, original and person of the collection one may not read, and 200 for one’s own', async () => {
    const withParams = ALL_ROUTES.filter(
      (r) => r.method === 'GET' && r.path.includes(':') && !r.path.startsWith('/static/'),
    );
    expect(withParams.map((r) => r.path).sort()).toEqual([
      '/api/citations/:id',
      '/api/documents/:id',
      '/api/documents/:id/hits',
      '/api/documents/:id/original',
      '/api/documents/:id/pages/:page/image',
      '/api/people/:key',
      '/c/:id',
      '/d/:sha',
      '/d/:sha/p/:page',
      '/people/:key',
    ]);
    for (const desk of ['kestrel', 'heron'] as const) {
      for (const who of readers[desk]) {
        for (const route of withParams) {
          const own = await call(filled(route.path, desk), who);
          if (own.status === 403) {
            // The role may not use the route at all (a fact-checker does not search): not for either desk.
            expect(
              (await call(filled(route.path, other(desk)), who)).status,
              `${who} ${route.path}`,
            ).toBe(403);
            continue;
          }
          expect(own.status, `${who} ${route.path} own`).toBe(200);
          const theirs = await call(filled(route.path, other(desk)), who);
          expect(theirs.status, `${who} ${route.path} other`).toBe(404);
          const body = await theirs.text();
          expect(body, `${who} ${route.path}`).not.toMatch(SECRET[other(desk)]);
          // Admins read everything.
          expect(
            (await call(filled(route.path, other(desk)), 'root-ada')).status,
            `admin ${route.path}`,
          ).toBe(200);
        }
        // The text document too, by id and by SHA-256 prefix.
        const text = docs[other(desk)].find((d) => d.filename.endsWith('.txt'))!;
        for (const p of [
          `/api/documents/${text.id}`,
          `/d/${text.sha256.slice(0, 16)}`,
          `/d/${text.sha256.slice(0, 16)}/p/1`,
          `/api/documents/${text.id}/original`,
        ])
          expect((await call(p, who)).status, p).toBe(404);
      }
    }
  });

  it('shows nothing of the other collection on any page or list, in any search, facet or count', async () => {
    const plain = ALL_ROUTES.filter(
      (r) => r.method === 'GET' && !r.path.includes(':') && r.permission !== 'public',
    );
    for (const desk of ['kestrel', 'heron'] as const)
      for (const who of readers[desk]) {
        const queries = [
          '',
          '?q=Halvorsk',
          '?q=Peter+Halvorsk&group=document',
          '?q=March',
          '?q=2019&limit=100',
          '?q=Halvorsk&person=Peter+Halvorsk',
          '?q=memo+note+report',
        ];
        for (const route of plain) {
          for (const q of route.path === '/' ||
          route.path === '/api/search' ||
          route.path === '/people' ||
          route.path === '/api/people'
            ? queries
            : ['']) {
            const res = await call(route.path + q, who);
            if (res.status === 403) continue; // the role may not (admin pages, upload for a fact-checker)
            const body = await res.text();
            expect(res.status, `${who} ${route.path}${q}`).toBeLessThan(500);
            expect(body, `${who} ${route.path}${q}`).not.toMatch(SECRET[other(desk)]);
          }
        }
        // Counts and facets are exactly those of the own collection.
        const own = (await (await call('/api/search?q=Halvorsk', who)).json()) as SearchResponse;
        const admin = (await (
          await call(`/api/search?q=Halvorsk&collection=${desk}`, 'root-ada')
        ).json()) as SearchResponse;
        expect(own.total).toBeGreaterThan(0);
        expect(own.total).toBe(admin.total);
        expect(own.facets).toEqual(admin.facets);
        expect(Object.keys(own.facets.collection ?? {})).toEqual([desk]);
        expect(new Set(own.hits.map((h) => h.documentId))).toEqual(
          new Set(docs[desk].map((d) => d.id)),
        );
        const grouped = (await (
          await call('/api/search?q=Halvorsk&group=document', who)
        ).json()) as DocumentSearchResponse;
        expect(grouped.totalDocuments).toBe(2);
        expect(grouped.documents.map((d) => d.documentId).sort()).toEqual(
          docs[desk].map((d) => d.id).sort(),
        );
        // Asking for the other collection, or searching its own words, finds nothing and counts nothing.
        for (const q of [
          `q=Halvorsk&collection=${other(desk)}`,
          `collection=${other(desk)}&group=document`,
        ]) {
          const r = (await (await call(`/api/search?${q}`, who)).json()) as SearchResponse;
          expect(r.total, q).toBe(0);
          expect(
            Object.values(r.facets).flatMap((f) => Object.values(f)),
            q,
          ).toEqual([]);
        }
        const theirs = (await (
          await call(`/api/search?q=${other(desk)}marker`, who)
        ).json()) as SearchResponse;
        expect(theirs.total).toBe(0);
        expect(theirs.hits).toEqual([]);
        expect(Object.values(theirs.facets).flatMap((f) => Object.values(f))).toEqual([]);
        // A person named only in the other collection: in no search, list or person page.
        const secretPerson = desk === 'kestrel' ? 'Wendeborn' : 'Kettleby';
        const named = (await (
          await call(`/api/search?q=${secretPerson}`, who)
        ).json()) as SearchResponse & { people: unknown[] };
        expect(named.total).toBe(0);
        expect(named.people).toEqual([]);
        expect(
          (
            (await (await call(`/api/people?q=${secretPerson}`, who)).json()) as {
              people: unknown[];
            }
          ).people,
        ).toEqual([]);
        expect(await (await call(`/?q=${secretPerson}`, who)).text()).not.toContain(
          `/people/${personKey[secretPerson]}`,
        );
        const list = (await (await call('/api/documents', who)).json()) as {
          total: number;
          documents: Doc[];
        };
        expect(list.total).toBe(2);
        expect(
          (await (await call(`/api/documents?collection=${other(desk)}`, who)).json()) as {
            total: number;
          },
        ).toMatchObject({ total: 0 });
        expect(
          (
            (await (await call('/api/collections', who)).json()) as {
              collections: Array<{ name: string }>;
            }
          ).collections.map((c) => c.name),
        ).toEqual(['default', desk]);
        // The person both collections name: only the own collection's documents and claims.
        const person = (await (await call(`/api/people/${personKey.Halvorsk}`, who)).json()) as {
          documents: Doc[];
          claims: Array<{ documentId: number }>;
          contradictions: unknown[];
        };
        expect(person.documents.map((d) => d.id).sort()).toEqual(
          docs[desk].map((d) => d.id).sort(),
        );
        for (const c of person.claims) expect(docs[desk].map((d) => d.id)).toContain(c.documentId);
      }
    // An admin sees both sides of the shared person.
    const whole = (await (await call(`/api/people/${personKey.Halvorsk}`, 'root-ada')).json()) as {
      documents: Doc[];
    };
    expect(whole.documents).toHaveLength(4);
  });

  it('refuses citations, people decisions and uploads outside one’s collections as if they did not exist', async () => {
    const heronReader = reader.heron; // a fact-checker: may cite
    const kestrelText = docs.kestrel.find((d) => d.filename.endsWith('.txt'))!;
    const heronText = docs.heron.find((d) => d.filename.endsWith('.txt'))!;
    const quote = {
      kestrel: 'Peter Halvorsk arrived in Ghent',
      heron: 'Peter Halvorsk was in Lisbon',
    };
    expect(
      (
        await json('/api/citations', heronReader, 'POST', {
          document: heronText.id,
          page: 1,
          quote: quote.heron,
        })
      ).status,
    ).toBe(200);
    for (const document of [kestrelText.id, kestrelText.sha256]) {
      const res = await json('/api/citations', heronReader, 'POST', {
        document,
        page: 1,
        quote: quote.kestrel,
      });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(SECRET.kestrel);
    }
    const verify = await json('/api/citations/verify', heronReader, 'POST', {
      sha256: kestrelText.sha256,
      page: 1,
      quote: quote.kestrel,
    });
    expect(verify.status).toBe(404);
    expect(await verify.text()).not.toMatch(SECRET.kestrel);
    expect(
      (
        await json('/api/citations/verify', heronReader, 'POST', {
          sha256: heronText.sha256,
          page: 1,
          quote: quote.heron,
        })
      ).status,
    ).toBe(200);

    // An editor with edit on kestrel cannot merge in, or split, a person of heron; an unseen person is 404.
    expect(
      (
        await json(`/api/people/${personKey.Kettleby}/merge`, 'edda-kestrel', 'POST', {
          with: personKey.Wendeborn,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await json(`/api/people/${personKey.Wendeborn}/split`, 'edda-kestrel', 'POST', {
          variant: 'Clara Wendeborn',
        })
      ).status,
    ).toBe(404);

    // Reprocessing: a document of the other collection answers 404, as one that does not exist.
    const reprocessOther = await json(
      `/api/documents/${heronText.id}/reprocess`,
      'edda-kestrel',
      'POST',
      {},
    );
    expect(reprocessOther.status).toBe(404);
    expect(await reprocessOther.text()).not.toMatch(SECRET.heron);
    expect(
      (
        await json(`/api/documents/${kestrelText.id}/reprocess`, 'edda-kestrel', 'POST', {
          from: '?',
        })
      ).status,
    ).toBe(400);

    // Upload: into one's collection, yes; into another's, 404; a new one too (admins open collections).
    const form = (name: string, text: string) => {
      const f = new FormData();
      f.append('file', new Blob([text]), name);
      return f;
    };
    const up = (collection: string, text: string) =>
      call(`/api/documents?collection=${collection}`, reader.kestrel, {
        method: 'POST',
        body: form(`${collection}-upload.txt`, text),
      });
    expect(
      (await up('kestrel', 'A kestrelmarker addendum about Simon Kettleby, 5 March 2019.')).status,
    ).toBe(200);
    const refused = await up('heron', 'An attempt to add to heron.');
    expect(refused.status).toBe(404);
    expect((await up('osprey', 'An osprey desk note about nobody in particular.')).status).toBe(
      404,
    );
    // Same bytes as a heron document: told it is a duplicate, but not which document it is.
    const dup = await call('/api/documents?collection=kestrel', reader.kestrel, {
      method: 'POST',
      body: form('copy.txt', FILES.heron['heron-memo.txt'] as string),
    });
    expect(
      ((await dup.json()) as { files: Array<{ id: number | null; status: string }> }).files,
    ).toEqual([expect.objectContaining({ status: 'duplicate', id: null })]);
  });

  it('answers every route that changes something, for every role, without touching or telling of a collection one may not read', async () => {
    const role: Record<string, Role> = {
      [reader.kestrel]: 'investigator',
      [reader.heron]: 'fact-checker',
      'edda-kestrel': 'editor',
    };
    /**
     * Each changing route aimed at the other desk: its request, and what a role allowed the route
     * answers (404 when it names something of the other desk, as one that does not exist; for the
     * routes on one's own account, what they answer anyone). Every non-GET route of the table must
     * be here: a new one fails this test until it is.
     */
    type Aimed = { path: string; body?: Record<string, unknown>; form?: boolean; expect: number[] };
    const at = (desk: Desk): Record<string, Aimed> => {
      const text = docs[desk].find((d) => d.filename.endsWith('.txt'))!;
      const own = other(desk);
      const ownKey = personKey[own === 'kestrel' ? 'Kettleby' : 'Wendeborn']!;
      const theirKey = personKey[desk === 'kestrel' ? 'Kettleby' : 'Wendeborn']!;
      const theirName = desk === 'kestrel' ? 'Simon Kettleby' : 'Clara Wendeborn';
      const quote =
        desk === 'kestrel' ? 'Peter Halvorsk arrived in Ghent' : 'Peter Halvorsk was in Lisbon';
      const admin = { path: '', expect: [403] };
      return {
        'POST /api/citations': {
          path: '/api/citations',
          body: { document: text.id, page: 1, quote },
          expect: [404],
        },
        'POST /api/citations/verify': {
          path: '/api/citations/verify',
          body: { sha256: text.sha256, page: 1, quote },
          expect: [404],
        },
        'POST /api/collections/:name/grants': {
          ...admin,
          path: `/api/collections/${desk}/grants`,
          body: { user: 'nobody-yet', level: 'read' },
        },
        'DELETE /api/collections/:name/grants': {
          ...admin,
          path: `/api/collections/${desk}/grants`,
          body: { user: 'nobody-yet' },
        },
        'POST /api/groups': { ...admin, path: '/api/groups', body: { name: 'rogue' } },
        'POST /api/groups/:name/members': {
          ...admin,
          path: '/api/groups/rogue/members',
          body: { user: 'nobody-yet' },
        },
        'DELETE /api/groups/:name/members': {
          ...admin,
          path: '/api/groups/rogue/members',
          body: { user: 'nobody-yet' },
        },
        'POST /api/documents': { path: `/api/documents?collection=${desk}`, expect: [404] },
        'POST /api/documents/:id/reprocess': {
          path: `/api/documents/${text.id}/reprocess`,
          body: {},
          expect: [404],
        },
        'POST /api/people/:key/merge': {
          path: `/api/people/${ownKey}/merge`,
          body: { with: theirKey },
          expect: [404],
        },
        'POST /api/people/:key/split': {
          path: `/api/people/${theirKey}/split`,
          body: { variant: theirName },
          expect: [404],
        },
        'POST /api/users': { ...admin, path: '/api/users', body: { name: 'rogue', role: 'admin' } },
        'POST /api/users/:id/password': { ...admin, path: '/api/users/1/password' },
        'POST /api/users/:id/disable': { ...admin, path: '/api/users/1/disable' },
        'POST /api/account/password': {
          path: '/api/account/password',
          body: { current: 'not the password', password: 'a new password of length' },
          expect: [400],
        },
        'POST /api/account/tokens': {
          path: '/api/account/tokens',
          body: { label: 'matrix' },
          expect: [201],
        },
        'DELETE /api/account/tokens/:id': { path: '/api/account/tokens/999999', expect: [404] },
        'DELETE /api/tokens/:id': { ...admin, path: '/api/tokens/1' },
        'POST /logout': { path: '/logout', form: true, expect: [303] },
        'POST /people/:key/merge': {
          path: `/people/${ownKey}/merge`,
          body: { with: theirKey },
          form: true,
          expect: [404],
        },
        'POST /people/:key/split': {
          path: `/people/${theirKey}/split`,
          body: { variant: theirName },
          form: true,
          expect: [404],
        },
        'POST /d/:sha/reprocess': {
          path: `/d/${text.sha256.slice(0, 16)}/reprocess`,
          body: {},
          form: true,
          expect: [404],
        },
        'POST /admin/users': {
          ...admin,
          path: '/admin/users',
          body: { name: 'rogue', role: 'admin' },
          form: true,
        },
        'POST /admin/users/:id/reset': { ...admin, path: '/admin/users/1/reset', form: true },
        'POST /admin/users/:id/disable': { ...admin, path: '/admin/users/1/disable', form: true },
        'POST /admin/grants': {
          ...admin,
          path: '/admin/grants',
          body: { user: 'nobody-yet', collection: desk, level: 'read' },
          form: true,
        },
        'POST /admin/grants/revoke': {
          ...admin,
          path: '/admin/grants/revoke',
          body: { user: 'nobody-yet', collection: desk },
          form: true,
        },
        'POST /account/password': {
          path: '/account/password',
          body: {
            current: 'not the password',
            password: 'a new password of length',
            confirm: 'a new password of length',
          },
          form: true,
          expect: [200, 400],
        },
        'POST /account/tokens': {
          path: '/account/tokens',
          body: { label: 'matrix' },
          form: true,
          expect: [200, 201],
        },
        'POST /account/tokens/:id/revoke': {
          path: '/account/tokens/999999/revoke',
          form: true,
          expect: [404],
        },
        'POST /admin/tokens/:id/revoke': { ...admin, path: '/admin/tokens/1/revoke', form: true },
        'POST /admin/groups': {
          ...admin,
          path: '/admin/groups',
          body: { name: 'rogue' },
          form: true,
        },
        'POST /admin/groups/members': {
          ...admin,
          path: '/admin/groups/members',
          body: { group: 'rogue', user: 'nobody-yet' },
          form: true,
        },
        'POST /admin/groups/members/remove': {
          ...admin,
          path: '/admin/groups/members/remove',
          body: { group: 'rogue', user: 'nobody-yet' },
          form: true,
        },
        'POST /admin/groups/grants': {
          ...admin,
          path: '/admin/groups/grants',
          body: { group: 'rogue', collection: desk, level: 'read' },
          form: true,
        },
        'POST /admin/groups/grants/revoke': {
          ...admin,
          path: '/admin/groups/grants/revoke',
          body: { group: 'rogue', collection: desk },
          form: true,
        },
      };
    };
    const changing = ALL_ROUTES.filter((r) => r.method !== 'GET' && r.permission !== 'public');
    expect(changing.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      Object.keys(at('heron')).sort(),
    );
    const before = await (await call('/api/people?q=Halvorsk', 'root-ada')).text();
    const collectionsBefore = await (await call('/api/collections', 'root-ada')).text();
    for (const desk of ['kestrel', 'heron'] as const)
      for (const who of readers[desk])
        for (const route of changing) {
          const aimed = at(other(desk))[`${route.method} ${route.path}`]!;
          const label = `${who} ${route.method} ${route.path}`;
          const res = await call(aimed.path, who, {
            method: route.method,
            redirect: 'manual',
            ...(aimed.form
              ? {
                  body: new URLSearchParams(aimed.body as Record<string, string>),
                  headers: { 'content-type': 'application/x-www-form-urlencoded' },
                }
              : route.path === '/api/documents'
                ? (() => {
                    const f = new FormData();
                    f.append('file', new Blob([`A ${desk} note by ${who}.`]), 'note.txt');
                    return { body: f };
                  })()
                : aimed.body
                  ? {
                      body: JSON.stringify(aimed.body),
                      headers: { 'content-type': 'application/json' },
                    }
                  : {}),
          });
          const expected = allowed(role[who]!, route.permission) ? aimed.expect : [403];
          expect(expected, label).toContain(res.status);
          expect(await res.text(), label).not.toMatch(SECRET[other(desk)]);
        }
    // Nothing of the people changed, and no document came or went.
    expect(await (await call('/api/people?q=Halvorsk', 'root-ada')).text()).toBe(before);
    expect(await (await call('/api/collections', 'root-ada')).text()).toBe(collectionsBefore);
  });

  it('lets an editor merge and split people in the collections they may edit only, whatever other collections name them', async () => {
    // Peter Halvorsk is named in both collections. An editor of kestrel decides about him in
    // kestrel: the decision moves kestrel's mentions only, and heron's readers see him as before.
    const heronBefore = await (
      await call(`/api/people/${personKey.Halvorsk}`, reader.heron)
    ).text();
    const heronListBefore = await (await call('/api/people', reader.heron)).text();
    const page = await call(`/people/${personKey.Halvorsk}/merge`, 'edda-kestrel', {
      method: 'POST',
      body: new URLSearchParams({ with: personKey.Kettleby! }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(page.status).toBe(303);
    const merged = decodeURIComponent(page.headers.get('location')!.replace('/people/', ''));
    const person = (await (await call(`/api/people/${merged}`, 'edda-kestrel')).json()) as {
      name: string;
      variants: string[];
      documents: Doc[];
    };
    expect(person.variants).toEqual(expect.arrayContaining(['Peter Halvorsk', 'Simon Kettleby']));
    expect(JSON.stringify(person)).not.toMatch(SECRET.heron);
    expect(await (await call(`/api/people/${personKey.Halvorsk}`, reader.heron)).text()).toBe(
      heronBefore,
    );
    expect(await (await call('/api/people', reader.heron)).text()).toBe(heronListBefore);
    // Splitting the other name off again in kestrel undoes it there (the merged person is named
    // by whichever of the two kestrel writes in more documents).
    const split = await json(`/api/people/${merged}/split`, 'edda-kestrel', 'POST', {
      variant: person.variants.find((v) => v !== person.name),
    });
    const splitText = await split.text();
    expect(split.status, `${JSON.stringify(person)} ${splitText}`).toBe(200);
    expect(splitText).not.toMatch(SECRET.heron);
    expect(await (await call('/api/people', reader.heron)).text()).toBe(heronListBefore);
    for (const name of ['Halvorsk', 'Kettleby', 'Wendeborn']) {
      const found = (await (await call(`/api/people?q=${name}`, 'root-ada')).json()) as {
        people: Array<{ key: string }>;
      };
      expect(found.people, name).toHaveLength(1);
      personKey[name] = found.people[0]!.key;
    }
    // Kettleby, named only in kestrel: a split of a spelling he is not written in is 404 (no such
    // spelling), not 403.
    expect(
      (
        await json(`/api/people/${personKey.Kettleby}/split`, 'edda-kestrel', 'POST', {
          variant: 'Someone Else',
        })
      ).status,
    ).toBe(404);
    // A fact-checker of heron (read only, and no edit permission) may decide nothing.
    expect(
      (
        await json(`/api/people/${personKey.Halvorsk}/merge`, reader.heron, 'POST', {
          with: personKey.Wendeborn,
        })
      ).status,
    ).toBe(403);
  });

  it('takes a grant and a revocation into account at once, with no restart', async () => {
    const who = 'nobody-yet';
    const hits = async () =>
      ((await (await call('/api/search?q=Halvorsk', who)).json()) as SearchResponse).total;
    const heronPdf = docs.heron.find((d) => d.filename.endsWith('.pdf'))!;
    expect(await hits()).toBe(0);
    expect((await call(`/api/documents/${heronPdf.id}`, who)).status).toBe(404);
    expect((await call(`/people/${personKey.Wendeborn}`, who)).status).toBe(404);

    // Only an admin grants.
    expect(
      (
        await json('/api/collections/heron/grants', reader.heron, 'POST', {
          user: who,
          level: 'read',
        })
      ).status,
    ).toBe(403);
    const granted = await json('/api/collections/heron/grants', 'root-ada', 'POST', {
      user: who,
      level: 'read',
    });
    expect(granted.status).toBe(201);
    expect(await granted.json()).toEqual({ collection: 'heron', user: who, level: 'read' });
    expect(await hits()).toBeGreaterThan(0);
    expect((await call(`/api/documents/${heronPdf.id}`, who)).status).toBe(200);
    expect((await call(`/people/${personKey.Wendeborn}`, who)).status).toBe(200);
    const admin = (await (await call('/api/collections', 'root-ada')).json()) as {
      collections: Array<{ name: string; grants: Array<{ user: string | null; level: string }> }>;
    };
    expect(admin.collections.find((c) => c.name === 'heron')!.grants).toContainEqual({
      user: who,
      group: null,
      level: 'read',
    });
    // The admin's users page shows it.
    expect(await (await call('/admin/users', 'root-ada')).text()).toContain('heron: read');

    expect(
      (await json('/api/collections/heron/grants', 'root-ada', 'DELETE', { user: who })).status,
    ).toBe(200);
    expect(await hits()).toBe(0);
    expect((await call(`/api/documents/${heronPdf.id}`, who)).status).toBe(404);
    expect((await call(`/people/${personKey.Wendeborn}`, who)).status).toBe(404);
    expect(
      (await json('/api/collections/heron/grants', 'root-ada', 'DELETE', { user: who })).status,
    ).toBe(404);

    // Through a group: granted to the group, read by its member; out of the group, gone.
    expect((await json('/api/groups', 'root-ada', 'POST', { name: 'night desk' })).status).toBe(
      201,
    );
    expect(
      (await json('/api/groups/night%20desk/members', 'root-ada', 'POST', { user: who })).status,
    ).toBe(200);
    expect(
      (
        await json('/api/collections/heron/grants', 'root-ada', 'POST', {
          group: 'night desk',
          level: 'read',
        })
      ).status,
    ).toBe(201);
    expect(await hits()).toBeGreaterThan(0);
    const usersPage = await (await call('/admin/users', 'root-ada')).text();
    expect(usersPage).toMatch(
      /<tr data-group="night desk"><td>night desk<\/td>[\s\S]*?<li data-member="nobody-yet">[\s\S]*?<li data-collection="heron"><span class="grant">heron: read<\/span>/,
    );
    expect(
      (await json('/api/groups/night%20desk/members', 'root-ada', 'DELETE', { user: who })).status,
    ).toBe(200);
    expect(await hits()).toBe(0);
    // The CLI: the server holds the embedded database, so the CLI says to ask the server; asked, it grants.
    const direct = await runCli(
      ['collection', 'grant', 'heron', '--user', who, '--level', 'read'],
      env,
    );
    expect(direct.code).not.toBe(0);
    expect(direct.stderr).toContain('--server');
    expect(direct.stderr).toContain(`The server at ${server.base} holds the database`);
    expect(await hits()).toBe(0);
    // With a token, the CLI finds the server holding the database and asks it.
    const asked = await runCli(['collection', 'grant', 'heron', '--user', who, '--level', 'read'], {
      ...env,
      CASEFILE_TOKEN: creds['root-ada']!.token,
    });
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stderr).toContain(`The server at ${server.base} holds the database: asking it.`);
    expect(await hits()).toBeGreaterThan(0);
    expect(
      (
        await runCli(['collection', 'revoke', 'heron', '--user', who], {
          ...env,
          CASEFILE_TOKEN: creds['root-ada']!.token,
        })
      ).code,
    ).toBe(0);
    expect(await hits()).toBe(0);
    const remote = {
      ...env,
      CASEFILE_SERVER: server.base,
      CASEFILE_TOKEN: creds['root-ada']!.token,
    };
    expect(
      (await runCli(['collection', 'grant', 'heron', '--user', who, '--level', 'read'], remote))
        .code,
    ).toBe(0);
    expect(await hits()).toBeGreaterThan(0);
    expect((await runCli(['collection', 'list'], remote)).stdout).toContain(`heron\t${who}\tread`);
    expect((await runCli(['collection', 'revoke', 'heron', '--user', who], remote)).code).toBe(0);
    expect(await hits()).toBe(0);
    // Users and groups from the CLI while the server runs; searches and exports over the server are
    // the token's user's.
    const added = await runCli(
      ['user', 'add', 'gale-cli', '--role', 'fact-checker', '--json'],
      remote,
    );
    expect(added.code, added.stderr).toBe(0);
    creds['gale-cli'] = JSON.parse(added.stdout) as Credentials;
    const asGale = { ...remote, CASEFILE_TOKEN: creds['gale-cli'].token };
    const heronOnly = async () => {
      const run = await runCli(['search', 'Halvorsk', '--json', '--limit', '50'], asGale);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as SearchResponse;
    };
    expect((await heronOnly()).total).toBe(0);
    expect((await runCli(['group', 'add', 'cli desk', 'gale-cli'], remote)).code).toBe(0);
    expect((await runCli(['group', 'list'], remote)).stdout).toContain('cli desk\tgale-cli');
    expect(
      (
        await runCli(
          ['collection', 'grant', 'heron', '--group', 'cli desk', '--level', 'read'],
          remote,
        )
      ).code,
    ).toBe(0);
    const found = await heronOnly();
    expect(found.total).toBeGreaterThan(0);
    expect(new Set(found.hits.map((h) => h.documentId))).toEqual(
      new Set(docs.heron.map((d) => d.id)),
    );
    expect(JSON.stringify(found)).not.toMatch(SECRET.kestrel);
    const lines = await runCli(['export'], asGale);
    expect(lines.code, lines.stderr).toBe(0);
    const exported = lines.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { sha256: string });
    expect(exported.map((d) => d.sha256).sort()).toEqual(docs.heron.map((d) => d.sha256).sort());
    expect(lines.stdout).not.toMatch(SECRET.kestrel);
    const caseRun = await runCli(['export', '--case', '--all-claims'], asGale);
    expect(caseRun.code, caseRun.stderr).toBe(0);
    expect(caseRun.stdout).toContain('Halvorsk');
    expect(caseRun.stdout).toMatch(SECRET.heron);
    expect(caseRun.stdout).not.toMatch(SECRET.kestrel);
    // --user is for the database: against a server the token says who asks.
    expect((await runCli(['search', 'Halvorsk', '--user', 'root-ada'], asGale)).code).not.toBe(0);
    expect((await runCli(['group', 'remove-member', 'cli desk', 'gale-cli'], remote)).code).toBe(0);
    expect((await heronOnly()).total).toBe(0);
    expect(
      (await runCli(['collection', 'revoke', 'heron', '--group', 'cli desk'], remote)).code,
    ).toBe(0);
    // Only an admin keeps groups and users, and the database is the server's.
    expect((await runCli(['group', 'add', 'rogue desk', 'gale-cli'], asGale)).code).not.toBe(0);
    const held = await runCli(['group', 'list'], env);
    expect(held.code).not.toBe(0);
    expect(held.stderr).toContain('--server');
    expect((await runCli(['user', 'disable', 'gale-cli'], remote)).code).toBe(0);
    expect((await call('/api/collections', 'gale-cli')).status).toBe(401);
    expect((await runCli(['user', 'list'], remote)).stdout).toContain(
      'gale-cli\tfact-checker\tdisabled',
    );
    // Only an admin's token grants, from the CLI too.
    const refused = await runCli(
      ['collection', 'grant', 'heron', '--user', who, '--level', 'read'],
      { ...remote, CASEFILE_TOKEN: creds[reader.heron]!.token },
    );
    expect(refused.code).not.toBe(0);
    expect(await hits()).toBe(0);
    // Bad grants are refused.
    expect(
      (
        await json('/api/collections/heron/grants', 'root-ada', 'POST', {
          user: who,
          level: 'owner',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await json('/api/collections/heron/grants', 'root-ada', 'POST', {
          user: 'no-such-user',
          level: 'read',
        })
      ).status,
    ).toBe(404);
  }, 300_000);

  it('lets an editor with edit on every collection naming two people merge them, and split a spelling off again', async () => {
    const grant = (method: string) =>
      json('/api/collections/heron/grants', 'root-ada', method, {
        user: 'edda-kestrel',
        ...(method === 'POST' ? { level: 'edit' } : {}),
      });
    expect((await grant('POST')).status).toBe(201);
    const merged = await json(`/api/people/${personKey.Kettleby}/merge`, 'edda-kestrel', 'POST', {
      with: personKey.Wendeborn,
    });
    expect(merged.status).toBe(200);
    const key = ((await merged.json()) as { key: string }).key;
    const person = (await (await call(`/api/people/${key}`, 'edda-kestrel')).json()) as {
      variants: string[];
      documents: Doc[];
    };
    expect(person.variants.join(' | ')).toMatch(/Kettleby/);
    expect(person.variants.join(' | ')).toMatch(/Wendeborn/);
    // A reader of kestrel alone sees the merged person through kestrel only.
    const kestrelOnly = await call(`/api/people/${key}`, reader.kestrel);
    expect(kestrelOnly.status).toBe(200);
    expect(await kestrelOnly.text()).not.toMatch(SECRET.heron);
    const spelling = person.variants.find((v) => /Wendeborn/.test(v) && !/Kettleby/.test(v))!;
    const split = await json(`/api/people/${key}/split`, 'edda-kestrel', 'POST', {
      variant: spelling,
    });
    expect(split.status).toBe(200);
    const keyOf = async (name: string) =>
      (
        (await (await call(`/api/people?q=${name}`, 'root-ada')).json()) as {
          people: Array<{ key: string }>;
        }
      ).people[0]?.key;
    const [kettleby, wendeborn] = [await keyOf('Kettleby'), await keyOf('Wendeborn')];
    expect(kettleby).toBeDefined();
    expect(wendeborn).toBeDefined();
    expect(kettleby).not.toBe(wendeborn);
    expect((await grant('DELETE')).status).toBe(200);
  });

  it('lists, merges and splits people from the CLI against the server (--server), as the token’s user', async () => {
    const as = (who: string) => ({ ...env, CASEFILE_TOKEN: creds[who]!.token });
    const list = async (who: string, query: string[] = []) => {
      const run = await runCli(['people', 'list', ...query, '--server', server.base], as(who));
      expect(run.code, run.stderr).toBe(0);
      return run.stdout;
    };
    /** The API's people list for a query, as `who` (tab-separated lines, as the CLI prints them). */
    const listed = async (who: string, q: string) =>
      (
        (await (await call(`/api/people?q=${encodeURIComponent(q)}`, who)).json()) as {
          people: Array<{ key: string; name: string; variants: string[] }>;
        }
      ).people.map((p) => `${p.key}\t${p.name}\t${p.variants.join(' · ')}\n`);
    const keyOf = async (name: string) => (await listed('root-ada', name))[0]!.split('\t')[0]!;
    const [kettlebyKey, wendebornKey] = [await keyOf('Kettleby'), await keyOf('Wendeborn')];
    // Each reader lists only the people of the collections they may read, with those spellings,
    // the CLI printing what the API answers.
    const kestrel = await list(reader.kestrel);
    expect(kestrel).toContain('Halvorsk');
    expect(kestrel).toContain('Kettleby');
    expect(kestrel).not.toMatch(SECRET.heron);
    const heron = await list(reader.heron, ['Wendeborn']);
    expect(heron).toBe((await listed(reader.heron, 'Wendeborn')).join(''));
    expect(heron).toContain(`${wendebornKey}\t`);
    expect(heron).not.toMatch(SECRET.kestrel);
    // An editor of kestrel alone may not join a person of heron; the refusal says no such person.
    const refused = await runCli(
      ['people', 'merge', kettlebyKey, wendebornKey, '--server', server.base],
      as('edda-kestrel'),
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/404/);
    // The admin merges the two over the API.
    const merged = await runCli(
      ['people', 'merge', kettlebyKey, wendebornKey, '--server', server.base],
      as('root-ada'),
    );
    expect(merged.code, merged.stderr).toBe(0);
    const key = merged.stdout.trim();
    // One person now, named in both desks: a reader of kestrel learns nothing of heron's spellings, not
    // by listing, not by asking for a heron spelling (no person answers it), not through search's people
    // or a person filter by heron's name (it widens to nothing of kestrel's).
    const row = (await listed('root-ada', 'Wendeborn')).find((l) => l.startsWith(`${key}\t`))!;
    expect(row).toMatch(/Kettleby/);
    const mergedName = row.split('\t')[1]!;
    const seenByKestrel = (await listed(reader.kestrel, 'Kettleby')).map((l) =>
      l.split('\t').slice(1).join('\t'),
    );
    expect(seenByKestrel.join('')).toMatch(/Kettleby/);
    expect(seenByKestrel.join('')).not.toMatch(SECRET.heron);
    expect(await list(reader.kestrel, ['Wendeborn'])).toBe('');
    expect(await listed(reader.kestrel, 'Clara')).toEqual([]);
    const searched = await (await call(`/api/search?q=Wendeborn`, reader.kestrel)).text();
    expect((JSON.parse(searched) as SearchResponse).total).toBe(0);
    expect(searched).not.toMatch(/kettleby/i);
    for (const name of [mergedName, 'Clara Wendeborn'].filter((n) => SECRET.heron.test(n))) {
      const filtered = (await (
        await call(`/api/search?q=&person=${encodeURIComponent(name)}`, reader.kestrel)
      ).json()) as SearchResponse;
      expect(filtered.total, name).toBe(0);
    }
    // And splits a spelling off again.
    const spelling = row
      .split('\t')[2]!
      .trim()
      .split(' · ')
      // A spelling of the family the merged person is not named after (a person's name is not split off).
      .find((v) =>
        /Wendeborn/.test(mergedName)
          ? /Kettleby/.test(v) && !/Wendeborn/.test(v)
          : /Wendeborn/.test(v) && !/Kettleby/.test(v),
      )!;
    const split = await runCli(
      ['people', 'split', key, spelling, '--server', server.base],
      as('root-ada'),
    );
    expect(split.code, split.stderr).toBe(0);
    expect(await keyOf('Kettleby')).not.toBe(await keyOf('Wendeborn'));
    // Without a token the CLI cannot ask the server.
    const anonymous = await runCli(['people', 'list', '--server', server.base], env);
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toContain('CASEFILE_TOKEN');
  }, 400_000);

  it('exports and searches what one user may read from the CLI on the database (--user)', async () => {
    await server.stop();
    const run = await runCli(['export', '--case', '--all-claims', '--user', reader.kestrel], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Halvorsk');
    expect(run.stdout).toContain('Kettleby');
    expect(run.stdout).not.toMatch(SECRET.heron);
    const whole = await runCli(['export', '--case', '--all-claims'], env);
    expect(whole.stdout).toMatch(SECRET.heron);
    // The JSONL export and search likewise: --user's collections; without it the operator reads all.
    const lines = await runCli(['export', '--user', reader.heron], env);
    expect(lines.code, lines.stderr).toBe(0);
    const exported = lines.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { sha256: string });
    expect(exported.map((d) => d.sha256).sort()).toEqual(docs.heron.map((d) => d.sha256).sort());
    expect(lines.stdout).not.toMatch(SECRET.kestrel);
    expect((await runCli(['export'], env)).stdout).toMatch(SECRET.kestrel);
    const searched = await runCli(['search', 'Halvorsk', '--json', '--user', reader.heron], env);
    expect(searched.code, searched.stderr).toBe(0);
    const response = JSON.parse(searched.stdout) as SearchResponse;
    expect(response.total).toBeGreaterThan(0);
    expect(searched.stdout).not.toMatch(SECRET.kestrel);
    expect(
      ((await runCli(['search', 'Halvorsk', '--json'], env)).stdout.match(/"documentId"/g) ?? [])
        .length,
    ).toBeGreaterThan(response.hits.length);
    expect((await runCli(['search', 'Halvorsk', '--user', 'no-such-user'], env)).code).not.toBe(0);
  }, 180_000);
});
