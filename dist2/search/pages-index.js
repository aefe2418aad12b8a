// The page index: one search document per page, built from the database (the source of truth),
// with its text in the original and in Latin letters, the name keys of its words, the canonical
// persons, places, organizations and passports on it, its dates as numbers for range filters, and
// facets. Settings are declared here once; a start-up check compares them and the counts with the
// database and rebuilds the index when they have drifted. The text indexed is the page read with
// line-end hyphenation undone (core/text/hyphenation.ts); snippets show it so.
import { Meilisearch } from 'meilisearch';
import { EXONYMS } from '../core/geo/exonyms.js';
import { latinize, textKeys } from '../core/names/keys.js';
import { isKnownName } from '../core/names/known-names.js';
import { dehyphenate } from '../core/text/hyphenation.js';
import { doneDocumentIds, indexablePageCount, pagesToIndex } from '../store/indexed-pages.js';
export const INDEX_UID = 'pages';
/**
 * The version of what a page's document holds. Raised when that changes (2: `text` cut at
 * INDEXED_TEXT_CHARS), so that an index of an older format is rebuilt at start (checkIndex) instead
 * of keeping, say, whole page texts that make every hit on them slow.
 */
export const PAGE_FORMAT = 2;
/**
 * Characters of a page's text the index holds in `text`, the field hits are cropped from. The engine
 * reads the whole field to crop it, whatever the crop's length: a hit on a 3 MB page took 0.3-1 s of
 * its time, and 200 such searches at once took minutes. 64 KiB crop in a few milliseconds.
 */
export const INDEXED_TEXT_CHARS = 64 * 1024;
/**
 * A page's text as indexed: `text` its first INDEXED_TEXT_CHARS characters, cut before a word;
 * `latin` the whole page in Latin letters, so a word past the cut is still found (the engine reads the
 * first 65,535 word positions of either field). A hit past the cut is cropped from the page's start.
 */
export function indexedText(text) {
    if (text.length <= INDEXED_TEXT_CHARS)
        return { text, latin: latinize(text) };
    const space = Math.max(text.lastIndexOf(' ', INDEXED_TEXT_CHARS), text.lastIndexOf('\n', INDEXED_TEXT_CHARS));
    return {
        text: text.slice(0, space > 0 ? space : INDEXED_TEXT_CHARS),
        latin: latinize(text),
    };
}
/** A document's kind, for the facet: what its bytes are. */
function kindOf(mediaType) {
    if (mediaType === 'application/pdf')
        return 'pdf';
    if (mediaType.startsWith('image/'))
        return 'image';
    if (mediaType.startsWith('text/'))
        return 'text';
    return 'other';
}
export function dateNumber(iso) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!m)
        return undefined;
    return Number(m[1]) * 10000 + Number(m[2] ?? '01') * 100 + Number(m[3] ?? '01');
}
/** Synonyms from the gazetteer's exonyms: every spelling of a place finds the others. */
function placeSynonyms() {
    const out = {};
    for (const line of EXONYMS) {
        const forms = [
            ...new Set(line
                .split('|')
                .map((f) => f.toLowerCase().trim())
                .filter(Boolean)),
        ];
        // Single words only: Meilisearch applies multi-word synonyms less predictably.
        const words = forms.filter((f) => !/\s/.test(f));
        for (const f of words)
            out[f] = words.filter((g) => g !== f);
    }
    return out;
}
function indexSettings() {
    return {
        searchableAttributes: [
            'persons',
            'places',
            'organizations',
            'passports',
            'filename',
            'text',
            'latin',
            'keys',
        ],
        filterableAttributes: [
            'documentId',
            'persons',
            'places',
            'organizations',
            'passports',
            'dates',
            'years',
            'collection',
            'language',
            'kind',
            'method',
            'sha256',
            'format',
        ],
        sortableAttributes: ['dates', 'documentId', 'page'],
        displayedAttributes: [
            'id',
            'documentId',
            'page',
            'filename',
            'sha256',
            'kind',
            'collection',
            'language',
            'method',
            'text',
            'persons',
            'places',
            'organizations',
            'passports',
            'mentions',
            'dates',
            'years',
        ],
        faceting: { maxValuesPerFacet: 100 },
        pagination: { maxTotalHits: 10000 },
        // Typos: none on numbers (case, passport and phone numbers must match exactly) nor on name keys
        // (already spelling-tolerant); one typo from 5 letters, two from 9 (names are short and close).
        typoTolerance: {
            enabled: true,
            minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
            disableOnAttributes: ['keys', 'passports'],
            disableOnNumbers: true,
        },
        synonyms: placeSynonyms(),
    };
}
export function client(engine) {
    return new Meilisearch({ host: engine.url, apiKey: engine.apiKey, httpClient: engine.http });
}
async function pageDocs(db, documentIds) {
    if (documentIds.length === 0)
        return [];
    const { documents: docs, pages: pageRows, entities: entityRows, } = await pagesToIndex(db, documentIds);
    const byDoc = new Map(docs.map((d) => [d.id, d]));
    return pageRows.map((p) => {
        const d = byDoc.get(p.documentId);
        const on = entityRows.filter((e) => e.documentId === p.documentId && e.page === p.page);
        const values = (type) => [
            ...new Set(on.filter((e) => e.type === type).map((e) => e.normalized)),
        ];
        const dates = [
            ...new Set(values('date')
                .map(dateNumber)
                .filter((n) => n !== undefined)),
        ].sort();
        // Searched as read: words hyphenated at line ends joined (extradition for extra-⏎dition).
        const text = dehyphenate(p.text, isKnownName).text;
        // A page is found by the names of what was extracted on it, in any script and spelling: the name
        // keys of the canonical names (Istanbul for "w Stambule") join those of the page's own words.
        const names = on
            .filter((e) => e.type === 'person' || e.type === 'place' || e.type === 'organization')
            .map((e) => e.normalized);
        return {
            id: `${p.documentId}-${p.page}`,
            documentId: p.documentId,
            page: p.page,
            filename: d.filename,
            sha256: d.sha256,
            kind: kindOf(d.mediaType),
            collection: d.collection,
            language: p.language,
            method: p.method,
            ...indexedText(text),
            keys: [...new Set([...textKeys(text), ...textKeys([...new Set(names)].join(' '))])].join(' '),
            persons: values('person'),
            places: values('place'),
            organizations: values('organization'),
            passports: values('passport'),
            mentions: on
                .filter((e) => e.type !== 'date' && e.text.length <= 200)
                .map((e) => ({ type: e.type, value: e.normalized, text: e.text })),
            dates,
            years: [...new Set(dates.map((n) => Math.floor(n / 10000)))],
            format: PAGE_FORMAT,
        };
    });
}
async function waitTask(index, task, ms = 120_000) {
    const done = await index.tasks.waitForTask(task.taskUid, { timeout: ms });
    if (done.status !== 'succeeded')
        throw new Error(`Meilisearch task ${task.taskUid} ${done.status}: ${done.error?.message ?? ''}`);
}
export async function ensureSettings(meili) {
    const index = meili.index(INDEX_UID);
    try {
        await index.getRawInfo();
    }
    catch {
        await waitTask(index, await meili.createIndex(INDEX_UID, { primaryKey: 'id' }));
    }
    await waitTask(index, await index.updateSettings(indexSettings()));
    return index;
}
/** Replaces the search documents of some documents with what the database holds now. */
export async function indexDocuments(meili, db, documentIds) {
    const index = meili.index(INDEX_UID);
    const docs = await pageDocs(db, documentIds);
    // Pages a document no longer has (a re-run that found fewer) must not linger in search.
    await waitTask(index, await index.deleteDocuments({ filter: `documentId IN [${documentIds.join(',')}]` }));
    for (let i = 0; i < docs.length; i += 1000)
        await waitTask(index, await index.addDocuments(docs.slice(i, i + 1000)));
    return docs.length;
}
/** Rebuilds the index from the database: deletes it, sets it up again and adds every page. */
export async function reindexAll(meili, db) {
    try {
        await waitTask(meili.index(INDEX_UID), await meili.deleteIndex(INDEX_UID));
    }
    catch {
        // There was no index.
    }
    await ensureSettings(meili);
    const ids = await doneDocumentIds(db);
    let total = 0;
    for (let i = 0; i < ids.length; i += 200)
        total += await indexDocuments(meili, db, ids.slice(i, i + 200));
    return total;
}
/**
 * At start: the index must exist with Casefile's settings and hold exactly the pages of the
 * documents that are done. Anything else (a deleted index, changed settings, a crash between the
 * database commit and indexing) is repaired by a rebuild. Returns what was found and done.
 */
export async function checkIndex(meili, db) {
    const expected = await indexablePageCount(db);
    let indexed = -1;
    let settingsOk = false;
    try {
        const index = meili.index(INDEX_UID);
        const stats = await index.getStats();
        indexed = stats.numberOfDocuments;
        const current = await index.getSettings();
        const wanted = indexSettings();
        settingsOk =
            JSON.stringify(current.filterableAttributes?.slice().sort()) ===
                JSON.stringify(wanted.filterableAttributes.slice().sort()) &&
                JSON.stringify(current.searchableAttributes) ===
                    JSON.stringify(wanted.searchableAttributes) &&
                Object.keys(current.synonyms ?? {}).length === Object.keys(wanted.synonyms).length &&
                // No page of an older format (or none at all): their fields are not what searches expect.
                (await index.search('', {
                    filter: `format != ${PAGE_FORMAT} OR format NOT EXISTS`,
                    limit: 0,
                })).estimatedTotalHits === 0;
    }
    catch {
        indexed = -1;
    }
    if (indexed === expected && settingsOk)
        return { expected, indexed, rebuilt: false };
    await reindexAll(meili, db);
    return { expected, indexed, rebuilt: true };
}
//# sourceMappingURL=pages-index.js.map