// People over the API: the list (by name), one person with their documents, claims and
// contradictions, and an editor's merge and split, each within the collections the user may read.
import {
  documentsOf,
  passportsOf,
  peopleFor,
  personAsRead,
  personTimeline,
} from '../case/people.js';
import { mergePeople, splitVariant } from '../ingest/people/decisions.js';
import { accessOf, peopleAsReadOf, peopleDecisionScope } from '../http/access.js';
import type { Route } from '../http/context.js';
import { mergeBody, splitBody, validJson, validQuery, wordsQuery } from '../http/params.js';

export const PEOPLE_ROUTES: Route[] = [
  {
    method: 'GET',
    path: '/api/people',
    permission: 'read',
    query: wordsQuery,
    handler: async (c, ctx) => {
      const access = await accessOf(c, ctx);
      const found = await peopleFor(
        ctx.archive.db,
        validQuery(c, wordsQuery).q,
        access,
        await peopleAsReadOf(c, ctx),
      );
      return c.json({
        people: found.map((p) => ({
          key: p.key,
          name: p.name,
          variants: p.variants,
          documents: p.documentIds.length,
          mentions: p.mentions,
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/api/people/:key',
    permission: 'read',
    handler: async (c, ctx) => {
      const access = await accessOf(c, ctx);
      const key = c.req.param('key') ?? '';
      const asRead = await peopleAsReadOf(c, ctx);
      const found = await personAsRead(ctx.archive.db, key, access, asRead);
      // A key of a person since joined into another (or that the reader's people split or join)
      // answers with where they are now.
      if (!found) return c.json({ error: 'no such person' }, 404);
      if ('moved' in found)
        return c.redirect(`/api/people/${encodeURIComponent(found.moved)}`, 307);
      const { person } = found;
      const { claims, contradictions } = await personTimeline(
        ctx.archive.db,
        person.key,
        access,
        asRead,
      );
      const documents = await documentsOf(ctx.archive.db, person, access);
      return c.json({
        key: person.key,
        name: person.name,
        variants: person.variants,
        documents,
        // Each passport the readable documents write with the person's name, and where.
        passports: (await passportsOf(ctx.archive.db, person.key, access, asRead)).map((p) => ({
          passport: p.passport,
          sources: p.sources.map(({ filename, page, text }) => ({ filename, page, text })),
        })),
        claims,
        contradictions,
      });
    },
  },
  {
    method: 'POST',
    path: '/api/people/:key/merge',
    permission: 'edit',
    json: mergeBody,
    handler: async (c, ctx) => {
      const other = validJson(c, mergeBody).with;
      const decision = await peopleDecisionScope(c, ctx, [c.req.param('key') ?? '', other]);
      if ('refused' in decision)
        return c.json({ error: decision.refused.error }, decision.refused.status);
      const key = await mergePeople(
        ctx.archive.db,
        c.req.param('key') ?? '',
        other,
        c.get('user').id,
        decision.scope,
      );
      return key ? c.json({ key }) : c.json({ error: 'no such person' }, 404);
    },
  },
  {
    method: 'POST',
    path: '/api/people/:key/split',
    permission: 'edit',
    json: splitBody,
    handler: async (c, ctx) => {
      const variant = validJson(c, splitBody).variant;
      const decision = await peopleDecisionScope(c, ctx, [c.req.param('key') ?? ''], variant);
      if ('refused' in decision)
        return c.json({ error: decision.refused.error }, decision.refused.status);
      const key = await splitVariant(
        ctx.archive.db,
        c.req.param('key') ?? '',
        variant,
        c.get('user').id,
        decision.scope,
      );
      return key ? c.json({ key }) : c.json({ error: 'no such person or spelling' }, 404);
    },
  },
];
