// People under access by collection, over the API in process (the real routes, a real database:
// PGlite, and PostgreSQL when it runs). People are clustered in each collection first; across
// collections only strong evidence both sides carry joins them. So a reader of one collection sees
// its people the same whether or not another collection holds documents; a reader of both, and an
// admin, see one person where the same full name and birth date stand in both. Every person, place
// and sentence here is invented, in three languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../store/accounts.js';
import { backends } from './backends.js';
import { deskArchive, deskReaders, peopleApi } from './desks.js';

// In kestrel, Ottilie Brandauer (born 17.04.1993) and an undated Ottilie Kornmeier are two people:
// nothing of kestrel's says they are one. Heron writes Ottilie Kornmeier with the same birth date,
// which would join them (a maiden and a married name) were heron's evidence used for kestrel.
// Friedhelm Oberacker, born 02.10.1979, is written so in both: one man to whoever reads both.
const FILES: Record<'kestrel' | 'heron', Record<string, string>> = {
  kestrel: {
    'kestrel-register.txt':
      'Kestrel register, kestrelmarker. Guest Ottilie Brandauer, 17.04.1993, arrived in Ghent on 3 March 2019. Guest Friedhelm Oberacker, 02.10.1979, arrived in Ghent on 4 March 2019.\n',
    'kestrel-note.txt':
      'Kestrel desk note. On 5 March 2019 Ottilie Kornmeier left Ghent. Friedhelm Oberacker stayed in Ghent until 8 March 2019.\n',
  },
  heron: {
    'heron-register.txt':
      'Heron register, heronmarker. Gast Ottilie Kornmeier, 17.04.1993, war am 9. März 2019 in Porto. Gast Friedhelm Oberacker, 02.10.1979, war am 10. März 2019 in Porto.\n',
    'heron-rapport.txt': 'Rapport. Le 11 mars 2019, Friedhelm Oberacker a quitté Porto.\n',
  },
};

const list = await backends();

describe.each(list)('people by collection on $name', (backend) => {
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

  /** An archive holding the given desks' files, with a reader of each desk, one of both, an admin. */
  async function archiveWith(desks: Array<keyof typeof FILES>) {
    const archive = await deskArchive(backend, FILES, desks, cleanups);
    const grants: Record<string, string[]> = {
      'kai-kestrel': ['kestrel'],
      'hana-heron': ['heron'],
      'bo-both': ['kestrel', 'heron'],
    };
    const tokens = await deskReaders(archive, grants);
    tokens.admin = (await addUser(archive.db, 'root-ada', 'admin')).token;
    const { call, people } = peopleApi(archive, tokens);
    /** Each person a user sees, by name: their spellings and their documents' file names. */
    const view = async (who: string) => {
      const out: Array<{ name: unknown; variants: string[]; documents: string[] }> = [];
      for (const p of await people(who)) {
        const { body } = await call(who, `/api/people/${p.key}`);
        out.push({
          name: body.name,
          variants: [...(body.variants as string[])].sort(),
          documents: (body.documents as Array<{ filename: string }>).map((d) => d.filename).sort(),
        });
      }
      return out;
    };
    /** The documents of the person a user sees under a name (of the first so named). */
    const documentsOf = async (who: string, name: RegExp) =>
      (await view(who)).filter((p) => name.test(String(p.name))).map((p) => p.documents);
    return { archive, view, documentsOf };
  }

  it('shows a reader of one collection the same people whether or not another collection exists', async () => {
    const kestrel = await both.view('kai-kestrel');
    expect(kestrel).toEqual(await alone.view('kai-kestrel'));
    // Kestrel's maiden and married names stay two people: only heron dates the married name.
    expect(await both.documentsOf('kai-kestrel', /Brandauer/)).toEqual([['kestrel-register.txt']]);
    expect(await both.documentsOf('kai-kestrel', /Kornmeier/)).toEqual([['kestrel-note.txt']]);
    expect(JSON.stringify(kestrel)).not.toMatch(/heron|porto/i);
    // Oberacker, as kestrel shows him: kestrel's documents only.
    expect(await both.documentsOf('kai-kestrel', /Oberacker/)).toEqual([
      ['kestrel-note.txt', 'kestrel-register.txt'],
    ]);
  });

  it('joins across collections where the same full name and birth date stand in both, for a reader of both and the admin', async () => {
    for (const who of ['bo-both', 'admin'])
      expect(await both.documentsOf(who, /Oberacker/)).toEqual([
        ['heron-rapport.txt', 'heron-register.txt', 'kestrel-note.txt', 'kestrel-register.txt'],
      ]);
    // Heron's dated married name is kestrel's undated one (the same full name, no date against it);
    // the maiden name stays apart: only heron's date would tie it, and that is no evidence both carry.
    for (const who of ['bo-both', 'admin']) {
      expect(await both.documentsOf(who, /Kornmeier/)).toEqual([
        ['heron-register.txt', 'kestrel-note.txt'],
      ]);
      expect(await both.documentsOf(who, /Brandauer/)).toEqual([['kestrel-register.txt']]);
    }
    // The reader of heron sees heron's part of them.
    expect(await both.documentsOf('hana-heron', /Oberacker/)).toEqual([
      ['heron-rapport.txt', 'heron-register.txt'],
    ]);
    expect(await both.documentsOf('hana-heron', /Brandauer/)).toEqual([]);
  });
});
