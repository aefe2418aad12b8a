// Record tables in born-digital PDFs, through the real ingest (pdfjs text layer, extraction, the
// database): a text layer's words are not stored, so the extract stage reads their boxes again from
// the PDF on a page whose text names a table's column, and reads the rows by the columns' positions.
// Every name, number and place here is invented.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../store/archive.js';
import { listDocuments } from '../store/documents.js';
import { entitiesInOrder } from '../store/entities.js';
import { buildCase } from '../case/export.js';
import { backends } from './backends.js';
import { deskArchive } from './desks.js';
import { tablePdf } from './fixtures.js';

const list = await backends();

describe.each(list.filter((b) => b.name === 'pglite'))(
  'tables in text layers on $name',
  (backend) => {
    let archive: Archive;
    const cleanups: Array<() => Promise<void>> = [];
    beforeAll(async () => {
      // Ingested into the default collection; every file must be read.
      const files = {
        'manifest.pdf': await tablePdf(
          'Passenger list, flight QX 512, Lorvik - Amberhall',
          [
            ['NO', 'SURNAME', 'GIVEN NAME', 'NAT', 'DOC NO'],
            ['001', 'FENWICK', 'ODELIA', 'GBR', 'GB5120447'],
            ['002', 'KRANTZ', 'MATTIS', 'SWE', 'SE8823106'],
          ],
          [40, 80, 220, 360, 420],
        ),
        'register.pdf': await tablePdf(
          'Meldeliste der Pension am Talweg',
          [
            ['Name', 'Vorname', 'Reisepass', 'Anreise', 'Abreise'],
            ['Oberholzer', 'Wendelin', 'C7RT40915', '03.05.2022', '06.05.2022'],
            ['Zirngibl', 'Henrike', 'C7RT51288', '04.05.2022', '06.05.2022'],
          ],
          [40, 160, 280, 400, 500],
        ),
        // A border printout's rows are entries and exits; the charge places her elsewhere between them.
        'printout.pdf': await tablePdf(
          'Auszug aus der Grenzdatenbank',
          [
            ['Name', 'Vorname', 'Datum', 'Grenzübergang', 'Richtung', 'Reisepass'],
            ['Quirmbach', 'Adelheid', '03.05.2022', 'Frankfurt', 'Einreise', 'C9PL20417'],
            ['Quirmbach', 'Adelheid', '19.05.2022', 'Frankfurt', 'Ausreise', 'C9PL20417'],
          ],
          [40, 130, 220, 300, 400, 480],
        ),
        'charge.txt':
          'ANKLAGESCHRIFT\nDie Angeschuldigte Adelheid Quirmbach hielt sich am 10. Mai 2022 in Lissabon auf.\n',
      };
      archive = await deskArchive(backend, { default: files }, ['default'], cleanups);
    }, 300_000);
    afterAll(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    async function tableEntities(name: string) {
      const { documents } = await listDocuments(archive.db);
      const doc = documents.find((d) => path.basename(d.filename) === name)!;
      const found = await entitiesInOrder(archive.db, doc.id);
      return found.filter((e) => (e.attributes as { source?: string } | null)?.source === 'table');
    }

    it('reads each row of a manifest into a person and a passport, with their words’ boxes', async () => {
      const found = await tableEntities('manifest.pdf');
      expect(found.map((e) => `${e.type} ${e.normalized}`)).toEqual([
        'person Odelia Fenwick',
        'passport GBR:GB5120447',
        'person Mattis Krantz',
        'passport SWE:SE8823106',
      ]);
      for (const e of found) expect(e.boxes?.length).toBeGreaterThan(0);
    });

    it('reads a German register the same way, each date with its column', async () => {
      const found = await tableEntities('register.pdf');
      const role = (e: (typeof found)[number]) => (e.attributes as { role?: string }).role;
      expect(found.map((e) => [e.type, e.normalized, role(e)].filter(Boolean).join(' '))).toEqual([
        'person Wendelin Oberholzer',
        'passport C7RT40915',
        'date 2022-05-03 arrival',
        'date 2022-05-06 departure',
        'person Henrike Zirngibl',
        'passport C7RT51288',
        'date 2022-05-04 arrival',
        'date 2022-05-06 departure',
      ]);
      for (const e of found) expect(e.boxes?.length).toBeGreaterThan(0);
    });

    it('reads a border printout’s rows as entries and exits that contradict an allegation', async () => {
      const c = await buildCase(archive.db, { allClaims: true });
      const her = c.people.find((p) => p.name === 'Adelheid Quirmbach')!;
      const mine = c.claims.filter((x) => x.person === her.id);
      expect(
        mine.map((x) => [x.kind, x.place, x.from, x.stance, path.basename(x.filename)]),
      ).toEqual(
        expect.arrayContaining([
          ['entry', 'Frankfurt', '2022-05-03', 'documented', 'printout.pdf'],
          ['exit', 'Frankfurt', '2022-05-19', 'documented', 'printout.pdf'],
          ['stay', 'Lisbon', '2022-05-10', 'alleged', 'charge.txt'],
        ]),
      );
      // The row is the entry's source: its words, on the printout's page.
      const entry = mine.find((x) => x.kind === 'entry')!;
      expect(entry.quote).toContain('Einreise');
      const against = c.contradictions.find((x) => x.claims.some((i) => c.claims[i] === entry));
      expect(against?.why).toMatch(/Lisbon.*entered Germany at Frankfurt on 2022-05-03/);
    });
  },
);
