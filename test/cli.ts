// Runs the real `casefile` command (the built bin) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../search/engine.js';
import { seedPglite } from './backends.js';

export const binPath = path.resolve(import.meta.dirname, '../bin/casefile.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 300_000,
): Promise<CliResult> {
  if (env.CASEFILE_DATA && !env.DATABASE_URL) seedPglite(env.CASEFILE_DATA);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: undefined,
        CASEFILE_DATA: undefined,
        // One process, as the launcher's child runs (no second start: test/launcher.test.ts).
        CASEFILE_LAUNCHED: '1',
        ...env,
      } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function runNode(script: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningServer {
  base: string;
  /** The server process's id (its process group's too, when started with `ownGroup`). */
  pid: number;
  /** Everything the server printed on standard output so far. */
  output(): string;
  /** Everything it printed on standard error so far. */
  errors(): string;
  stop(): Promise<void>;
  /**
   * kill -9: the whole process group (the server with its search engine, as a crash of the machine's
   * session would) or the server process alone (its children are orphaned, as when only it is OOM-killed).
   */
  kill(scope: 'group' | 'process'): Promise<void>;
}

/**
 * Starts the real `casefile serve` on a free port and waits until it listens. `ownGroup` starts it in
 * a process group of its own, so the test can kill it with its children and never the test runner.
 */
export async function startServe(
  env: Record<string, string>,
  opts: { ownGroup?: boolean } = {},
): Promise<RunningServer> {
  if (env.CASEFILE_DATA && !env.DATABASE_URL) seedPglite(env.CASEFILE_DATA);
  // The port is free when chosen, but another process (another test's search engine, or this
  // server's own, which also asks for a free port) may take it first: then start on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServeOn(await freePort(), env, opts);
    } catch (e) {
      if (attempt >= 3 || !String(e).includes('the port is in use')) throw e;
    }
  }
}

async function startServeOn(
  port: number,
  env: Record<string, string>,
  opts: { ownGroup?: boolean },
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [binPath, 'serve', '--port', String(port)], {
    // One process, as the launcher's child runs (no second start): the tests read its pid's /proc
    // (memory, open files) and kill it alone.
    env: { ...process.env, CASEFILE_LAUNCHED: '1', ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.ownGroup ?? false,
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!out.includes('listening')) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await closed; // all of its output read
      throw new Error(`casefile serve did not start: ${out}${err}`);
    }
    if (Date.now() > deadline) throw new Error(`casefile serve did not start: ${out}${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => out,
    errors: () => err,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
    async kill(scope) {
      if (scope === 'group') process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
      await exited;
    },
  };
}
