// Stored citations on both backends: a citation is kept under its short id, and processing its
// document again re-verifies it, flagging one whose quote no longer stands on its page exactly.
// All text here is invented.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { citationsOf, getCitation, reverifyCitations, saveCitation } from '../cite/stored.js';
import { intake } from '../ingest/intake/intake.js';
import type { OcrService } from '../ingest/ocr/stage.js';
import { processDocument } from '../ingest/pipeline.js';
import { pages } from '../schema/tables.js';
import { replacePages, getPage } from '../store/documents.js';
import { archivesOn, backends } from './backends.js';

const list = await backends();
/** Text documents never need OCR: a pool asked for is a bug. */
const noOcr = {
  get: () => {
    throw new Error('no OCR expected');
  },
} as unknown as OcrService;

describe.each(list)('stored citations on $name', (backend) => {
  const open = archivesOn(backend);

  it('keeps a citation under one id, and flags it when a new reading of its document no longer holds it', async () => {
    const archive = await open();
    const text =
      'Lighthouse journal of Skerrow Point.\nOn 4 March 2016 the keeper Ilse Marrow saw two ships pass the reef.\n';
    const { documentId, sha256 } = await intake(archive, Readable.from([Buffer.from(text)]), {
      filename: 'journal.txt',
    });
    await processDocument(archive, { ocr: noOcr }, documentId);
    const holds = await saveCitation(archive.db, {
      sha256,
      documentId,
      page: 1,
      quote: 'the keeper Ilse Marrow saw two ships',
      userId: null,
    });
    expect(holds).toMatchObject({ status: 'holds', problem: null });
    expect(holds.id).toMatch(/^[a-z2-7]{10}$/);
    // Citing the same words again gives the same citation.
    expect(
      (
        await saveCitation(archive.db, {
          sha256,
          documentId,
          page: 1,
          quote: 'the keeper Ilse Marrow saw two ships',
          userId: null,
        })
      ).id,
    ).toBe(holds.id);
    // A citation made from an earlier reading that said "5 March" (the page now says 4 March).
    const stale = await saveCitation(archive.db, {
      sha256,
      documentId,
      page: 1,
      quote: 'On 5 March 2016 the keeper',
      userId: null,
    });
    const gone = await saveCitation(archive.db, {
      sha256,
      documentId,
      page: 2,
      quote: 'a second page',
      userId: null,
    });

    await processDocument(archive, { ocr: noOcr }, documentId);
    const after = Object.fromEntries(
      (await citationsOf(archive.db, documentId)).map((c) => [c.id, c]),
    );
    expect(after[holds.id]).toMatchObject({ status: 'holds', problem: null });
    expect(after[stale.id]!.status).toBe('broken');
    expect(after[stale.id]!.problem).toMatch(/does not stand on this page/);
    expect(after[stale.id]!.problem).toContain('5');
    expect(after[gone.id]).toMatchObject({
      status: 'broken',
      problem: 'page 2 no longer exists in this document',
    });
    expect(await getCitation(archive.db, holds.id)).toMatchObject({
      sha256,
      filename: 'journal.txt',
    });

    // A reading that changes the cited words breaks the citation that held; one that restores them mends it.
    const page = (await getPage(archive.db, documentId, 1))!;
    await replacePages(archive.db, documentId, [
      {
        page: 1,
        status: 'done',
        method: 'text-layer',
        text: page.text.replace('two ships', 'ten ships'),
      },
    ]);
    expect(await reverifyCitations(archive.db, documentId)).toBe(3);
    expect((await getCitation(archive.db, holds.id))!.citation.problem).toMatch(/two|ten/);
    await archive.db.delete(pages);
    await processDocument(archive, { ocr: noOcr }, documentId);
    expect((await getCitation(archive.db, holds.id))!.citation.status).toBe('holds');
  }, 120_000);
});
