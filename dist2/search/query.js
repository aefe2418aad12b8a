// Search across scripts and spellings. A query is expanded with
//   - its words in Latin letters, matched against the latinized text (Душанбе finds Dushanbe,
//     Tursunova finds Турсунова), and
//   - the name keys of its words, matched against the pages' keys (Ibrohimova finds Иброхимова and
//     Ibrochimowa),
// and runs as one Meilisearch search.
// Place exonyms come in through the index's synonyms (Kyiv finds Киев, Київ, Kijów). Snippets are
// built here, as plain-text segments marked as matches or not: no markup ever leaves the server.
import { hasCyrillic } from '../core/text/scripts.js';
import { InputError } from '../core/errors.js';
import { DEFAULT_COLLECTION } from '../store/access.js';
import { latinize, nameKey } from '../core/names/keys.js';
import { dateNumber, INDEX_UID } from './pages-index.js';
const FACETS = [
    'persons',
    'places',
    'organizations',
    'years',
    'language',
    'kind',
    'collection',
];
export const SEARCH_SORTS = ['relevance', 'date-desc', 'date-asc'];
const quote = (v) => JSON.stringify(v);
/** The end of a partial date: 2018 → 20181231, 2018-02 → 20180231 (a bound, not a calendar day). */
function dateEnd(iso) {
    const n = dateNumber(iso);
    if (n === undefined)
        return undefined;
    if (/^\d{4}$/.test(iso))
        return n + 1130; // YYYY0101 → YYYY1231
    if (/^\d{4}-\d{2}$/.test(iso))
        return n + 30; // YYYYMM01 → YYYYMM31
    return n;
}
/**
 * The engine's filter for what an access reads: its collections, and the pages of documents in no
 * collection (indexed with a null collection) when it reads the default collection.
 */
function accessFilter(access) {
    if (access.all)
        return undefined;
    // No collection at all: a condition no page meets (ids start at 1).
    if (!access.collections.length)
        return 'documentId < 0';
    const named = `collection IN [${access.collections.map(quote).join(', ')}]`;
    return access.collections.includes(DEFAULT_COLLECTION)
        ? `(${named} OR collection IS NULL)`
        : named;
}
function buildFilter(p) {
    const filters = [];
    // First and always: nothing of a collection the user may not read is searched, counted or faceted.
    const readable = p.access ? accessFilter(p.access) : undefined;
    if (readable)
        filters.push(readable);
    const anyOf = (field, values) => {
        if (values?.length)
            filters.push(`${field} IN [${values.map(quote).join(', ')}]`);
    };
    anyOf('persons', p.persons);
    anyOf('places', p.places);
    anyOf('organizations', p.organizations);
    anyOf('collection', p.collection);
    anyOf('language', p.language);
    anyOf('kind', p.kind);
    const from = p.from ? dateNumber(p.from) : undefined;
    const to = p.to ? dateEnd(p.to) : undefined;
    if (p.from && from === undefined)
        throw new InputError(`"from" is not a date: ${p.from}`);
    if (p.to && to === undefined)
        throw new InputError(`"to" is not a date: ${p.to}`);
    if (from !== undefined && to !== undefined)
        filters.push(`dates ${from} TO ${to}`);
    else if (from !== undefined)
        filters.push(`dates >= ${from}`);
    else if (to !== undefined)
        filters.push(`dates <= ${to}`);
    return filters;
}
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// Snippets look at every word of every hit; the same words recur, so their forms are remembered.
const latinForms = new Map();
const keysOf = new Map();
/** A word as snippets compare it: latinized (core/names/keys.ts), apostrophes dropped; Турсунова → tursunova. */
function latinForm(s) {
    let f = latinForms.get(s);
    if (f === undefined) {
        if (latinForms.size > 50_000)
            latinForms.clear();
        f = latinize(s).replace(/['’]/g, '');
        latinForms.set(s, f);
    }
    return f;
}
function keyOf(word) {
    if (!keysOf.has(word)) {
        if (keysOf.size > 50_000)
            keysOf.clear();
        keysOf.set(word, nameKey(word));
    }
    return keysOf.get(word);
}
function termsOf(q) {
    const words = [...q.matchAll(WORD)].map((m) => m[0]);
    return {
        folded: new Set(words.map(latinForm)),
        keys: new Set(words.map(nameKey).filter((k) => k !== undefined)),
    };
}
function wordMatches(word, t) {
    const f = latinForm(word);
    if (t.folded.has(f))
        return true;
    // Inflected forms: a term that the word extends by a short case ending (Турсуновой for Турсунова).
    for (const term of t.folded)
        if (term.length >= 4 && f.startsWith(term.slice(0, -1)) && f.length - term.length <= 3)
            return true;
    if (t.keys.size === 0)
        return false;
    const k = keyOf(word);
    return k !== undefined && t.keys.has(k);
}
/** Plain-text snippet around the first match, about `words` words long. */
function snippet(text, t, words = 36) {
    const tokens = [...text.matchAll(WORD)];
    const first = tokens.findIndex((m) => wordMatches(m[0], t));
    const from = Math.max(0, (first < 0 ? 0 : first) - Math.floor(words / 3));
    const to = Math.min(tokens.length, from + words);
    if (tokens.length === 0)
        return [{ text: text.slice(0, 200), match: false }];
    const start = from === 0 ? 0 : tokens[from].index;
    const end = to >= tokens.length ? text.length : tokens[to].index;
    const out = [];
    if (start > 0)
        out.push({ text: '… ', match: false });
    let pos = start;
    for (let i = from; i < to; i++) {
        const m = tokens[i];
        if (!wordMatches(m[0], t))
            continue;
        if (m.index > pos)
            out.push({ text: text.slice(pos, m.index), match: false });
        out.push({ text: m[0], match: true });
        pos = m.index + m[0].length;
    }
    if (end > pos)
        out.push({ text: text.slice(pos, end), match: false });
    if (end < text.length)
        out.push({ text: ' …', match: false });
    return out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
}
function isoOf(n) {
    const s = String(n);
    return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
// Never the whole text: a page can hold megabytes, and each hit would carry them from the engine (and
// through the snippet's scan). The engine crops the text around its best match instead, wider than the
// snippet, which is then cut from that passage.
const RETRIEVE = [
    'documentId',
    'page',
    'filename',
    'sha256',
    'persons',
    'places',
    'organizations',
    'mentions',
    'dates',
];
/** Words of page text a hit carries from the engine, around the match; the snippet is cut from them. */
const CROP_WORDS = 80;
const CROP = { attributesToCrop: ['text'], cropLength: CROP_WORDS, cropMarker: '…' };
function prepare(p, defaultLimit = 20) {
    const q = p.q.trim();
    for (const [name, value] of [
        ['offset', p.offset],
        ['limit', p.limit],
    ]) {
        if (value !== undefined && !Number.isSafeInteger(value))
            throw new InputError(`"${name}" is not a whole number`);
    }
    const offset = Math.max(0, p.offset ?? 0);
    const limit = Math.min(100, Math.max(1, p.limit ?? defaultLimit));
    const filter = buildFilter(p);
    const latin = latinize(q);
    const keys = [...termsOf(q).keys].join(' ');
    // One search, not a federation of three (measured at 100,000 pages: p95 7 ms against 12–18 ms):
    // the query's name keys first, then its words in Latin letters, then the words as typed, with
    // Meilisearch's `last` matching strategy, which drops words from the end when too few pages hold
    // them all. A page that has the words themselves ranks above one that has only a spelling of them.
    const words = [...q.matchAll(WORD)].map((m) => m[0]);
    const latinWords = hasCyrillic(q) ? [...latin.matchAll(WORD)].map((m) => m[0]) : [];
    const expanded = [
        ...new Set([
            ...(keys ? keys.split(' ') : []),
            ...latinWords,
            ...words.map((w) => w.toLowerCase()),
        ]),
    ];
    return { q, expanded, filter, offset, limit, terms: termsOf(q) };
}
/**
 * The engine crops a page around the query's words in its text; a page found through an entity's
 * name (Medyka for "w Medyce") may be cropped elsewhere. Then the snippet shows the entity's words as
 * they stand on the page, so every hit says where it matched.
 */
function withMatch(segments, h, matched) {
    if (segments.some((s) => s.match))
        return segments;
    const mention = (h.mentions ?? []).find((m) => matched.some((x) => x.value === m.value));
    return mention
        ? [
            { text: '… ', match: false },
            { text: mention.text.replace(/\s+/g, ' '), match: true },
            { text: ' …', match: false },
        ]
        : segments;
}
function toHit(h, terms) {
    const matched = ['person', 'place', 'organization'].flatMap((type) => {
        const values = type === 'person' ? h.persons : type === 'place' ? h.places : h.organizations;
        return values
            .filter((v) => [...v.matchAll(WORD)].some((w) => wordMatches(w[0], terms)))
            .map((value) => ({ type, value }));
    });
    // The words a matched entity stands as on the page (w Medyce for Medyka, Киеве for Kyiv) are marked too.
    const shown = { folded: new Set(terms.folded), keys: terms.keys };
    for (const m of h.mentions ?? []) {
        if (matched.some((x) => x.value === m.value))
            for (const w of m.text.matchAll(WORD))
                shown.folded.add(latinForm(w[0]));
    }
    return {
        documentId: h.documentId,
        filename: h.filename,
        sha256: h.sha256,
        page: h.page,
        snippet: withMatch(snippet(h._formatted?.text ?? '', shown), h, matched),
        persons: h.persons,
        places: h.places,
        organizations: h.organizations,
        dates: h.dates.map(isoOf),
        matchedEntities: matched,
    };
}
export async function searchPages(meili, p) {
    const { q, expanded, filter, offset, limit, terms } = prepare(p);
    const [result, counted] = (await meili.multiSearch({
        queries: [
            {
                indexUid: INDEX_UID,
                q: expanded.join(' '),
                filter,
                offset,
                limit,
                matchingStrategy: 'last',
                attributesToRetrieve: RETRIEVE,
                ...CROP,
            },
            // The exact number of pages and the facets, from the same query: facet counts never exceed the total.
            {
                indexUid: INDEX_UID,
                q: expanded.join(' '),
                filter,
                facets: [...FACETS],
                page: 1,
                hitsPerPage: 0,
                matchingStrategy: 'last',
            },
        ],
    })).results;
    const hits = result.hits.map((h) => toHit(h, terms));
    return {
        query: q,
        expanded,
        total: counted.totalHits ?? result.estimatedTotalHits ?? hits.length,
        offset,
        limit,
        hits,
        facets: counted.facetDistribution ?? {},
        processingTimeMs: Math.max(result.processingTimeMs, counted.processingTimeMs),
    };
}
/**
 * Search results grouped by document: each document once, ranked by its best page, with its best
 * matching pages under it; `offset` and `limit` page through documents. `total` and the facets count
 * pages, exactly (so a facet's count is what choosing it gives).
 */
export async function searchDocuments(meili, p, pagesPerDocument = 3) {
    const { q, expanded, filter, offset, limit, terms } = prepare(p, 10);
    const text = expanded.join(' ');
    // Page mode (page/hitsPerPage) counts exactly; with `distinct`, it counts documents.
    const page = Math.floor(offset / limit) + 1;
    const [docs, counted] = (await meili.multiSearch({
        queries: [
            {
                indexUid: INDEX_UID,
                q: text,
                filter,
                distinct: 'documentId',
                ...(p.sort === 'date-desc' || p.sort === 'date-asc'
                    ? { sort: [`dates:${p.sort === 'date-desc' ? 'desc' : 'asc'}`] }
                    : {}),
                page,
                hitsPerPage: limit,
                matchingStrategy: 'last',
                attributesToRetrieve: ['documentId', 'filename', 'sha256'],
            },
            {
                indexUid: INDEX_UID,
                q: text,
                filter,
                facets: [...FACETS],
                page: 1,
                hitsPerPage: 0,
                matchingStrategy: 'last',
            },
        ],
    })).results;
    const ids = docs.hits.map((h) => h.documentId);
    let pagesOf = new Map();
    let matching = {};
    if (ids.length) {
        const inPage = (await meili.index(INDEX_UID).search(text, {
            filter: [...filter, `documentId IN [${ids.join(', ')}]`],
            facets: ['documentId'],
            limit: Math.min(1000, ids.length * 50),
            matchingStrategy: 'last',
            attributesToRetrieve: RETRIEVE,
            ...CROP,
        }));
        matching = inPage.facetDistribution?.documentId ?? {};
        pagesOf = new Map(ids.map((id) => [id, []]));
        for (const h of inPage.hits) {
            const list = pagesOf.get(h.documentId);
            if (list && list.length < pagesPerDocument)
                list.push(toHit(h, terms));
        }
    }
    return {
        query: q,
        expanded,
        total: counted.totalHits ?? 0,
        totalDocuments: docs.totalHits ?? ids.length,
        offset: (page - 1) * limit,
        limit,
        documents: docs.hits.map((h) => {
            const pages = (pagesOf.get(h.documentId) ?? []).sort((a, b) => a.page - b.page);
            return {
                documentId: h.documentId,
                filename: h.filename,
                sha256: h.sha256,
                matchingPages: matching[String(h.documentId)] ?? pages.length,
                pages,
            };
        }),
        facets: counted.facetDistribution ?? {},
        processingTimeMs: Math.max(docs.processingTimeMs, counted.processingTimeMs),
    };
}
/** Exact page counts of the same search narrowed by each of some extra filters (one multi-search). */
export async function countPages(meili, p, extra) {
    if (!extra.length)
        return [];
    const { expanded, filter } = prepare(p);
    const res = await meili.multiSearch({
        queries: extra.map((f) => ({
            indexUid: INDEX_UID,
            q: expanded.join(' '),
            filter: [...filter, f],
            page: 1,
            hitsPerPage: 0,
            matchingStrategy: 'last',
        })),
    });
    return res.results.map((r) => r.totalHits ?? 0);
}
/** A Meilisearch filter for any of the values of a field. */
export function anyOfFilter(field, values) {
    return `${field} IN [${values.map(quote).join(', ')}]`;
}
/**
 * Where a search's words stand in a page's text: every word that matches one of the query's words
 * (as the snippets mark them: any script, inflected forms, name keys), and every mention of an
 * entity whose value the query names where none of its own words matched (w Medyce for Medyka).
 * Sorted, without overlaps.
 */
export function matchSpans(text, q, mentions = []) {
    const terms = termsOf(q);
    if (terms.folded.size === 0)
        return [];
    const spans = [];
    for (const m of text.matchAll(WORD))
        if (wordMatches(m[0], terms))
            spans.push([m.index, m.index + m[0].length]);
    const direct = spans.slice();
    // A mention is marked whole only where its own words did not match: the query named it in another
    // form or script. Where they did, the words are marked, not the rest of the name (Bay, Street).
    for (const e of mentions) {
        if (direct.some(([a, b]) => a >= e.start && b <= e.end))
            continue;
        if ([...e.value.matchAll(WORD)].some((w) => wordMatches(w[0], terms)))
            spans.push([e.start, e.end]);
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const out = [];
    for (const s of spans) {
        const last = out[out.length - 1];
        if (last && s[0] < last[1])
            last[1] = Math.max(last[1], s[1]);
        else
            out.push([s[0], s[1]]);
    }
    return out;
}
/**
 * The pages of one document that a search's words match, in page order (as the search finds them:
 * any script or spelling): the viewer's previous and next hit.
 */
export async function pagesMatching(meili, q, documentId, max = 5000) {
    const { expanded } = prepare({ q });
    if (expanded.length === 0)
        return [];
    const res = await meili.multiSearch({
        queries: [
            {
                indexUid: INDEX_UID,
                q: expanded.join(' '),
                filter: [`documentId = ${documentId}`],
                limit: max,
                matchingStrategy: 'last',
                attributesToRetrieve: ['page'],
            },
        ],
    });
    const hits = (res.results[0]?.hits ?? []);
    return [...new Set(hits.map((h) => h.page))].sort((a, b) => a - b);
}
//# sourceMappingURL=query.js.map