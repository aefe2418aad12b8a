// The `casefile` command.
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { loadConfig } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import { openArchive, type Archive } from '../store/archive.js';
import { writeJsonl } from '../store/export.js';
import { eq } from 'drizzle-orm';
import { extractEntities } from '../ingest/extract/stage.js';
import { documents } from '../schema/tables.js';
import { formatResult, formatSummary, ingestPaths } from './ingest.js';

const program = new Command();
program.name('casefile').description('Investigative document archive with evidence extraction').showHelpAfterError();

function dataOption(): Option {
  return new Option('--data <dir>', 'data directory (default: $CASEFILE_DATA or ./casefile-data)');
}

async function withArchive<T>(data: string | undefined, fn: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(loadConfig({ data }));
  try {
    return await fn(archive);
  } finally {
    await archive.close();
  }
}

program
  .command('ingest')
  .description('store and process files and directories (recursively); returns when they are processed')
  .argument('<paths...>', 'files or directories')
  .addOption(dataOption())
  .option('--json', 'print one JSON result object per file')
  .option('--note <text>', 'source note recorded with each file (where it came from)')
  .option('--collection <name>', 'collection the files belong to')
  .action(async (paths: string[], opts: { data?: string; json?: boolean; note?: string; collection?: string }) => {
    const results = await withArchive(opts.data, (archive) => ingestPaths(archive, paths, opts));
    for (const r of results) process.stdout.write((opts.json ? JSON.stringify(r) : formatResult(r)) + '\n');
    if (!opts.json) process.stdout.write(formatSummary(results) + '\n');
    if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
  });

program
  .command('extract')
  .description('run entity extraction again on stored documents (all, or the given document ids)')
  .argument('[ids...]', 'document ids (default: every document that was read)')
  .addOption(dataOption())
  .action(async (ids: string[], opts: { data?: string }) => {
    await withArchive(opts.data, async (archive) => {
      const targets = ids.length ? ids.map(Number) : (await archive.db.select({ id: documents.id }).from(documents).where(eq(documents.status, 'done'))).map((d) => d.id);
      let total = 0;
      for (const id of targets) total += await extractEntities(archive, id);
      process.stderr.write(`extracted ${total} entities from ${targets.length} document${targets.length === 1 ? '' : 's'}\n`);
    });
  });

program
  .command('export')
  .description('write the JSONL export (one line per document) to a file or standard output')
  .addOption(dataOption())
  .option('--out <file>', 'output file (default: standard output)')
  .action(async (opts: { data?: string; out?: string }) => {
    await withArchive(opts.data, async (archive) => {
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      const count = await writeJsonl(archive.db, out);
      if (opts.out) {
        await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
        process.stderr.write(`exported ${count} document${count === 1 ? '' : 's'} to ${opts.out}\n`);
      }
    });
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`casefile: ${errorMessage(err)}\n`);
  process.exitCode = process.exitCode || 2;
});
