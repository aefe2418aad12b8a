// Runs the extractors over one page, in an order that lets later ones see what earlier ones found:
// passports first (an MRZ also yields its holder and dates), then dates, places, organizations, and
// persons last, which must not claim words that name a place or an organization. The NER model's
// spans (ner.ts) confirm places and add persons and organizations beside the rules (model-candidates.ts).
// They read the page with line-end hyphenation undone (core/text/hyphenation.ts; a word in capitals
// is joined only when it is a known name, core/names/known-names.ts), and every span is mapped back to
// the page text as stored: `Душан-⏎бе` is found as Dushanbe at the offsets of `Душан-⏎бе`.
import { isWorldRegion } from '../../core/geo/world-regions.js';
import { isKnownName } from '../../core/names/known-names.js';
import { dehyphenate, originalSpan } from '../../core/text/hyphenation.js';
import { datelinePlaces } from './datelines.js';
import { findDates } from './dates.js';
import { findFormPersons } from './forms.js';
import {
  arbitrateOrganizations,
  institutionPlaces,
  arbitratePersons,
  modelOrganizations,
  modelPersons,
  modelPlaces,
  modelPlaceSpans,
  splitModelPersons,
  vetoPlaces,
  widenPlaces,
} from './model-candidates.js';
import { findNamedEntities } from './ner.js';
import { findOrganizations } from './organizations.js';
import { bodiesOfPlaces } from './organization-bodies.js';
import { afterOwnerPlace } from './organization-owners.js';
import { ownerlessSubdivision } from './organization-subdivisions.js';
import { completeNamedOrganizations } from './organization-tails.js';
import { findPassports } from './passports.js';
import { findPersons } from './persons.js';
import { findPlaces } from './places.js';
import { findCheckpoints } from './places/checkpoints.js';
import { teamsOverPlaces } from './team-rows.js';
import type { DocumentContext, Found } from './types.js';

/** The gazetteer's name for a span that is one place name and nothing more. */
function wholePlace(surface: string): string | undefined {
  const [only, ...more] = findPlaces(surface, [{ start: 0, end: surface.length }]);
  return only && !more.length && only.start === 0 && only.end === surface.length
    ? only.normalized
    : undefined;
}

/**
 * A place name that is the first half of a compound modifier (Boston-based, Amman-bound, Hong
 * Kong-listed, France-registered) describes something else: the sentence is not about the place.
 * The second half is an adjective or participle by its ending (English -ed/-en/-ing and -bound,
 * -born, -wide; German -iert…, -ig…; Polish adjective endings; French participles). A place before
 * a noun (a checkpoint "Lviv-airport", "Rzeszów-lotnisko", a Cyrillic "-аеропорт") stays, and so does
 * a name whose own parts are joined by hyphens and a lower-case word (Stratford-upon-Avon,
 * Ростов-на-Дону), which goes on past it with another hyphen.
 */
const MODIFIER_HALF =
  /^-(?=\p{Script=Latin}{3,}(?![\p{L}-]))\p{Script=Latin}*(?:ed|en|ing|bound|born|wide|iert\p{Ll}*|ig|ige[mnrs]?|[cn]y|[cn]a|[cn]e|owy|owa|owe|é|ée|és|ées)(?![\p{L}-])/u;
function modifierHalf(text: string, f: Found): boolean {
  return MODIFIER_HALF.test(text.slice(f.end, f.end + 40));
}

const overlapping = (a: Found, b: Found) => a.start < b.end && b.start < a.end;

export function extractPage(text: string, ctx: DocumentContext): Found[] {
  const view = dehyphenate(text, isKnownName);
  const t = view.text;
  const passports = findPassports(t, ctx);
  const dates = findDates(t, ctx);
  // An organization the model ends on an unfinished phrase ("… по борьбе") takes its complement.
  // A place or a second name the model runs into a person's name is cut off (splitModelPersons).
  const named = splitModelPersons(
    t,
    completeNamedOrganizations(t, findNamedEntities(t)),
    wholePlace,
  );
  // A town in capitals opening a news item before its date is a place whatever the model reads.
  const datelines = datelinePlaces(t, dates, wholePlace);
  const gazetteerPlaces = [
    ...datelines,
    ...widenPlaces(
      t,
      vetoPlaces(findPlaces(t, modelPlaceSpans(t, named)), named, t),
      named,
      wholePlace,
    ).filter((f) => !modifierHalf(t, f) && !datelines.some((d) => overlapping(d, f))),
  ];
  const allPlaces = [
    ...gazetteerPlaces,
    ...findCheckpoints(t).filter((c) => !gazetteerPlaces.some((p) => overlapping(p, c))),
  ];
  // A crossing point's quoted name is the crossing, not an institution named in quotes.
  const shapeOrganizations = arbitrateOrganizations(t, findOrganizations(t), named).filter(
    (o) => !allPlaces.some((p) => p.attributes?.source === 'checkpoint' && overlapping(p, o)),
  );
  // A town's name on the rows of a results or standings table is its team (team-rows.ts).
  const { places, teams } = teamsOverPlaces(t, allPlaces, shapeOrganizations);
  // A body noun before a place (мэрии Тулы, ambasady Norwegii) names that place's institution.
  // The model's organization over it, at any margin, is the longer name (Генеральная прокуратура X).
  const bodies = bodiesOfPlaces(t, places).filter(
    (b) =>
      ![...shapeOrganizations, ...teams].some((o) => overlapping(o, b)) &&
      !named.some((e) => e.type === 'organization' && e.start < b.end && b.start < e.end),
  );
  const ruleOrganizations = [...shapeOrganizations, ...teams, ...bodies];
  const formPersons = findFormPersons(t);
  const rulePersons = [
    ...formPersons,
    ...arbitratePersons(
      t,
      findPersons(t, ctx, [...places, ...ruleOrganizations, ...dates, ...formPersons], named),
      named,
      ctx,
    ),
  ];
  const namedOrganizations = [
    ...ruleOrganizations,
    ...modelOrganizations(t, named, [...ruleOrganizations, ...rulePersons, ...passports], places),
  ];
  // A directorate or division named without its institution (Следственное управление) is none.
  // One after a place's possessive (Kazakhstan's Supreme Court) is named after the place.
  const organizations = afterOwnerPlace(
    t,
    namedOrganizations.filter((o) => !ownerlessSubdivision(t, o, places)),
    places,
  );
  const persons = [
    ...rulePersons,
    ...modelPersons(t, named, [...rulePersons, ...places, ...organizations, ...passports], ctx),
  ];
  const modelOnlyPlaces = modelPlaces(
    t,
    named,
    [...places, ...organizations, ...persons, ...passports, ...dates],
    ctx,
  ).filter((f) => !modifierHalf(t, f));
  // A model place ending in a head noun (… университете, … Hospital) is an institution.
  const institutions = institutionPlaces(modelOnlyPlaces);
  const morePlaces = teamsOverPlaces(t, institutions.places, organizations).places;
  // A continent or world region inside an organization's name (Council of Europe, a "Europe and
  // Central Asia Division", even one that names no organization) is part of the name, not where
  // anything happened.
  const inOrganization = (p: Found) =>
    isWorldRegion(p.normalized) &&
    namedOrganizations.some((o) => o.start <= p.start && p.end <= o.end);
  const all = [
    ...passports,
    ...dates,
    ...[...places, ...morePlaces].filter((p) => !inOrganization(p)),
    ...organizations,
    ...institutions.organizations,
    ...persons,
  ];
  const mapped = view.offsets
    ? all.map((f) => {
        const span = originalSpan(view, f.start, f.end);
        return { ...f, ...span, text: text.slice(span.start, span.end) };
      })
    : all;
  return mapped.sort((a, b) => a.start - b.start || a.end - b.end);
}
