// Test inputs made on the fly, so no binary fixtures are committed; and an archive served by the real
// `casefile serve` for a describe block's tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from './backends.js';
import { runCli, startServe, type RunningServer } from './cli.js';

const corpusDir = path.resolve(import.meta.dirname, '../../shared/corpus/dev');
export const corpusFiles = path.join(corpusDir, 'files');
export const goldPath = path.join(corpusDir, 'gold.json');
// Real path: the scorer only runs when its own URL equals argv[1], which a symlinked ../shared breaks.
export const scorer = fs.realpathSync(
  path.resolve(import.meta.dirname, '../../shared/eval/score.mjs'),
);

function pdfString(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A minimal valid PDF with one Helvetica text line per page (Latin-1 text only). */
export function textPdf(pagesText: string[]): Buffer {
  const objects: string[] = [];
  const pageIds = pagesText.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pagesText.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pagesText.forEach((text, i) => {
    const lines = text.split('\n');
    const ops = lines
      .map((l, j) => `BT /F1 12 Tf 72 ${720 - j * 16} Td (${pdfString(l)}) Tj ET`)
      .join('\n');
    objects[4 + i * 2] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`;
    objects[5 + i * 2] =
      `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`;
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function writeFiles(dir: string, files: Record<string, Buffer | string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), content);
}

/** Gold documents by file name. */
export function gold(): {
  documents: Array<{ file: string; render: string; pages: Array<{ page: number; text: string }> }>;
  people: Array<{ canonical: string; variants: string[] }>;
} {
  return JSON.parse(fs.readFileSync(goldPath, 'utf8'));
}

// Tests over the corpus documents name them by their number and read the names and lines they
// expect from gold.json, so that no name of the corpus is written into a test.

/** The name of the corpus file whose name starts with `prefix` (its number, `13-`). */
export function corpusFile(prefix: string): string {
  const found = fs.readdirSync(corpusFiles).filter((f) => f.startsWith(prefix));
  if (found.length !== 1) throw new Error(`no single corpus file starts with ${prefix}`);
  return found[0]!;
}

/** The gold text of one page of a corpus file. */
export function goldText(file: string, page = 1): string {
  const doc = gold().documents.find((d) => d.file === `files/${file}` || d.file === file);
  const text = doc?.pages.find((p) => p.page === page)?.text;
  if (text === undefined) throw new Error(`no gold text for ${file} p. ${page}`);
  return text;
}

/** The first line of a corpus page's gold text that `test` accepts. */
export function goldLine(file: string, test: (line: string) => boolean, page = 1): string {
  const line = goldText(file, page)
    .split('\n')
    .find((l) => test(l));
  if (line === undefined) throw new Error(`no such line in the gold text of ${file}`);
  return line;
}

/** The gold person one of whose spellings `test` accepts. */
export function goldPerson(test: (spelling: string) => boolean): {
  canonical: string;
  variants: string[];
} {
  const person = gold().people.find((p) => [p.canonical, ...p.variants].some(test));
  if (!person) throw new Error('no such gold person');
  return person;
}

/**
 * A small case in four languages: an indictment alleges a flight to Istanbul, a Ukrainian border
 * record and a Polish court place the same woman in Ukraine then, and her sister is interviewed.
 * Plain text, so the people, claims and contradictions tests need no OCR. The family is invented:
 * Gulnoz Tursunova (Турсунова Гулноз Давроновна; Ukrainian Давронівна; Polish genitive Tursunowej),
 * her sister Shahnoz, their father Davron Tursunov, her husband Bahrom (Polish Bachromem) Ibrochimow.
 */
export const CASE_FILES: Record<string, string> = {
  'a-indictment.txt': [
    'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ',
    'по обвинению Турсуновой Гулноз Давроновны, 27.08.1990 года рождения, уроженки г. Гиссар.',
    '',
    'Действуя умышленно, 11 апреля 2017 года Турсунова Г. Д. вылетела из международного аэропорта г. Душанбе в г. Стамбул.',
    'Указания получала от Турсунова Д. Х.',
    '',
    'Старший следователь Б. Д. Шарипов',
  ].join('\n'),
  'b-border-record.txt': [
    'ДОВІДКА',
    'про перетинання державного кордону України',
    '',
    'Таким чином, у період з 3 лютого 2017 р. по 9 вересня 2018 р. громадянка Турсунова Гулноз Давронівна перебувала на території України.',
    '',
    'Начальник відділу полковник О. В. Ткачук',
  ].join('\n'),
  'c-court.txt': [
    'POSTANOWIENIE',
    'Sąd Okręgowy w Lublinie po rozpoznaniu sprawy Gulnoz Tursunowej postanawia stwierdzić niedopuszczalność wydania.',
    '',
    'Ponadto w dniu 21 marca 2017 r. zawarła ona w Charkowie związek małżeński z Bachromem Ibrochimowem.',
  ].join('\n'),
  'd-interview.txt': [
    'RECORD OF INTERVIEW',
    'Applicant TURSUNOVA Shahnoz, born 15/03/1996 in Dushanbe, Tajikistan',
    '',
    'A: My sister Gulnoz Tursunova lived with me. Shahnoz Tursunova is my name. Our father is Davron Tursunov.',
  ].join('\n'),
};

/**
 * A PDF with a text page, JavaScript (document-level, /OpenAction and a page-open action) and
 * embedded files. The script would write `marker` if anything ever ran it.
 */
export async function scriptedPdf(
  text: string,
  marker: string,
  attachments: Array<[string, string]>,
): Promise<Buffer> {
  const { PDFDocument, PDFName, PDFString, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, 200]);
  page.drawText(text, { x: 20, y: 100, size: 11, font });
  const script = `try { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); } catch (e) {} app.launchURL('https://example.invalid/' + this.documentFileName, true);`;
  doc.addJavaScript('init', script);
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(script) });
  doc.catalog.set(PDFName.of('OpenAction'), action);
  page.node.set(PDFName.of('AA'), doc.context.obj({ O: action }));
  for (const [name, content] of attachments)
    await doc.attach(Buffer.from(content), name, { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save());
}

/** Encrypts a PDF with qpdf (AES-256): an empty user password opens it, as viewers do without asking. */
export function encryptPdf(input: Buffer, userPassword: string, ownerPassword: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-qpdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), input);
    execFileSync(
      'qpdf',
      [
        '--encrypt',
        userPassword,
        ownerPassword,
        '256',
        '--print=none',
        '--modify=none',
        '--extract=n',
        '--',
        'in.pdf',
        'out.pdf',
      ],
      { cwd: dir },
    );
    return fs.readFileSync(path.join(dir, 'out.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A text-layer PDF of n small pages, each naming its number ("crossing number 17"). */
export async function registerPdf(n: number): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= n; i++)
    doc.addPage([300, 200]).drawText(`Page ${i} of the border register, crossing number ${i}.`, {
      x: 20,
      y: 100,
      size: 9,
      font,
    });
  return Buffer.from(await doc.save());
}

/**
 * A text-layer PDF of one page holding a table: each row's cells drawn at the columns' left edges
 * `xs` (PDF points), rows 18 points apart from the top, under an optional line of title. Helvetica,
 * so Latin-1 letters only.
 */
export async function tablePdf(title: string, rows: string[][], xs: number[]): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText(title, { x: 40, y: 740, size: 12, font });
  rows.forEach((row, r) =>
    row.forEach((cell, c) => page.drawText(cell, { x: xs[c]!, y: 700 - r * 18, size: 10, font })),
  );
  return Buffer.from(await doc.save());
}

export interface Credentials {
  token: string;
  password: string;
}

/**
 * A data directory in a fresh temporary folder (`work`), users added to it by the CLI, and the real
 * server over it once started; after all the block's tests the server stops and the folder goes.
 */
export function servedArchive(prefix: string) {
  const work = tempDir(prefix);
  const data = path.join(work, 'data');
  const env = { CASEFILE_DATA: data };
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });
  return {
    work,
    data,
    env,
    /** Adds a user by `casefile user add`: their password and API token. */
    async addUser(name: string, role: string): Promise<Credentials> {
      const run = await runCli(['user', 'add', name, '--role', role, '--json'], env);
      return JSON.parse(run.stdout) as Credentials;
    },
    async start(): Promise<RunningServer> {
      server = await startServe(env);
      return server;
    },
  };
}

/** A flate bomb: a one-page PDF whose content inflates to `inflated` bytes (the bench's own). */
export { flateBombPdf } from '../bench/hardening.js';
