import { z } from 'zod';
import { SEARCH_SORTS } from '../search/query.js';
import { PAGE_LANGUAGE_CODES } from '../schema/languages.js';
import { DOCUMENT_KINDS, DOCUMENT_SORTS, getDocument, } from '../store/documents.js';
import { CITATION_STATUSES, DOCUMENT_STATUSES } from '../schema/tables.js';
/** Digits only: Number() alone would take "1e3", " 1" and "0x10", and NaN reaches SQL. */
const ROW_ID = z.union([z.string(), z.number().transform(String)]).pipe(z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/)
    .transform(Number));
/** The largest value of the database's `integer` columns, which page numbers are: 2^31 − 1. */
const MAX_PAGE = 2_147_483_647;
/** A row id from a path parameter or a body field, or undefined (the route then answers 404). */
export function positiveInt(value) {
    return ROW_ID.safeParse(value).data;
}
/**
 * A page number, as positiveInt; a number past the database's integers would make the query itself
 * fail (a 500), so it names no page either.
 */
export function pageNumber(value) {
    return ROW_ID.pipe(z.number().max(MAX_PAGE)).safeParse(value).data;
}
/** The document a route's `:id` names; undefined for an id that is not one (the route answers 404). */
export async function documentParam(c, db) {
    const id = positiveInt(c.req.param('id'));
    return id === undefined ? undefined : getDocument(db, id);
}
// A query string's values as Hono's validator hands them over: a string, or an array when repeated.
const first = (v) => (Array.isArray(v) ? v[0] : v);
/** One value (the first, when repeated); empty (a form's blank field) counts as absent. */
const one = z.preprocess(first, z.string().optional()).transform((v) => v || undefined);
/** One value as given, empty included (a search for nothing). */
const text = z.preprocess(first, z.string().optional());
/** Every value of a repeated parameter, empty ones left out; undefined when none is left. */
const all = z
    .preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string()))
    .transform((vs) => {
    const kept = vs.filter((v) => v !== '');
    return kept.length ? kept : undefined;
});
/** A whole number of up to 9 digits, or `fallback` when absent. */
const whole = (name, fallback) => one.pipe(z
    .string()
    .regex(/^[0-9]{1,9}$/, { error: `"${name}" is not a whole number` })
    .transform(Number)
    .optional()
    .transform((n) => n ?? fallback));
/** One of a fixed list, or absent. */
const oneOf = (name, values) => one.pipe(z.enum(values, { error: `"${name}" is one of ${values.join(', ')}` }).optional());
/** A real calendar day (Date would roll 2026-02-30 over into March). */
function isDay(v) {
    const t = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}
/** A day, YYYY-MM-DD, or absent. */
const day = (name) => one.pipe(z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { error: `"${name}" is a day, YYYY-MM-DD` })
    .refine((v) => isDay(v), {
    error: `"${name}" is a day, YYYY-MM-DD`,
})
    .optional());
/** A page of a list: `offset`, and `limit` held to 1–200. */
const listPage = {
    offset: whole('offset', 0),
    limit: whole('limit', 50).transform((n) => Math.min(200, Math.max(1, n))),
};
/** The search's query string (the search page, /api/search and the exports); search/query.ts checks the values. */
export const searchQuery = z.object({
    q: text.transform((v) => v ?? ''),
    person: all,
    place: all,
    organization: all,
    from: one,
    to: one,
    collection: all,
    language: all,
    kind: all,
    offset: one.transform((v) => (v === undefined ? undefined : Number(v))),
    limit: one.transform((v) => (v === undefined ? undefined : Number(v))),
    sort: oneOf('sort', SEARCH_SORTS),
});
/** The search parameters of a checked searchQuery. */
export function searchParams(v) {
    return {
        q: v.q,
        persons: v.person,
        places: v.place,
        organizations: v.organization,
        from: v.from,
        to: v.to,
        collection: v.collection,
        language: v.language,
        kind: v.kind,
        offset: v.offset,
        limit: v.limit,
        sort: v.sort,
    };
}
/**
 * The query string of search parameters: the inverse of searchParams (searchQuery's names, repeated
 * parameters for lists, absent values and empty lists left out), so that the CLI's requests and the
 * web's links read back as the same search. `access` is never part of a URL.
 */
export function searchQueryString(p) {
    const u = new URLSearchParams();
    const add = (name, v) => {
        for (const one of [v ?? []].flat())
            u.append(name, String(one));
    };
    if (p.q)
        add('q', p.q);
    add('person', p.persons);
    add('place', p.places);
    add('organization', p.organizations);
    add('collection', p.collection);
    add('language', p.language);
    add('kind', p.kind);
    add('from', p.from);
    add('to', p.to);
    add('offset', p.offset);
    add('limit', p.limit);
    add('sort', p.sort);
    return u;
}
/** /api/search: the search's parameters, and `group=document` for each document once with its best pages. */
export const apiSearchQuery = searchQuery.extend({ group: one });
/** The document list's filters and page. The checks run in this order: the first failing one is answered. */
/** The store's filter of a checked documentListQuery. */
export function documentFilter(v) {
    const { added_from, added_to, ...rest } = v;
    return { ...rest, addedFrom: added_from, addedTo: added_to };
}
export const documentListQuery = z.object({
    // PostgreSQL text holds no NUL, and no collection name is that long: a 400, not a database error.
    collection: one.pipe(z
        .string()
        .refine((v) => v.length <= 500 && !v.includes('\u0000'), {
        error: '"collection" is not a collection name',
    })
        .optional()),
    status: oneOf('status', DOCUMENT_STATUSES),
    kind: oneOf('kind', DOCUMENT_KINDS),
    language: oneOf('language', PAGE_LANGUAGE_CODES),
    added_from: day('added_from'),
    added_to: day('added_to'),
    sort: oneOf('sort', DOCUMENT_SORTS),
    limit: listPage.limit,
    offset: listPage.offset,
});
/** The stored citations' filter (holds, broken) and page. */
export const citationListQuery = z.object({
    status: oneOf('status', CITATION_STATUSES),
    ...listPage,
});
/** A words query (`q`) of a page or list: people, a document's hits. */
export const wordsQuery = z.object({ q: text.transform((v) => v ?? '') });
/** The viewer: the quote to verify and mark (`q`), or search words to mark wherever they stand (`w`). */
export const viewerQuery = z.object({
    q: text.transform((v) => v ?? ''),
    w: text.transform((v) => v ?? ''),
});
/** The login form's return address (checked where it is used: only a path on this server). */
export const loginQuery = z.object({ next: text });
// JSON bodies: API clients send what they like. A body that is no object counts as an empty one, and
// a field of the wrong type as a missing one: the route then answers as for a name that names nothing.
const object = (shape) => z.preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {}), z.object(shape));
/** A field as sent, absent included. */
const field = z.unknown().optional();
const str = field.transform((v) => (typeof v === 'string' ? v : ''));
const optionalStr = field.transform((v) => (typeof v === 'string' ? v : undefined));
const page = field.transform(pageNumber);
/** POST /api/citations: the document by id (a number: `id`, when one) or else SHA-256 (prefix: `sha`), the page and the quote. */
export const citeBody = object({
    document: field.transform((v) => ({
        id: typeof v === 'number' ? positiveInt(v) : undefined,
        sha: String(v ?? ''),
    })),
    page,
    quote: str,
});
/** POST /api/citations/verify: the document by SHA-256, the page and the quote. */
export const verifyBody = object({
    sha256: field.transform((v) => String(v ?? '')),
    page,
    quote: str,
});
/** Merge a person with another (`with`: its key). */
export const mergeBody = object({ with: str });
/** Split a spelling (`variant`) off a person. */
export const splitBody = object({ variant: str });
/** A new user: checked by newUser (http/admin.ts), which answers the API and the admin page alike. */
export const userBody = object({ name: field, role: field });
/** A grant or its revocation: the level, and a user or a group by name. */
export const grantBody = object({ level: field, user: optionalStr, group: optionalStr });
/** A new group's name (checked by the route, which says what a name may hold). */
export const groupBody = object({ name: field });
/** A group member by user name. */
export const memberBody = object({ user: optionalStr });
/** A new API token's label (checked by the route: tokenLabel of store/accounts.ts). */
export const tokenBody = object({ label: field });
/** Process a document again: from which stage (checked by http/reprocess.ts; absent: every stage). */
export const reprocessBody = object({ from: field });
/** One's own password: the current one and the new one. */
export const passwordBody = object({ current: str, password: str });
// The web pages' forms (x-www-form-urlencoded), read the same way as JSON bodies.
/** The login form: name, password, and the page to return to. */
export const loginForm = object({ name: str, password: str, next: field });
/** The admin page's grant (and revoke) form: a collection, a user by name, the level. */
export const grantForm = object({ collection: str, user: str, level: field });
/** The account page's new-token form: its label. */
export const tokenForm = object({ label: str });
/** The document page's reprocess form: the stage to start from. */
export const reprocessForm = object({ from: str });
/** The account page's password form: the current password, the new one twice. */
export const passwordForm = object({ current: str, password: str, confirm: str });
/** The checked query of a route that names `schema` as its Route.query. */
export function validQuery(c, _schema) {
    return c.req.valid('query');
}
/** The checked JSON body of a route that names `schema` as its Route.json. */
export function validJson(c, _schema) {
    return c.req.valid('json');
}
/** The checked form of a route that names `schema` as its Route.form. */
export function validForm(c, _schema) {
    return c.req.valid('form');
}
/** What the API and the web pages tell about a document in lists. */
export function documentSummary(d) {
    return {
        id: d.id,
        filename: d.filename,
        sha256: d.sha256,
        mediaType: d.mediaType,
        size: d.size,
        status: d.status,
        error: d.error,
        pagesDone: d.pagesDone,
        pageCount: d.pageCount,
        collection: d.collection,
        ingestedAt: d.ingestedAt,
    };
}
//# sourceMappingURL=params.js.map