import { getVisiblePerson } from '../case/people.js';
import { accessFor, atLeast, canRead, levelsFor } from '../store/access.js';
import { documentParam } from './params.js';
const perRequest = new WeakMap();
/** The collections the request's user may read (the user set by authentication). */
export function accessOf(c, ctx) {
    let access = perRequest.get(c.req.raw);
    if (!access) {
        const user = c.get('user');
        access = accessFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
        perRequest.set(c.req.raw, access);
    }
    return access;
}
/** The document if the user may read it; undefined (the route answers 404) otherwise. */
export async function readable(c, ctx, doc) {
    return doc && canRead(await accessOf(c, ctx), doc) ? doc : undefined;
}
/**
 * The document of the route's `:id` when the user may read it; otherwise the API's answer, a 404
 * `{ error: "no such document" }` the same for a malformed id, an unknown document and one of a
 * collection the user may not read. The API's routes on one document begin with it:
 * `const doc = await readableDocument(c, ctx); if (doc instanceof Response) return doc;`
 */
export async function readableDocument(c, ctx) {
    const doc = await readable(c, ctx, await documentParam(c, ctx.archive.db));
    return doc ?? c.json({ error: 'no such document' }, 404);
}
/**
 * Where the user's decision about these people (and, for a split, this spelling) holds, or why they
 * may not make it. Each person must be one the user can see (else 404, as for a person that does not
 * exist). An admin's decision holds everywhere (no scope). Anyone else's holds in the collections
 * they may edit: it moves only the mentions of those collections' documents, so people named
 * elsewhere stay as the readers there see them. It needs each person named, and a split's spelling
 * written, in a document the user may edit (else 403). Whether collections the user may not read
 * name them changes nothing of the answer: nothing of those is looked at.
 */
export async function peopleDecisionScope(c, ctx, keys, variant) {
    const user = c.get('user');
    const access = await accessOf(c, ctx);
    const unseen = { refused: { status: 404, error: 'no such person or spelling' } };
    for (const key of keys) {
        const person = await getVisiblePerson(ctx.archive.db, key, access);
        if (!person)
            return unseen;
        if (variant !== undefined && !person.variants.includes(variant))
            return unseen;
    }
    if (user.role === 'admin')
        return {};
    const levels = await levelsFor(ctx.archive.db, user, ctx.archive.config.defaultAccess);
    const editable = [...levels.entries()]
        .filter(([, level]) => atLeast(level, 'edit'))
        .map(([collection]) => collection)
        .sort();
    const scope = { collections: editable };
    for (const key of keys) {
        const here = await getVisiblePerson(ctx.archive.db, key, { all: false, collections: editable });
        if (!here || (variant !== undefined && !here.variants.includes(variant)))
            return {
                refused: {
                    status: 403,
                    error: variant === undefined
                        ? 'merging people needs edit on a collection naming each of them'
                        : 'splitting a spelling off needs edit on a collection writing it',
                },
            };
    }
    return { scope };
}
//# sourceMappingURL=access.js.map