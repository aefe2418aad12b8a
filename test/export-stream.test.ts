// The JSONL export into a stream that goes away (a client that stops downloading
// /api/export/documents.jsonl): the export ends there instead of waiting for ever for the stream to
// drain, holding the archive's documents in memory.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { intake } from '../ingest/intake/intake.js';
import { writeJsonl } from '../store/export.js';
import { archivesOn, backends } from './backends.js';

const [first] = await backends();

describe('JSONL export into a stream that is destroyed', () => {
  const open = archivesOn(first!);

  it('settles when the stream is destroyed while the export waits for it to drain', async () => {
    const archive = await open();
    for (const name of ['one', 'two', 'three'])
      await intake(archive, Readable.from([Buffer.from(`A note called ${name}.`)]), {
        filename: `${name}.txt`,
      });
    // Takes the first line and then nothing: the export waits to drain; the reader goes away.
    const stalled = new Writable({ highWaterMark: 1, write: () => {} });
    const done = writeJsonl(archive.db, stalled).then(
      () => 'settled',
      () => 'settled',
    );
    setTimeout(() => stalled.destroy(), 200);
    const outcome = await Promise.race([
      done,
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3000)),
    ]);
    expect(outcome).toBe('settled');
  });
});
