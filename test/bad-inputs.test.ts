// Hostile and broken files through the real upload API of a running server: each gets a clear
// per-file error or is processed correctly, the others go on, and the server stays up.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './backends.js';
import { startServe, type RunningServer } from './cli.js';
import { corpusFiles, encryptPdf, scriptedPdf, textPdf } from './fixtures.js';

interface Uploaded {
  id: number | null;
  filename: string;
  status: string;
  error?: string;
}
interface DocStatus {
  status: string;
  error: string | null;
  pageCount: number | null;
  filename: string;
  sha256: string;
  attachments: Array<{ name: string; size: number; sha256: string }> | null;
}

/** A PNG whose header claims 30,000 × 30,000 pixels: a decompression bomb in a few bytes. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30000, 0);
  ihdr.writeUInt32BE(30000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(30001))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('bad inputs through the upload API', () => {
  let work: string;
  let server: RunningServer;
  let token: string;

  beforeAll(async () => {
    work = tempDir('casefile-bad-');
    server = await startServe({ CASEFILE_DATA: path.join(work, 'data'), CASEFILE_SEARCH: 'off' });
    token = /API token: (\S+)/.exec(server.output())![1]!;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const auth = () => ({ authorization: `Bearer ${token}` });
  async function upload(files: Array<[string, Buffer | string]>): Promise<Uploaded[]> {
    const form = new FormData();
    for (const [name, bytes] of files)
      form.append(
        'file',
        new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]),
        name,
      );
    const res = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      body: form,
      headers: auth(),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { files: Uploaded[] }).files;
  }
  async function settled(id: number): Promise<DocStatus> {
    const deadline = Date.now() + 240_000;
    for (;;) {
      const doc = (await (
        await fetch(`${server.base}/api/documents/${id}`, { headers: auth() })
      ).json()) as DocStatus;
      if (doc.status === 'done' || doc.status === 'failed' || Date.now() > deadline) return doc;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  it('gives each broken or hostile file its outcome while the rest are read', async () => {
    const good = fs.readFileSync(path.join(corpusFiles, '12-news-przemysl-ruling.pdf'));
    const russian = 'Меня задержали в аэропорту Душанбе 27 августа 2019 года.';
    const brokenXref = Buffer.from(
      textPdf(['A page whose cross-reference table is wrong'])
        .toString('latin1')
        .replace(/xref\n0 (\d+)\n0000000000/, 'xref\n0 $1\n9999999999'),
      'latin1',
    );
    const files: Array<[string, Buffer | string]> = [
      ['zero.txt', Buffer.alloc(0)],
      ['truncated.pdf', good.subarray(0, Math.floor(good.length / 2))],
      ['broken-xref.pdf', brokenXref],
      ['random.pdf', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) % 251))],
      ['bomb.png', pngBomb()],
      ['photo-named.txt', fs.readFileSync(path.join(corpusFiles, '14-wanted-notice-tajik.jpg'))],
      ['utf16.txt', iconv.encode(russian, 'utf-16le', { addBOM: true })],
      ['cp1251.txt', iconv.encode(russian + ' Турсунова Гулноз.', 'windows-1251')],
      [
        'polyglot.pdf',
        Buffer.concat([
          textPdf(['Polyglot: a PDF with a ZIP appended']),
          Buffer.from('PK\u0003\u0004 appended archive bytes'),
        ]),
      ],
      [
        '../../etc/обвинение-\u202Egpj.exe-' + 'я'.repeat(300) + '.txt',
        'A name that tries everything.',
      ],
    ];
    const results = await upload(files);
    expect(results).toHaveLength(files.length);
    const outcome = new Map<string, DocStatus>();
    for (const r of results)
      outcome.set(
        r.filename,
        r.id === null
          ? {
              status: 'failed',
              error: r.error ?? '',
              pageCount: null,
              filename: r.filename,
              sha256: '',
              attachments: null,
            }
          : await settled(r.id),
      );
    const get = (name: string) => [...outcome.entries()].find(([n]) => n === name)?.[1];

    expect(get('zero.txt')).toMatchObject({ status: 'failed', error: 'empty file (0 bytes)' });
    expect(get('truncated.pdf')?.status).toBe('failed');
    expect(get('truncated.pdf')?.error).toMatch(/corrupt|truncated|unreadable/i);
    expect(get('broken-xref.pdf')).toMatchObject({ status: 'done', pageCount: 1 });
    expect(get('random.pdf')).toMatchObject({
      status: 'failed',
      error: 'unsupported file type: unrecognised binary data',
    });
    expect(get('bomb.png')?.status).toBe('failed');
    expect(get('bomb.png')?.error).toMatch(
      /30000×30000 pixels .* over the limit .* decompression bomb/,
    );
    expect(get('photo-named.txt')).toMatchObject({ status: 'done', pageCount: 1 });
    expect(get('utf16.txt')).toMatchObject({ status: 'done', pageCount: 1 });
    expect(get('cp1251.txt')).toMatchObject({ status: 'done', pageCount: 1 });
    expect(get('polyglot.pdf')).toMatchObject({ status: 'done', pageCount: 1 });
    const hostileName = results.at(-1)!.filename;
    expect(hostileName).not.toMatch(/[/\\\u0000-\u001f\u202e]/);
    expect(hostileName.startsWith('обвинение-\uFFFDgpj.exe-яяя')).toBe(true);
    expect([...hostileName].length).toBeLessThanOrEqual(255);
    expect(hostileName.endsWith('.txt')).toBe(true);
    expect(get(hostileName)).toMatchObject({ status: 'done' });

    // A control character in a part header is malformed multipart: the request is refused whole,
    // with a clear reason, and nothing of it is stored or acknowledged.
    const form = new FormData();
    form.append('file', new Blob(['bell']), 'ring\u0007.txt');
    const refused = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      body: form,
      headers: auth(),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/broken multipart upload/);

    // The server is still up and reads a good file after all of that.
    const [after] = await upload([['good.pdf', good]]);
    expect(await settled(after!.id!)).toMatchObject({ status: 'done', pageCount: 1 });
  }, 300_000);

  it('stores the same file uploaded twice at the same moment once', async () => {
    const bytes = Buffer.from(`Two uploads at once, ${Date.now()}.`);
    const [a, b] = await Promise.all([
      upload([['first.txt', bytes]]),
      upload([['second.txt', bytes]]),
    ]);
    const statuses = [a![0]!.status, b![0]!.status].sort();
    expect(statuses).toEqual(['duplicate', 'queued']);
    expect(a![0]!.id).toBe(b![0]!.id);
  });

  it('reads a PDF locked only by an owner password, and refuses one that needs a user password', async () => {
    const plain = textPdf(['Protocol of the hearing, locked against printing and copying.']);
    const [ownerOnly, userLocked] = await upload([
      ['owner-only.pdf', encryptPdf(plain, '', 'owner-secret')],
      [
        'user-locked.pdf',
        encryptPdf(
          textPdf(['Nobody reads this without the password.']),
          'user-secret',
          'owner-secret',
        ),
      ],
    ]);
    expect(await settled(ownerOnly!.id!)).toMatchObject({
      status: 'done',
      error: null,
      pageCount: 1,
    });
    const page = await fetch(`${server.base}/api/documents/${ownerOnly!.id}/pages/1/image`, {
      headers: auth(),
    });
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    // A file fault: failed at once with the reason, not retried.
    expect(await settled(userLocked!.id!)).toMatchObject({
      status: 'failed',
      error:
        'encrypted PDF: it needs a password to open (user password), which Casefile does not have',
      pageCount: null,
    });
  });

  it('never runs the JavaScript of a PDF, and lists its embedded files without opening them', async () => {
    const marker = path.join(work, 'javascript-ran');
    const hostileName = '<img src=x onerror=alert(1)>.html';
    const pdf = await scriptedPdf('Decision of the court with an embedded script.', marker, [
      ['evidence.xlsx', 'a spreadsheet that is never opened'],
      [`../../${hostileName}`, '<script>alert(1)</script>'],
    ]);
    const [r] = await upload([['scripted.pdf', pdf]]);
    const doc = await settled(r!.id!);
    expect(doc).toMatchObject({ status: 'done', error: null, pageCount: 1 });
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(doc.attachments!.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: hostileName, size: 25, sha256: sha('<script>alert(1)</script>') },
      { name: 'evidence.xlsx', size: 34, sha256: sha('a spreadsheet that is never opened') },
    ]);
    // Rendering the page (the viewer's image) runs nothing either.
    expect(
      (await fetch(`${server.base}/api/documents/${r!.id}/pages/1/image`, { headers: auth() }))
        .status,
    ).toBe(200);
    const html = await (
      await fetch(`${server.base}/d/${doc.sha256.slice(0, 16)}/p/1`, { headers: auth() })
    ).text();
    expect(html).toContain('evidence.xlsx · 34 bytes');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.html');
    expect(html).not.toContain('<img src=x');
    expect(fs.existsSync(marker)).toBe(false);
  });
});
