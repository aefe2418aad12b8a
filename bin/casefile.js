#!/usr/bin/env -S GLIBC_TUNABLES=glibc.malloc.mmap_threshold=262144:${GLIBC_TUNABLES} node
// Entry point for `npx casefile`: runs the compiled CLI (built by `npm ci` through `prepare`).
// The first line starts Node with glibc's malloc mapping every block of 256 KiB or more apart and
// unmapping it when freed. By default glibc raises that threshold to the size of the first large
// block freed, and later rasters and page images (megabytes each, made and freed by the main thread,
// the PDF threads, the OCR workers and sharp's threads) are carved from per-thread arenas that
// fragmentation keeps from shrinking: a 100-page scanned batch held ~0.5 GB of such arenas (measured
// from /proc/PID/smaps), 0.06 GB with this. A GLIBC_TUNABLES of the user's own comes after, and wins.
// Run as `node bin/casefile.js` the first line is a comment, and glibc reads its tunables only when a
// process starts: the launcher then runs the CLI once more as a child with the setting (a 46-page
// scanned batch peaked at 1,655 MB without it, 1,126-1,162 MB with it, for 0.4-0.7 CPU s a page more),
// passing on its exit code or signal.
// CASEFILE_LAUNCHED=1 marks that child, so it never starts another.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';

const MALLOC = 'glibc.malloc.mmap_threshold=262144';

/** True where glibc (not musl, not another OS) will read GLIBC_TUNABLES. */
const glibc = () =>
  process.platform === 'linux' && Boolean(process.report?.getReport().header.glibcVersionRuntime);

if (
  !process.env.CASEFILE_LAUNCHED &&
  !(process.env.GLIBC_TUNABLES ?? '').includes('glibc.malloc.mmap_threshold=') &&
  glibc()
) {
  const user = process.env.GLIBC_TUNABLES;
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      env: {
        ...process.env,
        GLIBC_TUNABLES: user ? `${MALLOC}:${user}` : MALLOC,
        CASEFILE_LAUNCHED: '1',
      },
      // The IPC channel tells the child when this process is gone, even by SIGKILL.
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    },
  );
  // A signal sent to this process is passed on, but for a terminal's Ctrl-C, which reaches both.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'])
    process.on(signal, () => {
      if (signal !== 'SIGINT' || !isatty(0)) child.kill(signal);
    });
  child.on('error', (err) => {
    process.stderr.write(`casefile: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  if (process.env.CASEFILE_LAUNCHED && process.channel) {
    // The launcher is gone (killed, even by SIGKILL): so is the CLI, as if it had been run alone.
    process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
    process.channel.unref();
  }
  const main = new URL('../dist/cli/main.js', import.meta.url);
  if (!existsSync(fileURLToPath(main))) {
    process.stderr.write(
      'casefile: not built yet. Run `npm ci` (or `npm run build`) in the Casefile folder first.\n',
    );
    process.exit(2);
  }
  await import(main.href);
}
