// Birth dates of person mentions, read from where documents write them: right after the name (a
// register's row, a charge's "Family Given, 21 August 1990 born") or on a form's labelled line. The
// people stage keeps namesakes with different birth dates apart by them; the case reports the likely
// identity conflicts they reveal (identity.ts).
import { groupBy } from '../core/group.js';
import type { MentionRow } from '../store/people.js';

/**
 * Person mentions, each with the birth date written with the name: the next date within 24
 * characters (a register's row, a charge's "Family Given, 21 August 1990 born"; a table's next column
 * may hold another's date), or the one date the extractor read as a birth date ("Date of birth: …"
 * on the lines of a form) within 200 characters and before the next person named. Either lies at least
 * 14 years before the document's latest date: no event a person takes part in is that old.
 */
export function withBirthDates(rows: MentionRow[]): DatedMention[] {
  const dates = rows.filter((r) => r.type === 'date' && /^\d{4}-\d\d-\d\d$/.test(r.normalized));
  const latest = new Map<number, number>();
  for (const d of rows.filter((r) => r.type === 'date'))
    latest.set(
      d.documentId,
      Math.max(latest.get(d.documentId) ?? 0, Number(d.normalized.slice(0, 4)) || 0),
    );
  const persons = rows.filter((r) => r.type === 'person');
  // Each mention is compared with those of its own page only: the rows are the whole archive's.
  const pageOf = (r: MentionRow) => `${r.documentId}|${r.page}`;
  const datesOn = groupBy(dates, pageOf);
  const personsOn = groupBy(persons, pageOf);
  return persons.map((p) => {
    const after = (datesOn.get(pageOf(p)) ?? [])
      .filter((d) => d.start >= p.end && d.start - p.end <= 200)
      .sort((a, b) => a.start - b.start);
    const isOld = (d: MentionRow) =>
      Number(d.normalized.slice(0, 4)) <= (latest.get(p.documentId) ?? 0) - 14;
    // Two old dates side by side are a form's two columns (a groom's and a bride's birth dates):
    // which is whose the text order does not tell.
    const paired = (d: MentionRow) =>
      after.some((o) => o !== d && isOld(o) && o.start - d.end <= 3 && d.start - o.end <= 3);
    const nextPerson = (personsOn.get(pageOf(p)) ?? [])
      .filter((o) => o !== p && o.start >= p.end)
      .reduce((min, o) => Math.min(min, o.start), Infinity);
    const labelled = after.find((d) => d.attributes?.role === 'birth' && d.start < nextPerson);
    const next = after[0] && after[0].start - p.end <= 24 ? after[0] : labelled;
    const born = next && isOld(next) && !paired(next) ? next.normalized : undefined;
    const { near, record } = datesAround(
      p,
      datesOn.get(pageOf(p)) ?? [],
      personsOn.get(pageOf(p)) ?? [],
      nextPerson,
    );
    return {
      id: p.id,
      documentId: p.documentId,
      text: p.text,
      normalized: p.normalized,
      ...(born ? { born } : {}),
      ...(near.length ? { near } : {}),
      ...(record.length ? { record } : {}),
      ...(kinOf(p) ? { kin: kinOf(p) } : {}),
    };
  });
}

/** The gender of a relative named by a kinship noun and a given name (ingest/extract/kinship.ts). */
function kinOf(p: MentionRow): 'f' | 'm' | undefined {
  const a = p.attributes;
  if (a?.source !== 'kinship') return undefined;
  return a.gender === 'f' || a.gender === 'm' ? a.gender : undefined;
}

/** A person mention as the people stage clusters it (ingest/people/cluster.ts). */
export interface DatedMention {
  id: number;
  documentId: number;
  /** The words as they stand in the page. */
  text: string;
  /** "Given Family" or "I. I. Family" in Latin script. */
  normalized: string;
  /** The birth date written with the name ("… 11.07.1988 р. н.", "Date of birth: …"), ISO. */
  born?: string;
  /** The days its sentence states, and the days of the record listed under it (datesAround). */
  near?: DateAt[];
  record?: DateAt[];
  /**
   * A relative a writer named by a kinship noun and a given name, with the gender of the noun: the
   * family name was inferred from the writer's, so the mention only joins a person named in full.
   */
  kin?: 'f' | 'm';
}

/** A day written on a page, and which date mention writes it. */
interface DateAt {
  day: string;
  at: number;
}

/** How far around a name the dates of its sentence, and under it the dates of its record, are sought (characters). */
const SENTENCE_REACH = 120;
const RECORD_REACH = 200;

/**
 * The days written around a person mention on its page, as the people stage tells relatives apart
 * by them: `near`, those of its own sentence (within SENTENCE_REACH before or after, no other name
 * between: "from 4 May to 9 June citizen Ivanova M. did not cross"), and `record`, those after it up
 * to the next name (within RECORD_REACH: the rows a printout lists under a name). ISO days, each
 * with its date mention: the same words can fall in one name's record and the next one's sentence.
 * `nextStart`: where the next name on the page begins (withBirthDates has found it already).
 */
function datesAround(
  p: MentionRow,
  dates: MentionRow[],
  persons: MentionRow[],
  nextStart: number,
): { near: DateAt[]; record: DateAt[] } {
  const prevEnd = persons
    .filter((o) => o !== p && o.end <= p.start)
    .reduce((max, o) => Math.max(max, o.end), -Infinity);
  const days = (list: MentionRow[]) => list.map((d) => ({ day: d.normalized, at: d.id }));
  const after = (reach: number) =>
    dates.filter((d) => d.start >= p.end && d.end <= nextStart && d.start - p.end <= reach);
  const before = dates.filter(
    (d) => d.end <= p.start && d.start >= prevEnd && p.start - d.end <= SENTENCE_REACH,
  );
  return { near: days([...before, ...after(SENTENCE_REACH)]), record: days(after(RECORD_REACH)) };
}
