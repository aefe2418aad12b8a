// Sports results and standings name teams after their towns (Leeds 2 Hull 1; BOSTON 69 65 .515 5):
// the gazetteer reads the town, but on such a row the name is the team, an organization. Two row shapes
// say so, each only when the page has at least two rows of it (a table, not a sentence that happens to
// hold figures):
//   a result     NAME score NAME score …       (two names, each followed by a score of 1–3 digits)
//   a standing   NAME figure figure figure …   (a name, then only figures: won, lost, percentage …)
// A name is one to three capitalised words. Elsewhere on the same page the same name is the team too,
// unless a locative preposition stands before it (in Leeds, AT LEEDS, в Бостоне, w Lublinie) or a
// date follows it (a dateline: LEEDS 1996-08-30).
import { foldAccents } from '../../core/text/fold.js';
const NAME = String.raw `\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}`;
const SCORE = String.raw `\d{1,3}`;
const RESULT = new RegExp(String.raw `^[ \t]*(${NAME})[ \t]+${SCORE}[ \t]+(${NAME})[ \t]+${SCORE}(?![\d.,:/-])`, 'gmu');
// Figures: integers, a percentage written .515 or 0.515, a half (1/2), a dash for none.
const FIGURE = String.raw `(?:\d{1,3}(?:[.,]\d{1,3})?|[.,]\d{1,3}|\d/\d|-)`;
const STANDING = new RegExp(String.raw `^[ \t]*(${NAME})(?:[ \t]+${FIGURE}){3,}[ \t]*$`, 'gmu');
/** The spans of the team names on result and standing rows of a page (offsets into `text`). */
export function teamNames(text) {
    const rows = (re, groups) => {
        const out = [];
        for (const m of text.matchAll(re)) {
            let from = m.index;
            for (const g of groups) {
                const start = text.indexOf(m[g], from);
                out.push({ start, end: start + m[g].length });
                from = start + m[g].length;
            }
        }
        // One row is a sentence's figures, two or more a table.
        return out.length >= 2 * groups.length ? out : [];
    };
    return [...rows(RESULT, [1, 2]), ...rows(STANDING, [1])];
}
// Prepositions that say where (a town, not its team): en, fr, de, pl, ru, uk.
const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|from|à|au|près de|bei|nach|aus|w|we|koło|pod|в|во|у|из|под|біля|з|із)[ \t]+$/iu;
// A date right after a name: a dateline (LEEDS 1996-08-30, Leeds, 30 August).
const DATELINE = /^[ \t]*,?[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+\p{L}{3,}[ \t]+\d{4})/u;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
/**
 * Places that are teams (over a team name on a row, or the same name elsewhere on the page, not after
 * a locative preposition nor before a date) are dropped; the team names on rows that were read as
 * places are returned as organizations where no organization in `organizations` holds them (a row
 * label that no reader took for a place, "Tel. 22 33 44", stays nothing).
 * @returns the places kept and the teams found (type organization, source "team row").
 */
export function teamsOverPlaces(text, places, organizations) {
    const spans = teamNames(text);
    if (!spans.length)
        return { places: [...places], teams: [] };
    const key = (s) => foldAccents(s.replace(/\s+/g, ' '));
    const names = new Set(spans.map((s) => key(text.slice(s.start, s.end))));
    const team = (p) => spans.some((s) => overlaps(s, p)) ||
        (names.has(key(p.text)) &&
            !LOCATIVE.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
            !DATELINE.test(text.slice(p.end, p.end + 24)));
    const teams = spans
        .filter((s) => places.some((p) => overlaps(p, s)) && !organizations.some((o) => overlaps(o, s)))
        .map((s) => {
        const surface = text.slice(s.start, s.end);
        return {
            type: 'organization',
            text: surface,
            normalized: surface.replace(/\s+/g, ' '),
            start: s.start,
            end: s.end,
            attributes: { source: 'team row' },
        };
    });
    return { places: places.filter((p) => !team(p)), teams };
}
//# sourceMappingURL=team-rows.js.map