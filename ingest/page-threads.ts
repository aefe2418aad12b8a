// The threads that extract entities, read claims and choose a long page's languages. These cost in proportion to a document's text (a
// 3 MB text page took ~15 s and hundreds of megabytes): on the server's own thread that stalled
// every request meanwhile (health, login, searches). Here each task runs in a piscina worker thread
// with a heap limit (CASEFILE_EXTRACT_MEMORY_MB): a document that needs more ends its thread and fails
// alone with that reason as an InputError, and the next task gets a fresh thread. A thread builds the
// extractors' tables once and keeps them while it has work; idle threads exit after IDLE_MS.
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pLimit, { type LimitFunction } from 'p-limit';
import { Piscina } from 'piscina';
import type { Limits } from '../core/config.js';
import { InputError } from '../core/errors.js';
import type { Entity } from '../schema/tables.js';
import type { ClaimFound } from './claims/read.js';
import type { LanguageChoice } from './ocr/language-id.js';
import * as inThread from './page-work.js';
import type { EntityRow, PageRow } from './page-work.js';

/** Idle threads exit after this long (building a thread's tables takes a second or two). */
const IDLE_MS = 60_000;

type TaskName = 'extract' | 'claims' | 'languages' | 'warm';

const workerFile = fileURLToPath(new URL('./page-work.js', import.meta.url));

export class PageThreads {
  private readonly pool: Piscina | undefined;
  /**
   * One task per thread handed to the pool at a time: piscina (5.3) never settles the tasks queued
   * behind one whose thread ends at its memory limit, so none are queued there.
   */
  private readonly slots: LimitFunction;

  constructor(private readonly memoryMb: number) {
    // Under the test runner the modules are TypeScript sources a thread cannot load: the tasks then
    // run on this thread (unisolated); the built program always has the compiled worker.
    // Half the cores (one on two): each thread holds its own extractors' tables (~200 MB), and the
    // OCR and PDF threads want the other cores; one thread extracts as fast as the server's own did.
    const threads = Math.max(1, Math.floor(os.availableParallelism() / 2));
    this.slots = pLimit(threads);
    if (!fs.existsSync(workerFile)) return;
    this.pool = new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: IDLE_MS,
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 16)),
      },
    });
  }

  extract(pages: PageRow[]): Promise<EntityRow[]> {
    return this.run('extract', pages, 'extracting entities');
  }

  claims(pages: PageRow[], entities: Entity[]): Promise<ClaimFound[]> {
    return this.run('claims', { pages, entities }, 'reading claims');
  }

  /** The languages a page's text is written in (language-id.ts), for a long page. */
  languages(text: string): Promise<LanguageChoice> {
    return this.run('languages', text, 'choosing the languages of a page');
  }

  /** Starts a thread and builds its tables, so the first document does not wait for them. */
  async warm(): Promise<void> {
    await this.run('warm', null, 'loading the extractors').catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool?.close({ force: true });
  }

  private async run<T>(name: TaskName, task: unknown, what: string): Promise<T> {
    if (!this.pool) return (inThread[name] as (t: unknown) => T)(task);
    try {
      return (await this.slots(() => this.pool!.run(task, { name }))) as T;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        throw new InputError(
          `${what} needed more than ${this.memoryMb} MB of memory and was stopped (CASEFILE_EXTRACT_MEMORY_MB)`,
        );
      throw err;
    }
  }
}

let shared: PageThreads | undefined;

/** The process's extraction threads, started on first use with the limits of the first caller's configuration. */
export function pageThreads(limits: Limits): PageThreads {
  shared ??= new PageThreads(limits.extractMemoryMb);
  return shared;
}

/** Ends the extraction threads at once (a command that is done with them). */
export async function closePageThreads(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
