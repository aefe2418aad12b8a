// The document list's language filter on both backends: text layers get the language of their text,
// as OCR pages have theirs, and a document is listed under each language one of its pages is read in.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { intake } from '../ingest/intake/intake.js';
import { readText } from '../ingest/text/stage.js';
import { getDocument, listDocuments } from '../store/documents.js';
import { archivesOn, backends } from './backends.js';

const list = await backends();

// Invented texts.
const TEXTS: Array<[string, string]> = [
  [
    'postanowienie.txt',
    'Sąd Okręgowy ustalił, że cudzoziemka przebywała w Polsce od stycznia do maja i nie opuszczała kraju. Wniosek o wydanie nie zasługuje na uwzględnienie.',
  ],
  [
    'dovidka.txt',
    'Відповідно до бази даних громадянка перетнула державний кордон України в пункті пропуску, інших перетинань не зареєстровано.',
  ],
  [
    'protokol.txt',
    'Допрошенная в качестве свидетеля пояснила, что в указанный период находилась в городе вместе с мужем и никуда не выезжала.',
  ],
  ['empty.txt', '12 34 56'],
];

describe.each(list)('document languages on $name', (backend) => {
  const open = archivesOn(backend);

  it('reads the language of a text layer and lists documents by it', async () => {
    const archive = await open();
    const ids: Record<string, number> = {};
    for (const [filename, text] of TEXTS) {
      const r = await intake(archive, Readable.from([Buffer.from(text)]), { filename });
      ids[filename] = r.documentId;
      await readText(archive, (await getDocument(archive.db, r.documentId))!);
    }
    const named = async (language: string) =>
      (await listDocuments(archive.db, { language })).documents.map((d) => d.filename).sort();
    expect(await named('pol')).toEqual(['postanowienie.txt']);
    expect(await named('ukr')).toEqual(['dovidka.txt']);
    expect(await named('rus')).toContain('protokol.txt');
    expect(await named('rus')).not.toContain('dovidka.txt');
    // A page with no words to tell by has no language, and is listed under none.
    for (const [code] of [['rus'], ['eng'], ['pol'], ['ukr']])
      expect(await named(code!)).not.toContain('empty.txt');
    expect((await listDocuments(archive.db, {})).total).toBe(4);
  });
});
