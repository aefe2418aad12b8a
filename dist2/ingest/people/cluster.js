// People: person mentions of all documents grouped into the people they name, across scripts,
// transliterations, inflected forms, initials and name order. Conservative by design: a full name
// joins only the same family and given name (by consonant key, so Ibragimov = Ibrohimov = Ibrochimow,
// Shakhnoza = Shahnoza); a name by initials joins a full name only when exactly one person of that
// family fits the initials. Sisters and a father who share a family name stay apart; so do two
// mentions written with different birth dates (namesakes), and a spelling a letter or two off joins
// only where the same birth date or the same passport number stands with both. Each collection is clustered by its own documents'
// evidence; across collections only strong evidence both sides carry joins (clusterPeople). An editor's
// merge and split decisions, stored by the folded spellings they concern, are applied last, so they
// survive every re-ingest and re-clustering. No library clusters names across these scripts.
import { randomBytes } from 'node:crypto';
import { hasCyrillic } from '../../core/text/scripts.js';
import { groupBy } from '../../core/group.js';
import { foldAccents } from '../../core/text/fold.js';
import { latinize, looseKey } from '../../core/names/keys.js';
import { cleanVariants, variantKey } from '../../case/spellings.js';
import { passportNumber, samePassport } from '../../case/birth-dates.js';
import { givenGender, isGivenName } from '../../core/names/given-names.js';
import { DEFAULT_COLLECTION } from '../../store/access.js';
import { familyNameGender, initialKey, initialsFit, parseName, } from '../../core/names/person-names.js';
// Mentions written with different birth dates are two people, whatever their names: every union checks.
class UnionFind {
    parent = new Map();
    born = new Map();
    constructor(mentions = []) {
        for (const m of mentions)
            if (m.born)
                this.born.set(m.id, m.born);
    }
    find(x) {
        let p = this.parent.get(x) ?? x;
        if (p !== x) {
            p = this.find(p);
            this.parent.set(x, p);
        }
        return p;
    }
    /** Joins two mentions' people; an editor's merge (force) overrides the birth dates. */
    union(a, b, force = false) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra === rb)
            return;
        const ba = this.born.get(ra);
        const bb = this.born.get(rb);
        if (ba && bb && ba !== bb && !force)
            return;
        this.parent.set(rb, ra);
        if (!ba && bb)
            this.born.set(ra, bb);
    }
}
const isInitialFamily = (parts) => parts.familyKey.endsWith('.');
const NO_KEYS = { byMention: new Map(), byName: new Map() };
/**
 * Clusters person mentions into people. Each collection's mentions are clustered first, by every kind
 * of evidence its own documents hold (localPeople): its *local* people. Across collections only
 * strong evidence both sides carry joins local people (crossLinks): the same full name (family and
 * given name by consonant key) with no birth date against it, or a spelling a letter or two off with
 * the same birth date or the same passport number on both sides; and a joined person holds at most one local person of each
 * collection, each pair of them linked so directly. So what a reader of some collections sees of
 * their people (the people restricted to their documents) is, for a reader of one collection, exactly
 * its local people, whatever other collections hold; and for a reader of several, never a join that
 * rests on a collection they may not read. Editors' and admins' decisions come last, as before.
 * `collections` maps document ids to collections (none: the default collection).
 */
export function clusterPeople(mentions, decisions = [], previous = NO_KEYS, collections = new Map()) {
    const collectionOfDocument = (id) => collections.get(id) ?? DEFAULT_COLLECTION;
    const locals = [];
    const misread = new Set();
    for (const group of groupBy(mentions, (m) => collectionOfDocument(m.documentId)).values()) {
        const local = localPeople(group, collections);
        locals.push(...local.people);
        for (const id of local.misread)
            misread.add(id);
    }
    const parsed = locals.flat();
    const uf = new UnionFind(parsed.map((p) => p.m));
    for (const person of locals)
        for (const p of person)
            uf.union(person[0].m.id, p.m.id);
    for (const [i, j] of crossLinks(locals, misread, collectionOfDocument))
        uf.union(locals[i][0].m.id, locals[j][0].m.id);
    const { everywhere, scoped } = latestDecisions(decisions);
    const byVariant = variantIndex(parsed);
    for (const d of everywhere.filter((x) => x.kind === 'merge')) {
        const a = byVariant.get(d.a)?.[0];
        const b = byVariant.get(d.b)?.[0];
        if (a !== undefined && b !== undefined)
            uf.union(a, b, true);
    }
    let clusters = [...groupBy(parsed, (p) => String(uf.find(p.m.id))).values()];
    for (const d of everywhere.filter((x) => x.kind === 'split'))
        clusters = clusters.flatMap((c) => split(c, d));
    // Editors' decisions, each in its collections only, in the order they were made.
    const decided = new Set();
    const collectionOf = (p) => collections.get(p.m.documentId) ?? DEFAULT_COLLECTION;
    for (const d of scoped) {
        const inScope = (p) => d.scope.has(collectionOf(p));
        clusters =
            d.kind === 'merge'
                ? scopedMerge(clusters, d, inScope, decided)
                : clusters.flatMap((c) => scopedSplit(c, d, inScope, decided));
    }
    return named(clusters.map((c) => ({ ...describe(c, misread), decided: decided.has(c) })), previous);
}
/**
 * The people one collection's mentions name by every kind of evidence its own documents hold (all
 * of `mentions` are of one collection, by `collections`): each person's mentions (those of relatives
 * named by kinship only when joined to one), and the ids of the mentions whose given name is a
 * misreading (joinMisreadGivenNames).
 */
function localPeople(mentions, collections) {
    const parsed = [];
    // Relatives named by a kinship noun and a given name: their family name is the writer's, inferred;
    // they join a person only at the end, and only one named in full (joinKin).
    const kin = [];
    for (const m of mentions) {
        const parts = parseName(m.normalized);
        if (parts)
            (m.kin && parts.givenKey ? kin : parsed).push({ m, parts });
    }
    const uf = new UnionFind(parsed.map((p) => p.m));
    const full = parsed.filter((p) => p.parts.givenKey && !isInitialFamily(p.parts));
    const fullKey = (p) => `${p.parts.familyKey}|${p.parts.givenKey}`;
    const byFull = groupBy(full, fullKey);
    // One name written with two birth dates is two people. A mention of it without one is the one its
    // own document dates, when that document dates one of them ("X, born …" and later "X"), else the
    // one its collection (documents.collection, by document id) dates, when it dates one; otherwise
    // it could be either, and is left to itself (with the other such mentions) rather than given to
    // the first. Deciding by the document and the collection keeps what another collection holds
    // from splitting a collection's own person in two, which would tell its readers that a namesake
    // exists elsewhere.
    for (const group of byFull.values()) {
        const dated = group.filter((p) => p.m.born);
        for (const same of groupBy(dated, (p) => p.m.born).values())
            for (const p of same)
                uf.union(same[0].m.id, p.m.id);
        const undated = group.filter((p) => !p.m.born);
        if (new Set(dated.map((p) => p.m.born)).size <= 1) {
            for (const p of group)
                uf.union(group[0].m.id, p.m.id);
            continue;
        }
        const datedIn = groupBy(dated, (p) => String(p.m.documentId));
        const collectionOf = (p) => collections.get(p.m.documentId);
        const datedInCollection = groupBy(dated, (p) => collectionOf(p) ?? '');
        const left = [];
        const oneBirth = (list) => new Set(list.map((q) => q.m.born)).size === 1;
        for (const p of undated) {
            const inDocument = datedIn.get(String(p.m.documentId)) ?? [];
            const collection = collectionOf(p);
            const inCollection = collection === undefined ? [] : (datedInCollection.get(collection) ?? []);
            const here = inDocument.length ? inDocument : inCollection;
            if (here.length && oneBirth(here))
                uf.union(here[0].m.id, p.m.id);
            else
                left.push(p);
        }
        for (const p of left)
            uf.union(left[0].m.id, p.m.id);
    }
    // Names by initials: join the one full name of that family they fit, or each other. Only the full
    // names of the collection count: a relative another collection names must not keep a mention from
    // the one person of its collection it fits (which would tell its readers that relative exists).
    const fullByFamily = groupBy([...byFull.values()].map((g) => g[0]), (p) => p.parts.familyKey);
    const familiesOf = documentFamilies(parsed);
    const unresolved = [];
    for (const p of parsed.filter((q) => !q.parts.givenKey)) {
        let fits = (fullByFamily.get(p.parts.familyKey) ?? []).filter((f) => initialsFit(p.parts.initials, f.parts.given));
        // A brother and a sister with the same initial: the family name's ending tells them apart
        // (Sharipov D. is not Dilorom Sharipova).
        const gender = familyNameGender(p.m.normalized);
        if (fits.length > 1 && gender)
            fits = fits.filter((f) => familyNameGender(f.m.normalized) === gender);
        // Still two: the one whose record in the same document lists a day the mention's sentence
        // states ("from 4 May to 9 June Ivanova M. did not cross", under the row of Ivanova Malika).
        if (fits.length > 1) {
            const sharing = fits.filter((f) => byFull.get(fullKey(f)).some((q) => q.m.documentId === p.m.documentId &&
                // The same day written again, not the same words read into both.
                (q.m.record ?? []).some((r) => p.m.near?.some((n) => n.day === r.day && n.at !== r.at))));
            if (sharing.length === 1)
                fits = sharing;
        }
        if (fits.length > 1) {
            const chosen = byCompany(p, fits, byFull, familiesOf);
            if (chosen)
                fits = [chosen];
        }
        if (fits.length === 1)
            uf.union(fits[0].m.id, p.m.id);
        else
            unresolved.push(p);
    }
    const byInitials = groupBy(unresolved, (p) => `${p.parts.familyKey}|${initialKey(p.parts.initials[0] ?? '')}`);
    for (const group of byInitials.values())
        for (const p of group)
            uf.union(group[0].m.id, p.m.id);
    // A given name with the family's initial ("Gulnora S."): the one full name it fits, in its own
    // document if one fits there, else in its collection.
    for (const p of parsed.filter((q) => isInitialFamily(q.parts))) {
        const fitting = [...byFull.values()].filter((g) => g[0].parts.givenKey === p.parts.givenKey &&
            `${initialKey(g[0].parts.family)}.` === p.parts.familyKey);
        const here = fitting.filter((g) => g.some((f) => f.m.documentId === p.m.documentId));
        const fit = here.length === 1
            ? here[0]
            : here.length
                ? undefined
                : fitting.length === 1
                    ? fitting[0]
                    : undefined;
        if (fit)
            uf.union(fit[0].m.id, p.m.id);
    }
    // A spelling a border guard or OCR got a letter or two wrong (GASIMOV for QASIMOV, Рохимова for
    // Рахимова) is the same person when the same birth date stands with both: the evidence says so.
    const withBirth = parsed.filter((p) => p.m.born);
    for (const group of groupBy(withBirth, (p) => p.m.born).values()) {
        for (let i = 0; i < group.length; i++)
            for (let j = i + 1; j < group.length; j++)
                if (alike(group[i].m, group[j].m))
                    uf.union(group[i].m.id, group[j].m.id);
    }
    // The same passport number written with two spellings of one name (a border guard's typo, another
    // script, a name by initials): the evidence says so, as a birth date does.
    for (const [a, b] of passportPairs(parsed))
        uf.union(a.m.id, b.m.id);
    joinLooseSpellings(byFull, uf);
    const misread = joinMisreadGivenNames(byFull, uf);
    // A woman's maiden and married names: the same given name and the same birth date.
    for (const group of groupBy(withBirth, (p) => `${p.m.born}|${p.parts.givenKey ?? ''}`).values())
        if (group[0].parts.givenKey && !isInitialFamily(group[0].parts))
            for (const p of group)
                if (!isInitialFamily(p.parts))
                    uf.union(group[0].m.id, p.m.id);
    // … and through them the full names their clusters already hold.
    parsed.push(...joinKin(kin, byFull, uf));
    return { people: [...groupBy(parsed, (p) => String(uf.find(p.m.id))).values()], misread };
}
/**
 * The pairs of local people (indices into `locals`, each one collection's person) of different
 * collections to join: those whose full names (family and given name by consonant key; not names by
 * initials, relatives named by kinship or misread given names) share one with no birth date against
 * it (one of them undated, or both born the same day), those born the same day with a full name a
 * letter or two off (alike), and those written with the same passport number under names that fit
 * (passportPairs). The evidence is what both sides carry; the weaker kinds (loose keys, one-letter
 * given names, maiden names, initials, the company of families) join only inside a collection. Local
 * people so linked are joined only as a whole group of the links (a connected component) in which
 * every two are linked directly and no collection has two people: otherwise nobody of the group is
 * joined, so that no join rests on a third collection (which a reader of two may not read) and a
 * collection's own people never become one through another's. Deterministic, whatever the order.
 */
function crossLinks(locals, misread, collectionOf) {
    const info = locals.map((person) => {
        const full = person.filter((p) => p.parts.givenKey && !isInitialFamily(p.parts) && !p.m.kin && !misread.has(p.m.id));
        return {
            collection: collectionOf(person[0].m.documentId),
            born: person.find((p) => p.m.born)?.m.born,
            full,
            names: new Set(full.map((p) => `${p.parts.familyKey}|${p.parts.givenKey}`)),
            // Mentions written with a passport, as the people stage ties them (not kin: their family name
            // is inferred; not misreadings).
            holders: person.filter((p) => p.m.passports?.length && !p.m.kin && !misread.has(p.m.id)),
        };
    });
    const linked = new Set();
    const pair = (i, j) => (i < j ? `${i}|${j}` : `${j}|${i}`);
    const consider = (i, j, evidence) => {
        const [a, b] = [info[i], info[j]];
        if (i === j || a.collection === b.collection || linked.has(pair(i, j)))
            return;
        if (a.born && b.born && a.born !== b.born)
            return;
        if (evidence())
            linked.add(pair(i, j));
    };
    const byName = new Map();
    info.forEach((x, i) => {
        for (const n of x.names)
            byName.set(n, [...(byName.get(n) ?? []), i]);
    });
    for (const group of byName.values())
        for (let x = 0; x < group.length; x++)
            for (let y = x + 1; y < group.length; y++)
                consider(group[x], group[y], () => true);
    const dated = [...info.keys()].filter((i) => info[i].born && info[i].full.length);
    for (const group of groupBy(dated, (i) => info[i].born).values())
        for (let x = 0; x < group.length; x++)
            for (let y = x + 1; y < group.length; y++) {
                const [i, j] = [group[x], group[y]];
                consider(i, j, () => info[i].full.some((p) => info[j].full.some((q) => alike(p.m, q.m))));
            }
    // The same passport number with two spellings of one name (passportPairs), both sides' own.
    const ofMention = new Map();
    info.forEach((x, i) => {
        for (const p of x.holders)
            ofMention.set(p.m.id, i);
    });
    for (const [a, b] of passportPairs(info.flatMap((x) => x.holders)))
        consider(ofMention.get(a.m.id), ofMention.get(b.m.id), () => true);
    // The groups of linked local people, each joined only when whole and direct.
    const root = locals.map((_, i) => i);
    const find = (i) => (root[i] === i ? i : (root[i] = find(root[i])));
    for (const key of linked) {
        const [i, j] = key.split('|').map(Number);
        root[find(i)] = find(j);
    }
    const out = [];
    for (const group of groupBy([...linked].flatMap((k) => k.split('|').map(Number)), (i) => String(find(i))).values()) {
        const members = [...new Set(group)];
        const oneEach = new Set(members.map((i) => info[i].collection)).size === members.length;
        const direct = members.every((i, x) => members.slice(x + 1).every((j) => linked.has(pair(i, j))));
        if (oneEach && direct)
            for (const j of members.slice(1))
                out.push([members[0], j]);
    }
    return out;
}
/**
 * Pairs of mentions written with one passport (samePassport: the same number, the same issuing state
 * or one not told) whose names are one person's (passportNamesFit). People renew passports, so
 * different numbers tell nothing; and the same number under another given name or with another
 * birth date (the union checks those) is a wrong tie or a typo, never a join. Names with the
 * family's initial only are left out: too little of the name to check. Pairs in a stable order.
 */
function passportPairs(parsed) {
    const holders = parsed.filter((p) => p.m.passports?.length && !isInitialFamily(p.parts));
    const byNumber = new Map();
    for (const p of holders)
        for (const n of new Set(p.m.passports.map(passportNumber)))
            byNumber.set(n, [...(byNumber.get(n) ?? []), p]);
    const out = [];
    for (const group of byNumber.values())
        for (let i = 0; i < group.length; i++)
            for (let j = i + 1; j < group.length; j++) {
                const [a, b] = [group[i], group[j]];
                const shared = a.m.passports.some((x) => b.m.passports.some((y) => samePassport(x, y)));
                const born = !a.m.born || !b.m.born || a.m.born === b.m.born;
                if (shared && born && passportNamesFit(a.parts, b.parts))
                    out.push([a, b]);
            }
    return out;
}
/**
 * Whether two names can be one person's, as a shared passport needs: the same family by consonant
 * or loose key, or a letter or two off, in the same gender form where the endings tell one (Nazarov
 * R. is not Rano Nazarova); and given names that do not contradict (the same key, a letter or two off
 * when not both are given names of the lists, or initials that fit; two names by initials need the
 * same first initial).
 */
function passportNamesFit(a, b) {
    const [fa, fb] = [familyNameGender(a.family), familyNameGender(b.family)];
    if (fa && fb && fa !== fb)
        return false;
    const near = (x, y) => {
        const [u, v] = [latinWord(x), latinWord(y)];
        return Math.min(u.length, v.length) >= 4 && edits(u, v) <= 2;
    };
    const family = a.familyKey === b.familyKey ||
        looseKey(a.familyKey) === looseKey(b.familyKey) ||
        near(a.family, b.family);
    if (!family)
        return false;
    const [ga, gb] = [a.given[0], b.given[0]];
    if (ga && gb) {
        if (a.givenKey === b.givenKey || looseKey(a.givenKey ?? '') === looseKey(b.givenKey ?? ''))
            return true;
        // Two given names of the lists are two names, however close (Maria and Marta); a misspelling
        // (Zofar for Zafar) is no name of them.
        return !(isGivenName(ga) && isGivenName(gb)) && near(ga, gb);
    }
    if (ga)
        return initialsFit(b.initials, a.given);
    if (gb)
        return initialsFit(a.initials, b.given);
    return initialKey(a.initials[0] ?? '') === initialKey(b.initials[0] ?? '');
}
const latinWord = (w) => latinize(foldAccents(w)).replace(/[^a-z]/g, '');
/**
 * Relatives a writer named by a kinship noun and a given name ("my daughter Zarina"), each joined to
 * the one person named in full with that family and given name (any gender form of the family name:
 * the keys hold none) whose name agrees with the kinship noun's gender: the family name ending and
 * the given name's listed gender, where either tells one. Answers the mentions so joined; the others
 * name no person: a family name inferred is no evidence that someone of that name exists.
 */
function joinKin(kin, byFull, uf) {
    const out = [];
    for (const p of kin) {
        const group = (byFull.get(`${p.parts.familyKey}|${p.parts.givenKey}`) ?? []).filter((q) => {
            const family = familyNameGender(q.m.normalized);
            const given = givenGender(q.parts.given[0] ?? '');
            return ((!family || family === p.m.kin) &&
                (given !== 'f' && given !== 'm' ? true : given === p.m.kin));
        });
        const people = new Set(group.map((q) => uf.find(q.m.id)));
        if (people.size !== 1)
            continue;
        uf.union(group[0].m.id, p.m.id);
        if (uf.find(p.m.id) === uf.find(group[0].m.id))
            out.push(p);
    }
    return out;
}
/**
 * An editor's merge in their collections: the mentions of those collections' documents that the
 * person of `a` and the person of `b` hold there become one person, apart from the mentions of
 * other collections, which stay with the people they were (so that a reader of another collection
 * sees their people as before, and the editor's result is the same whatever other collections hold).
 */
function scopedMerge(clusters, d, inScope, decided) {
    const holding = (key) => clusters.find((c) => c.some((p) => inScope(p) && hasVariant(p, key)));
    const [a, b] = [holding(d.a), holding(d.b)];
    if (!a || !b || a === b)
        return clusters;
    const joined = [...a.filter(inScope), ...b.filter(inScope)];
    decided.add(joined);
    const rest = [a, b].flatMap((c) => {
        const left = c.filter((p) => !inScope(p));
        if (left.length && decided.has(c))
            decided.add(left);
        return left.length ? [left] : [];
    });
    return [...clusters.filter((c) => c !== a && c !== b), ...rest, joined];
}
/** An editor's split in their collections: those collections' mentions written `a` leave b's person. */
function scopedSplit(cluster, d, inScope, decided) {
    if (!cluster.some((p) => hasVariant(p, d.b)))
        return [cluster];
    const out = cluster.filter((p) => inScope(p) && ownKey(p) === d.a);
    if (!out.length || out.length === cluster.length)
        return [cluster];
    const stays = cluster.filter((p) => !out.includes(p));
    if (decided.has(cluster))
        decided.add(stays);
    decided.add(out);
    return [stays, out];
}
/** The family keys each document names anyone by. */
function documentFamilies(parsed) {
    const out = new Map();
    for (const p of parsed)
        if (!isInitialFamily(p.parts)) {
            const set = out.get(p.m.documentId) ?? new Set();
            set.add(p.parts.familyKey);
            out.set(p.m.documentId, set);
        }
    return out;
}
/**
 * Of the relatives an initial fits, the one the other families of its document are seen with
 * elsewhere: collective disambiguation, as entity linkers weigh the coherence of a document's
 * entities (Hoffart et al. 2011, "Robust disambiguation of named entities in text", EMNLP). A
 * decision naming "the sister, Yuldasheva Z., and her husband, Rahimov B." means the Yuldasheva whose
 * own documents name the Rahimovs. Chosen only when that relative's documents hold them at least
 * twice and three times as often as any other's; otherwise undefined.
 */
function byCompany(p, fits, byFull, familiesOf) {
    const company = [...(familiesOf.get(p.m.documentId) ?? [])].filter((f) => f !== p.parts.familyKey);
    if (company.length === 0)
        return undefined;
    const scored = fits
        .map((f) => {
        const docs = new Set(byFull.get(`${f.parts.familyKey}|${f.parts.givenKey}`).map((q) => q.m.documentId));
        docs.delete(p.m.documentId);
        const seen = [...docs].filter((d) => company.some((c) => familiesOf.get(d)?.has(c)));
        return { f, score: seen.length };
    })
        .sort((a, b) => b.score - a.score);
    const [best, next] = [scored[0], scored[1]];
    return best.score >= 2 && best.score >= 3 * next.score ? best.f : undefined;
}
/**
 * A given name OCR or a typist got one letter wrong (Вахтиёр for Бахтиёр, Dauron for Davron) is the
 * one relative of that family it is a letter from, when it is no given name of its own (the name
 * lists of core/names/given-names.ts: Arina is not a misread Irina), stands in one document only,
 * and that relative is written in two documents or more. Compared as written (the words of the
 * mentions' texts), so a misread letter is one edit in its own script. Different birth dates still
 * keep them apart (the union checks). Answers the ids of the mentions so joined: their spelling is
 * a misreading, which search still finds the person by but the person's spellings do not show.
 */
function joinMisreadGivenNames(byFull, uf) {
    const misread = new Set();
    const words = (ps) => new Set(ps.flatMap((p) => p.m.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => [...w].length >= 4)));
    const documents = (ps) => new Set(ps.map((p) => p.m.documentId)).size;
    for (const groups of groupBy([...byFull.values()], (g) => g[0].parts.familyKey).values()) {
        if (groups.length < 2)
            continue;
        const people = groupBy(groups.flat(), (p) => String(uf.find(p.m.id)));
        for (const g of groups) {
            const own = people.get(String(uf.find(g[0].m.id)));
            const given = g[0].parts.given[0] ?? '';
            if (documents(own) !== 1 || isGivenName(given))
                continue;
            const gender = familyNameGender(g[0].m.normalized);
            const mine = words(g);
            const near = [...people.values()].filter((other) => other !== own &&
                documents(other) >= 2 &&
                (!gender ||
                    other.every((q) => (familyNameGender(q.m.normalized) ?? gender) === gender)) &&
                [...words(other)].some((w) => [...mine].some((v) => edits(v, w) === 1)));
            if (near.length !== 1)
                continue;
            uf.union(near[0][0].m.id, g[0].m.id);
            if (uf.find(g[0].m.id) === uf.find(near[0][0].m.id))
                for (const p of g)
                    misread.add(p.m.id);
        }
    }
    return misread;
}
/**
 * Latin spellings lose what tells sibilants apart: a register without diacritics writes Žemaitis as
 * Zemaitis, German writes both ж and ш as sch (Schachnosa for Шахноза). A full name spelled in Latin
 * letters joins the one other person whose full name has the same loose keys (core/names/keys.ts);
 * where that key names three people or more, or both are written only in Cyrillic, nothing is
 * joined. Spellings joined already by other evidence (the same birth date) are one person here.
 */
function joinLooseSpellings(byFull, uf) {
    const groups = groupBy([...byFull.values()], (g) => {
        const { familyKey, givenKey } = g[0].parts;
        return `${looseKey(familyKey)}|${looseKey(givenKey ?? '')}`;
    });
    for (const alike of groups.values()) {
        // Spellings other evidence already joined (a birth date) count as one person.
        // (A name can stand for two people written with different birth dates: each is counted.)
        const people = [...groupBy(alike.flat(), (p) => String(uf.find(p.m.id))).values()];
        if (people.length !== 2)
            continue;
        const [a, b] = people;
        const latin = (g) => g.some((p) => !hasCyrillic(p.m.text));
        if (latin(a) || latin(b))
            uf.union(a[0].m.id, b[0].m.id);
    }
}
/** Two spellings of one name, a letter or two apart in each word (in any order, as written or as normalized). */
function alike(a, b) {
    const forms = (m) => [m.text, m.normalized].map((t) => latinize(foldAccents(t))
        .split(/[^a-z]+/u)
        .filter((w) => w.length > 1));
    return forms(a).some((x) => forms(b).some((y) => wordsAlike(x, y)));
}
function wordsAlike(x, y) {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    if (short.length < 2)
        return false;
    const used = new Set();
    let total = 0;
    for (const w of short) {
        let best = -1;
        let bestD = 3;
        long.forEach((v, k) => {
            const d = used.has(k) ? 3 : edits(w, v);
            if (d < bestD)
                [best, bestD] = [k, d];
        });
        if (best < 0)
            return false;
        used.add(best);
        total += bestD;
    }
    return total <= 3;
}
/** Levenshtein distance, enough for names. */
function edits(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/**
 * Only the last decision about a pair counts where it holds: a split after a merge undoes it. A
 * decision that holds everywhere (an admin's) overrides every earlier one about the pair; an
 * editor's holds in its collections, over earlier decisions there, and is applied after those that
 * hold everywhere (so an admin's merge stays whole outside them). Answers the decisions that hold
 * everywhere, and the editors', oldest first, each with the collections where it still holds.
 */
function latestDecisions(decisions) {
    const covered = new Map();
    const everywhere = [];
    const scoped = [];
    for (const d of [...decisions].reverse()) {
        const pair = [d.a, d.b].sort().join('\u0000');
        const later = covered.get(pair) ?? new Set();
        if (later === 'all')
            continue;
        if (!d.collections) {
            everywhere.push(d);
            covered.set(pair, 'all');
            continue;
        }
        const here = new Set(d.collections.filter((c) => !later.has(c)));
        if (!here.size)
            continue;
        scoped.push({ ...d, scope: here });
        covered.set(pair, new Set([...later, ...here]));
    }
    return { everywhere, scoped: scoped.reverse() };
}
function variantIndex(parsed) {
    const out = new Map();
    for (const p of parsed) {
        for (const v of cleanVariants(p.m)) {
            const k = variantKey(v);
            const list = out.get(k);
            if (list)
                list.push(p.m.id);
            else
                out.set(k, [p.m.id]);
        }
    }
    return out;
}
function hasVariant(p, key) {
    return cleanVariants(p.m).some((v) => variantKey(v) === key);
}
/** The spelling a mention stands for: its words as written, or its normalized form when those are not clean. */
function ownKey(p) {
    const vs = cleanVariants(p.m);
    return variantKey(vs[vs.length - 1] ?? p.m.normalized);
}
function split(cluster, d) {
    if (!cluster.some((p) => hasVariant(p, d.b)))
        return [cluster];
    const out = cluster.filter((p) => ownKey(p) === d.a);
    if (!out.length || out.length === cluster.length)
        return [cluster];
    return [cluster.filter((p) => !out.includes(p)), out];
}
function describe(cluster, misread) {
    const counts = new Map();
    for (const p of cluster.filter((q) => !misread.has(q.m.id))) {
        const c = counts.get(p.m.normalized) ?? { n: 0, docs: new Set(), latin: 0 };
        c.n++;
        c.docs.add(p.m.documentId);
        // A spelling someone wrote in Latin script (a passport, a foreign record) beats our transliteration
        // of a Cyrillic one: it is the name the person travels under and other archives hold.
        if (!hasCyrillic(p.m.text))
            c.latin++;
        counts.set(p.m.normalized, c);
    }
    // A full name names the person before a name by initials or with only the family's initial.
    const full = (name) => {
        const parts = parseName(name);
        return !parts?.givenKey ? 0 : isInitialFamily(parts) ? 1 : 2;
    };
    const name = [...counts.entries()].sort(([a, x], [b, y]) => full(b) - full(a) ||
        y.latin - x.latin ||
        y.docs.size - x.docs.size ||
        y.n - x.n ||
        a.localeCompare(b))[0][0];
    // The spellings shown are the person's name and the spellings the documents write; each mention's
    // own romanization is not one (ГОСІМЗОДА read as Ukrainian gives a spelling nobody uses), but its
    // words still find the person in search.
    const variants = new Map([[variantKey(name), name]]);
    const spellings = new Map(variants);
    for (const p of cluster)
        for (const v of cleanVariants(p.m)) {
            const k = variantKey(v);
            if (!spellings.has(k))
                spellings.set(k, v);
            const written = !misread.has(p.m.id) && (v !== p.m.normalized || k === variantKey(p.m.text));
            if (written && !variants.has(k))
                variants.set(k, v);
        }
    return {
        name,
        variants: [...variants.values()],
        spellings: [...spellings.values()],
        mentionIds: cluster.map((p) => p.m.id),
        documentIds: [...new Set(cluster.map((p) => p.m.documentId))].sort((a, b) => a - b),
    };
}
/**
 * A person key is random (128 bits, hex): it stands in URLs, the API and exports, where a key made
 * of the name would spell out the name of someone in a collection the reader may not read, and a
 * namesake's number would tell that another person of that name exists somewhere. A person keeps
 * the key they had: the one most of their mentions had (in the order of how many), else the one key
 * of the person who had their name, unless another person took it; an old key in another form is
 * never kept.
 */
function named(described, previous) {
    const sorted = described.sort((a, b) => b.mentionIds.length - a.mentionIds.length || a.name.localeCompare(b.name));
    const keys = new Map();
    const taken = new Set();
    const byMention = [];
    sorted.forEach((c, i) => {
        const counts = new Map();
        for (const id of c.mentionIds) {
            const k = previous.byMention.get(id);
            if (k && isPersonKey(k))
                counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        // A person an editor's decision made in their collections keeps a key only when it is the one
        // all their mentions had (the decision made before); otherwise it gets a new one, and the
        // people left outside those collections keep theirs. Taking the key of a person whose mentions
        // all moved would tell the editor that no other collection names them.
        if (c.decided && counts.size > 1)
            return;
        for (const [key, n] of counts)
            byMention.push({ i, key, n, decided: c.decided, made: previous.decided?.has(key) ?? false });
    });
    // People no decision made choose first, and the keys no decision made first: mentions a decision
    // had moved that rejoin their people (the decision undone) leave those people their own key.
    const order = (a, b) => Number(a.decided) - Number(b.decided) ||
        Number(a.made) - Number(b.made) ||
        b.n - a.n ||
        a.i - b.i;
    for (const { i, key } of byMention.sort(order))
        if (!keys.has(i) && !taken.has(key)) {
            keys.set(i, key);
            taken.add(key);
        }
    sorted.forEach((c, i) => {
        if (keys.has(i) || c.decided)
            return;
        const key = keptByName(c, previous, taken);
        if (key) {
            keys.set(i, key);
            taken.add(key);
        }
    });
    return sorted.map((c, i) => {
        let key = keys.get(i);
        while (!key) {
            const fresh = newPersonKey();
            if (!taken.has(fresh))
                key = fresh;
        }
        taken.add(key);
        return { key, ...c };
    });
}
/** The key of the one person who had this name (of namesakes, the one most of whose documents are this one's), if free. */
function keptByName(c, previous, taken) {
    const had = (previous.byName.get(c.name) ?? []).filter((p) => isPersonKey(p.key));
    if (had.length === 1)
        return taken.has(had[0].key) ? undefined : had[0].key;
    const mine = new Set(c.documentIds);
    const shared = had
        .map((p) => ({ key: p.key, n: p.documentIds.filter((d) => mine.has(d)).length }))
        .sort((a, b) => b.n - a.n);
    const best = shared[0];
    if (!best?.n || shared[1]?.n === best.n || taken.has(best.key))
        return undefined;
    return best.key;
}
export const PERSON_KEY = /^[0-9a-f]{32}$/;
/** A key of the form people are given now (not an old one made of the name). */
const isPersonKey = (key) => PERSON_KEY.test(key);
const newPersonKey = () => randomBytes(16).toString('hex');
//# sourceMappingURL=cluster.js.map