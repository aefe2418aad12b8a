import { describe, expect, it } from 'vitest';
import { extractPage } from './extract.js';
import { newContext } from './types.js';

// Invented sentences; the places are real names the gazetteer holds.
const found = (text: string) =>
  extractPage(text, newContext())
    .filter((f) => f.type === 'organization' || f.type === 'place')
    .map((f) => `${f.type}: ${f.text} = ${f.normalized}`);

describe("an institution after a place's possessive", () => {
  it('is the name after the possessive, named after the place', () => {
    expect(found('Kazakhstan’s Supreme Court ruled on Monday.')).toEqual([
      'place: Kazakhstan = Kazakhstan',
      'organization: Supreme Court = Supreme Court of Kazakhstan',
    ]);
    expect(found("Canada's Federal Court of Appeal heard the case.")).toEqual([
      'place: Canada = Canada',
      'organization: Federal Court of Appeal = Federal Court of Appeal of Canada',
    ]);
  });

  it('takes the possessive of a tokenized text and the catalogue name', () => {
    expect(found("France 's Interior Ministry said so.")).toContain(
      'organization: Interior Ministry = Interior Ministry of France',
    );
    expect(found('Tajikistan’s Prosecutor General’s Office asked for him.')).toContain(
      "organization: Prosecutor General’s Office = Prosecutor General's Office of Tajikistan",
    );
  });

  it("keeps a name whose possessive is a person's or a title's", () => {
    expect(found("Queen's University replied.")).toEqual([
      "organization: Queen's University = Queen's University",
    ]);
  });
});
