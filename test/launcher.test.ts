// The launcher's first line (bin/casefile.js, run as `npx casefile` or from a bin link): Node starts
// with glibc's malloc told to map large blocks (rasters, page images) of its own and give them back
// when freed. Left to itself, glibc raises that threshold after the first such block is freed, and the
// blocks of every thread then stay in its arena: a 300-page scanned batch held 0.5 GB of them.
// A user's own GLIBC_TUNABLES is kept, after ours, so that its settings win.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
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
