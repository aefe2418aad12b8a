// Editors' merge and split of people under access by collection, over the API in process (the real
// routes and middleware, a real database: PGlite, and PostgreSQL when it runs). Two collections, an
// editor of each and a reader of each: an editor's decision holds in the collections they may edit,
// answers the same whether another collection names the people or not, and leaves the people of the
// other collection as its readers saw them; an admin's holds everywhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { grantCollection, userIdByName } from '../store/access.js';
import { forgetPersonDecisions } from '../store/people.js';
import type { GrantLevel } from '../schema/tables.js';
import { addUser } from '../store/accounts.js';
import { rebuildPeople } from '../ingest/people/stage.js';
import { backends } from './backends.js';
import { deskArchive, peopleApi } from './desks.js';

// Invented people, places and words, in three languages. In osprey, Tobias Wernicke and "Tobi
// Wernicke" are one man to its editor; plover names both too, and keeps them apart. Each desk also
// has a person of its own.
const FILES: Record<'osprey' | 'plover', Record<string, string>> = {
  osprey: {
    'osprey-note.txt':
      'Osprey desk note, ospreymarker. On 3 March 2019 Tobias Wernicke arrived in Ghent. Anselm Querfurt met Tobias Wernicke in Ghent on 4 March 2019.\n',
    'osprey-letter.txt':
      'Osprey letter. On 6 March 2019 Tobi Wernicke left Ghent with Anselm Querfurt.\n',
    'osprey-zapiska.txt':
      'Записка. 7 марта 2019 года Тобиас Верникке прибыл в Гент вместе с Ансельмом Querfurt.\n',
  },
  plover: {
    'plover-memo.txt':
      'Plover desk memo, plovermarker. On 3 March 2019 Tobias Wernicke was in Porto. Oriane Duvallet saw Tobias Wernicke in Porto on 3 March 2019.\n',
    'plover-report.txt':
      'Rapport. Le 9 mars 2019, Tobi Wernicke a quitté Porto avec Oriane Duvallet.\n',
  },
};

const list = await backends();

describe.each(list)('people decisions by collection on $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  let both: Awaited<ReturnType<typeof archiveWith>>;
  let alone: Awaited<ReturnType<typeof archiveWith>>;
  beforeAll(async () => {
    both = await archiveWith(['osprey', 'plover']);
    alone = await archiveWith(['osprey']);
  }, 300_000);
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  // Each test starts from the people as clustered, with no decision.
  beforeEach(async () => {
    for (const a of [both, alone]) {
      await forgetPersonDecisions(a.archive.db);
      await rebuildPeople(a.archive.db);
    }
  });

  /** An archive holding the given desks' files, with users, and the API over it. */
  async function archiveWith(desks: Array<keyof typeof FILES>) {
    const archive = await deskArchive(backend, FILES, desks, cleanups);
    const tokens: Record<string, string> = {};
    const grants: Record<string, [role: 'editor' | 'investigator', desk: string, GrantLevel]> = {
      'edda-osprey': ['editor', 'osprey', 'edit'],
      'eli-plover': ['editor', 'plover', 'edit'],
      'erna-osprey': ['editor', 'osprey', 'read'],
      'ines-osprey': ['investigator', 'osprey', 'read'],
      'ines-plover': ['investigator', 'plover', 'read'],
    };
    for (const [name, [role, desk, level]] of Object.entries(grants)) {
      tokens[name] = (await addUser(archive.db, name, role)).token;
      const userId = (await userIdByName(archive.db, name))!;
      await grantCollection(archive.db, desk, { userId }, level);
    }
    tokens.admin = (await addUser(archive.db, 'root-ada', 'admin')).token;
    const { call, people } = peopleApi(archive, tokens);
    const keyOf = async (who: string, name: string) =>
      (await people(who)).find((p) => p.name === name)?.key ?? '';
    /** A person as the API shows them to a user: name, spellings, documents' file names. */
    const page = async (who: string, key: string) => {
      const { status, body } = await call(who, `/api/people/${key}`);
      if (status !== 200) return { status };
      const docs = body.documents as Array<{ filename: string }>;
      return {
        name: body.name,
        variants: [...(body.variants as string[])].sort(),
        documents: docs.map((d) => d.filename).sort(),
      };
    };
    return { archive, call, people, keyOf, page };
  }

  it('merges in the editor’s collection only: no refusal, the same answer whether another collection names them, and that collection’s people unchanged', async () => {
    const ploverBefore = await both.people('ines-plover');
    expect(ploverBefore.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Tobias Wernicke', 'Tobi Wernicke', 'Oriane Duvallet']),
    );

    const merged: Array<{ status: number; view: unknown; list: string[] }> = [];
    for (const a of [both, alone]) {
      const res = await a.call(
        'edda-osprey',
        `/api/people/${await a.keyOf('edda-osprey', 'Tobias Wernicke')}/merge`,
        { with: await a.keyOf('edda-osprey', 'Tobi Wernicke') },
      );
      const key = String(res.body.key);
      merged.push({
        status: res.status,
        view: await a.page('edda-osprey', key),
        list: (await a.people('edda-osprey')).map((p) => `${p.name} ${p.variants.join('/')}`),
      });
    }
    // (a) Not refused, and the editor cannot tell from the answer whether plover exists.
    expect(merged[0]!.status).toBe(200);
    expect(merged[0]).toEqual(merged[1]);
    expect(merged[0]!.view).toMatchObject({
      documents: ['osprey-letter.txt', 'osprey-note.txt'],
    });
    expect(JSON.stringify(merged[0])).not.toMatch(/plover|porto|duvallet/i);
    // The osprey reader sees one man.
    expect(
      (await both.people('ines-osprey')).filter((p) => /Wernicke|Верникке/.test(p.name)),
    ).toHaveLength(1);
    // (b) The plover reader sees plover's people exactly as before: the same keys, names,
    // spellings and documents.
    expect(await both.people('ines-plover')).toEqual(ploverBefore);

    // The osprey editor can undo their merge by splitting the spelling off again.
    const mergedKey = await both.keyOf('edda-osprey', 'Tobias Wernicke');
    const undo = await both.call('edda-osprey', `/api/people/${mergedKey}/split`, {
      variant: 'Tobi Wernicke',
    });
    expect(undo.status).toBe(200);
    expect(await both.people('ines-plover')).toEqual(ploverBefore);
    // The plover editor splits in plover: osprey's merged man stays whole.
    const ospreyBefore = await both.people('ines-osprey');
    const tobias = await both.keyOf('eli-plover', 'Tobias Wernicke');
    const split = await both.call('eli-plover', `/api/people/${tobias}/split`, {
      variant: 'Tobias Wernicke',
    });
    // Their name is not a spelling to split off: answered as for any person.
    expect(split.status).toBe(404);
    expect(await both.people('ines-osprey')).toEqual(ospreyBefore);
    const mergedInPlover = await both.call('eli-plover', `/api/people/${tobias}/merge`, {
      with: await both.keyOf('eli-plover', 'Oriane Duvallet'),
    });
    expect(mergedInPlover.status).toBe(200);
    expect(await both.people('ines-osprey')).toEqual(ospreyBefore);
  });

  it('splits a spelling off in the editor’s collection only, with the same answer whether another collection writes it', async () => {
    const views: unknown[] = [];
    for (const a of [both, alone]) {
      // The admin first makes the two one everywhere; the osprey editor then splits "Tobi" off again.
      const admin = await a.call(
        'admin',
        `/api/people/${await a.keyOf('admin', 'Tobias Wernicke')}/merge`,
        { with: await a.keyOf('admin', 'Tobi Wernicke') },
      );
      expect(admin.status).toBe(200);
      const ploverBefore = a === both ? await a.people('ines-plover') : [];
      const key = String(admin.body.key);
      const res = await a.call('edda-osprey', `/api/people/${key}/split`, {
        variant: 'Tobi Wernicke',
      });
      expect(res.status).toBe(200);
      views.push({
        moved: await a.page('edda-osprey', String(res.body.key)),
        list: (await a.people('edda-osprey')).map((p) => `${p.name} ${p.variants.join('/')}`),
      });
      // (b) In plover the admin's merge still holds, untouched by the osprey editor's split.
      if (a === both) {
        expect(await a.people('ines-plover')).toEqual(ploverBefore);
        expect(
          (await a.people('ines-plover')).filter((p) => p.name.includes('Wernicke')),
        ).toHaveLength(1);
      }
    }
    expect(views[0]).toEqual(views[1]);
    expect(views[0]).toMatchObject({ moved: { documents: ['osprey-letter.txt'] } });
  });

  it('applies an admin’s decisions everywhere', async () => {
    const res = await both.call(
      'admin',
      `/api/people/${await both.keyOf('admin', 'Tobias Wernicke')}/merge`,
      { with: await both.keyOf('admin', 'Tobi Wernicke') },
    );
    expect(res.status).toBe(200);
    for (const reader of ['ines-osprey', 'ines-plover'])
      expect(
        (await both.people(reader)).filter((p) => /Wernicke|Верникке/.test(p.name)),
        reader,
      ).toHaveLength(1);
    const split = await both.call('admin', `/api/people/${String(res.body.key)}/split`, {
      variant: 'Tobi Wernicke',
    });
    expect(split.status).toBe(200);
    for (const reader of ['ines-osprey', 'ines-plover'])
      expect(
        (await both.people(reader)).filter((p) => /Wernicke|Верникке/.test(p.name)),
        reader,
      ).toHaveLength(2);
  });

  it('refuses a decision about people the editor may read but not edit, the same whether other collections name them', async () => {
    const answers: unknown[] = [];
    for (const a of [both, alone]) {
      const key = await a.keyOf('admin', 'Anselm Querfurt');
      const other = await a.keyOf('admin', 'Tobias Wernicke');
      // The plover editor cannot see osprey's Querfurt: as a person nobody has.
      expect((await a.call('eli-plover', `/api/people/${key}/merge`, { with: other })).status).toBe(
        404,
      );
      // An editor who only reads osprey may decide nothing there.
      const merge = await a.call('erna-osprey', `/api/people/${key}/merge`, { with: other });
      const split = await a.call('erna-osprey', `/api/people/${other}/split`, {
        variant: 'Tobias Wernicke',
      });
      answers.push([merge, split]);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual([
      {
        status: 403,
        body: { error: 'merging people needs edit on a collection naming each of them' },
      },
      {
        status: 403,
        body: { error: 'splitting a spelling off needs edit on a collection writing it' },
      },
    ]);
  });
});
