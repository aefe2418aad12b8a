// Ingest workers: claim jobs from the durable queue and run the pipeline on them.
import os from 'node:os';
import { errorMessage, InputError } from '../core/errors.js';
import { logProcessMemory } from '../core/memory-debug.js';
import type { Archive } from '../store/archive.js';
import { setDocumentStatus } from '../store/documents.js';
import { claimJob, completeJob, failJob, renewLease, type ClaimedJob } from '../store/jobs.js';
import type { SearchService } from '../search/service.js';
import { OcrService } from './ocr/stage.js';
import { closePageThreads, pageThreads } from './page-threads.js';
import { pdfWorkers } from './text/pdf-workers.js';
import { hasOldPersonKeys, rebuildPeople } from './people/stage.js';
import {
  markDocumentFailed,
  processDocument,
  type ProgressListener,
  type Services,
} from './pipeline.js';

type JobOutcome = 'done' | 'failed' | 'retry';

export interface WorkerOptions {
  concurrency: number;
  search?: SearchService;
  /** How long a claimed job stays ours without a renewal; a dead worker's job is retaken after this. */
  leaseMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
  /** Checked when the queue has nothing to claim; returning true stops the workers. */
  stopWhenIdle?: () => Promise<boolean>;
  onProgress?: ProgressListener;
  /** A job was claimed and its document is about to be processed. */
  onJobStart?: (documentId: number) => void;
  onJobEnd?: (documentId: number, outcome: JobOutcome, error?: string) => void;
  /** Start the OCR workers at once (scans are coming), loading models while the rest starts up. */
  warmOcr?: boolean;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', wake);
      resolve();
    }, ms);
    signal?.addEventListener('abort', wake, { once: true });
  });

export async function runWorkers(archive: Archive, opts: WorkerOptions): Promise<void> {
  const services: Services = {
    ocr: new OcrService(archive.config),
    ...(opts.search ? { search: opts.search } : {}),
  };
  // The OCR workers are threads: their models load while the extractors' tables are built below.
  if (opts.warmOcr) services.ocr.get();
  // The extractors build their tables (gazetteer, name lists) on first use, a second or more: an
  // extraction thread builds them now, while the rest starts up (on this thread when unisolated,
  // under the test runner: before a server listens, not in the middle of serving uploads).
  const warming = pageThreads(archive.config.limits).warm();
  // An archive whose people still have keys made of their names gets opaque ones at once.
  const people: PeopleState = { dirty: await hasOldPersonKeys(archive.db), busy: false };
  const stopLogging = logProcessMemory(
    () => `${services.ocr.describe()}; PDF threads ${pdfWorkers(archive.config.limits).threads}`,
  );
  try {
    const slots = Array.from({ length: Math.max(1, opts.concurrency) }, (_, i) =>
      workerLoop(archive, services, opts, `${os.hostname()}:${process.pid}:${i}`, people),
    );
    await Promise.all([...slots, warming]);
  } finally {
    stopLogging();
    await services.ocr.close();
    await closePageThreads();
  }
}

/** People are rebuilt across the archive once the queue runs dry after documents were done. */
interface PeopleState {
  dirty: boolean;
  busy: boolean;
}

async function refreshPeople(archive: Archive, state: PeopleState): Promise<void> {
  if (!state.dirty || state.busy) return;
  state.dirty = false;
  state.busy = true;
  try {
    await rebuildPeople(archive.db);
  } catch (err) {
    state.dirty = true;
    process.stderr.write(`people: could not rebuild: ${errorMessage(err)}\n`);
  } finally {
    state.busy = false;
  }
}

async function workerLoop(
  archive: Archive,
  services: Services,
  opts: WorkerOptions,
  workerId: string,
  people: PeopleState,
): Promise<void> {
  const leaseMs = opts.leaseMs ?? 5 * 60 * 1000;
  const pollMs = opts.pollMs ?? 500;
  while (!opts.signal?.aborted) {
    const job = await claimJob(archive.db, workerId, leaseMs);
    if (!job) {
      await refreshPeople(archive, people);
      if (opts.stopWhenIdle && !people.busy && (await opts.stopWhenIdle())) return;
      await sleep(pollMs, opts.signal);
      continue;
    }
    await runJob(archive, services, opts, workerId, job, leaseMs);
    people.dirty = true;
  }
}

async function runJob(
  archive: Archive,
  services: Services,
  opts: WorkerOptions,
  workerId: string,
  job: ClaimedJob,
  leaseMs: number,
): Promise<void> {
  if (job.attempts > job.maxAttempts) {
    // Every earlier worker died holding this job (crash, out of memory, kill): stop feeding it to workers.
    const error = `gave up: the worker processing this file stopped ${job.maxAttempts} times without finishing (crash or out of memory)`;
    await failJob(archive.db, job, workerId, error, false);
    await markDocumentFailed(archive, job.documentId, new InputError(error));
    opts.onJobEnd?.(job.documentId, 'failed', error);
    return;
  }
  opts.onJobStart?.(job.documentId);
  const heartbeat = setInterval(
    () => {
      renewLease(archive.db, job.id, workerId, leaseMs).catch(() => undefined);
    },
    Math.max(1000, Math.floor(leaseMs / 3)),
  );
  try {
    await processDocument(archive, services, job.documentId, opts.onProgress, job.fromStage);
    clearInterval(heartbeat);
    await completeJob(archive.db, job.id, workerId);
    opts.onJobEnd?.(job.documentId, 'done');
  } catch (err) {
    clearInterval(heartbeat);
    const retryable = !(err instanceof InputError);
    const outcome = await failJob(archive.db, job, workerId, errorMessage(err), retryable);
    if (outcome === 'failed') await markDocumentFailed(archive, job.documentId, err);
    else
      await setDocumentStatus(archive.db, job.documentId, 'queued', {
        error: `will retry after: ${errorMessage(err)}`,
      });
    opts.onJobEnd?.(job.documentId, outcome, errorMessage(err));
  }
}
