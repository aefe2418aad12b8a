// People by passport under access by collection, over the API in process (the real ingest, routes
// and database: PGlite, and PostgreSQL when it runs). A passport number written with a name ties it
// to its holder; the same number with two spellings of one name is one person, within a collection
// and, for a reader of both, across two; a reader of one sees its own people as without the other.
// Every person, number, place and sentence here is invented, in three languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends.js';
import { deskArchive, deskReaders, peopleApi } from './desks.js';

// Kestrel writes Edwina Thornbury with her passport, and once misread (Thornbuny) with the same
// number: one person. Heron writes Wiesława Chrobak's passport with a spelling of her name a letter
// off (Chrobal), kestrel her right name with it: one person to whoever reads both. Heron's Cedric
// Thornbury is written with Edwina's number (a clerk's slip): another given name, so another person.
const FILES: Record<'kestrel' | 'heron', Record<string, string>> = {
  kestrel: {
    'kestrel-decision.txt':
      'Decision of the kestrel desk. Applicant Edwina Thornbury, passport no. 531177204, arrived in Ghent on 3 March 2019.\n',
    'kestrel-note.txt':
      'Kestrel desk note. Guest Edwina Thornbuny, passport no. 531177204, left Ghent on 5 March 2019.\n',
    'kestrel-list.txt':
      'Kestrel register. Cudzoziemka Wiesława Chrobak, paszport nr EA4471903, przybyła do Gandawy 6 marca 2019 r.\n',
  },
  heron: {
    'heron-register.txt':
      'Heron register. Cudzoziemka Wiesława Chrobal, paszport nr EA4471903, przybyła do Porto 9 marca 2019 r.\n',
    'heron-slip.txt':
      'Heron slip. Guest Cedric Thornbury, passport no. 531177204, arrived in Porto on 10 March 2019.\n',
  },
};

const list = await backends();

describe.each(list)('people by passport on $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  let both: Awaited<ReturnType<typeof archiveWith>>;
  let alone: Awaited<ReturnType<typeof archiveWith>>;
  beforeAll(async () => {
    both = await archiveWith(['kestrel', 'heron']);
    alone = await archiveWith(['kestrel']);
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function archiveWith(desks: Array<keyof typeof FILES>) {
    const archive = await deskArchive(backend, FILES, desks, cleanups);
    const grants: Record<string, string[]> = {
      'kai-kestrel': ['kestrel'],
      'bo-both': ['kestrel', 'heron'],
    };
    const tokens = await deskReaders(archive, grants);
    const { call, people } = peopleApi(archive, tokens);
    /** Each person a user sees: name, documents and passports (with the files that write them). */
    const view = async (who: string) => {
      const out: Array<{ name: unknown; documents: string[]; passports: string[] }> = [];
      for (const p of await people(who)) {
        const { body } = await call(who, `/api/people/${p.key}`);
        const passports = body.passports as Array<{
          passport: string;
          sources: Array<{ filename: string }>;
        }>;
        out.push({
          name: body.name,
          documents: (body.documents as Array<{ filename: string }>).map((d) => d.filename).sort(),
          passports: passports.map(
            (x) => `${x.passport} ${x.sources.map((s) => s.filename).join(' ')}`,
          ),
        });
      }
      return out;
    };
    const of = async (who: string, name: RegExp) =>
      (await view(who)).filter((p) => name.test(String(p.name)));
    return { view, of };
  }

  it("joins a collection's misspelling by its passport, and shows the passport with the person", async () => {
    const edwina = await both.of('kai-kestrel', /Edwina/);
    expect(edwina).toHaveLength(1);
    expect(edwina[0]!.documents).toEqual(['kestrel-decision.txt', 'kestrel-note.txt']);
    expect(edwina[0]!.passports).toEqual(['531177204 kestrel-decision.txt kestrel-note.txt']);
  });

  it('shows a reader of one collection the same people whether or not the other exists', async () => {
    const kestrel = await both.view('kai-kestrel');
    expect(kestrel).toEqual(await alone.view('kai-kestrel'));
    expect(JSON.stringify(kestrel)).not.toMatch(/heron|porto|Cedric|Chrobal/i);
  });

  it('joins across collections by the same passport and a near spelling, never another given name', async () => {
    const chrobak = await both.of('bo-both', /Chroba/);
    expect(chrobak).toHaveLength(1);
    expect(chrobak[0]!.documents).toEqual(['heron-register.txt', 'kestrel-list.txt']);
    expect(await both.of('kai-kestrel', /Chroba/)).toEqual([
      {
        name: 'Wiesława Chrobak',
        documents: ['kestrel-list.txt'],
        passports: ['EA4471903 kestrel-list.txt'],
      },
    ]);
    const cedric = await both.of('bo-both', /Cedric/);
    expect(cedric).toHaveLength(1);
    expect(cedric[0]!.documents).toEqual(['heron-slip.txt']);
  });
});
