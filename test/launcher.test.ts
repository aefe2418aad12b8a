// The launcher's first line (bin/casefile.js, run as `npx casefile` or from a bin link): Node starts
// with glibc's malloc told to map large blocks (rasters, page images) of its own and give them back
// when freed. Left to itself, glibc raises that threshold after the first such block is freed, and the
// blocks of every thread then stay in its arena: a 300-page scanned batch held 0.5 GB of them.
// A user's own GLIBC_TUNABLES is kept, after ours, so that its settings win.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { binPath } from './cli.js';

const shebang = fs.readFileSync(binPath, 'utf8').split('\n')[0]!;
const loader = '/lib64/ld-linux-x86-64.so.2';

/** Runs the shebang's `env -S` string with `node` replaced by `program` and the environment `env`. */
function underShebang(program: string, env: Record<string, string>): string {
  const split = /^#!\/usr\/bin\/env -S (.*) node$/.exec(shebang);
  expect(split, shebang).not.toBeNull();
  const { GLIBC_TUNABLES: _, ...rest } = process.env;
  return execFileSync('/usr/bin/env', ['-S', `${split![1]} ${program}`], {
    env: { ...rest, ...env },
    encoding: 'utf8',
  });
}

describe.skipIf(process.platform !== 'linux')('launcher', () => {
  it('starts Node with large allocations mapped apart', () => {
    expect(underShebang('node -p process.env.GLIBC_TUNABLES', {}).trim()).toMatch(
      /^glibc\.malloc\.mmap_threshold=262144:?$/,
    );
  });

  it("keeps the user's own tunables, after its own", () => {
    const out = underShebang('node -p process.env.GLIBC_TUNABLES', {
      GLIBC_TUNABLES: 'glibc.malloc.arena_max=3',
    }).trim();
    expect(out).toBe('glibc.malloc.mmap_threshold=262144:glibc.malloc.arena_max=3');
  });

  it.skipIf(!fs.existsSync(loader))('is read by glibc as set, and a user setting wins', () => {
    const threshold = (env: Record<string, string>) =>
      /glibc\.malloc\.mmap_threshold: (0x[0-9a-f]+)/.exec(
        underShebang(`${loader} --list-tunables`, env),
      )?.[1];
    expect(threshold({})).toBe('0x40000');
    expect(threshold({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=1048576' })).toBe('0x100000');
  });
});

// Run as `node bin/casefile.js` (the tests, scripts, a service unit) the first line is a comment:
// the launcher then starts the CLI once more as its child with the setting, and stands for it (exit
// code, signals, death). A preload (NODE_OPTIONS --import) logs each Node process and stands in for
// the CLI in the process that would run it, so no test here loads the CLI itself.
describe.skipIf(process.platform !== 'linux')('launcher run as `node bin/casefile.js`', () => {
  interface Probe {
    pid: number;
    ppid: number;
    tunables: string | null;
    launched: string | null;
  }
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-launcher-'));
    fs.writeFileSync(
      path.join(dir, 'probe.mjs'),
      `import fs from 'node:fs';
const e = process.env;
fs.appendFileSync(e.PROBE_LOG, JSON.stringify({ pid: process.pid, ppid: process.ppid,
  tunables: e.GLIBC_TUNABLES ?? null, launched: e.CASEFILE_LAUNCHED ?? null }) + '\\n');
if (e.CASEFILE_LAUNCHED || (e.GLIBC_TUNABLES ?? '').includes('mmap_threshold')) {
  if (e.PROBE_HOLD === 'cli') {
    // The launcher's child code and the CLI run (its help), and the process stays, marked held.
    setInterval(() => {}, 1000);
    process.exit = () => void fs.appendFileSync(e.PROBE_LOG, JSON.stringify({ held: true }) + '\\n');
  } else if (e.PROBE_HOLD) {
    setInterval(() => {}, 1000);
    await new Promise(() => {});
  } else process.exit(Number(e.PROBE_EXIT ?? 0));
}
`,
    );
  });
  // Processes a failed test may leave holding (the probe keeps the CLI alive): ended after each test.
  const held: number[] = [];
  afterEach(() => {
    for (const pid of held.splice(0))
      try {
        // Only while the pid is still ours (a launcher or CLI of this file), never a reused one.
        if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(binPath))
          process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Starts `node bin/casefile.js` with the probe; `env` on top of the test's own, unset by undefined. */
  function start(name: string, env: Record<string, string | undefined>) {
    const log = path.join(dir, `${name}.jsonl`);
    const { GLIBC_TUNABLES: _, CASEFILE_LAUNCHED: __, ...rest } = process.env;
    const child = spawn(process.execPath, [binPath, '--help'], {
      env: {
        ...rest,
        NODE_OPTIONS: `--import ${pathToFileURL(path.join(dir, 'probe.mjs')).href}`,
        PROBE_LOG: log,
        ...env,
      },
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Only whole lines: a probe may be writing its line while the test reads the log.
    const probes = () =>
      fs.existsSync(log)
        ? fs
            .readFileSync(log, 'utf8')
            .split('\n')
            .slice(0, -1)
            .map((l) => JSON.parse(l) as Probe)
        : [];
    return { child, exited, probes };
  }

  const gone = (pid: number) => {
    try {
      // A zombie (ended, not yet reaped by its new parent) counts as gone.
      return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
    } catch {
      return true;
    }
  };

  async function until(check: () => boolean, ms = 20_000): Promise<boolean> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
      if (check()) return true;
    return check();
  }

  it('runs the CLI once more, as its child, with large allocations mapped apart', async () => {
    const run = start('plain', {});
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const [launcher, cli, ...more] = run.probes();
    expect(more).toEqual([]);
    expect(launcher).toMatchObject({ pid: run.child.pid, tunables: null, launched: null });
    expect(cli).toMatchObject({
      ppid: run.child.pid,
      tunables: 'glibc.malloc.mmap_threshold=262144',
      launched: '1',
    });
  });

  it("keeps the user's own tunables after its own, so that they win", async () => {
    for (const own of ['glibc.malloc.arena_max=3', 'glibc.malloc.trim_threshold=1048576']) {
      const run = start(`own-${own.length}`, { GLIBC_TUNABLES: own });
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(run.probes().map((p) => p.tunables)).toEqual([
        own,
        `glibc.malloc.mmap_threshold=262144:${own}`,
      ]);
    }
  });

  it('never starts another: not from its child, nor where the setting is already made', async () => {
    for (const [name, env] of [
      ['marked', { CASEFILE_LAUNCHED: '1' }],
      ['shebang', { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=262144:' }],
      ['user-threshold', { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=1048576' }],
    ] as const) {
      const run = start(name, env);
      expect(await run.exited, name).toEqual({ code: 0, signal: null });
      expect(run.probes(), name).toHaveLength(1);
      expect(run.probes()[0]!.pid, name).toBe(run.child.pid);
    }
  });

  it("ends with the CLI's exit code", async () => {
    for (const code of [1, 2, 70]) {
      const run = start(`exit-${code}`, { PROBE_EXIT: String(code) });
      expect(await run.exited).toEqual({ code, signal: null });
      expect(run.probes()).toHaveLength(2);
    }
  });

  it('passes a signal sent to it on to the CLI, and ends by it', async () => {
    for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
      const run = start(`signal-${signal}`, { PROBE_HOLD: '1' });
      expect(await until(() => run.probes().length === 2)).toBe(true);
      const cli = run.probes()[1]!.pid;
      held.push(run.child.pid!, cli);
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: null, signal });
      expect(await until(() => gone(cli))).toBe(true);
    }
  });

  it(
    'takes the CLI with it when it is killed outright (SIGKILL)',
    { timeout: 180_000 },
    async () => {
      const run = start('kill', { PROBE_HOLD: 'cli' });
      // Loading the CLI takes seconds on a loaded machine.
      expect(await until(() => run.probes().some((p) => 'held' in p), 150_000)).toBe(true);
      const cli = run.probes()[1]!.pid;
      held.push(run.child.pid!, cli);
      expect(gone(cli)).toBe(false);
      run.child.kill('SIGKILL');
      await run.exited;
      expect(await until(() => gone(cli))).toBe(true);
    },
  );
});
