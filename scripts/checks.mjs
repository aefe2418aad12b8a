// The checks `npm test` runs before the tests: build, typecheck, lint, formatting, knip. Each is one
// single-threaded process, so they run in two lanes side by side (about half the wall time on two
// cores); each lane stops at its first failure, and the exit code is non-zero when any check failed.
// A check's output is printed whole when it ends, not interleaved with the other lane's.
import { spawn } from 'node:child_process';

const lanes = [
  ['build', 'lint', 'knip'],
  ['typecheck', 'format:check'],
];

/** Runs `npm run <name>`; resolves to its exit code after printing its output. */
function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `\n> npm run ${name} (${code === 0 ? 'ok' : `failed, code ${code}`}, ${seconds} s)\n`,
      );
      process.stdout.write(Buffer.concat(out));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(
  lanes.map(async (lane) => {
    for (const name of lane) {
      const code = await run(name);
      if (code !== 0) return code;
    }
    return 0;
  }),
);
process.exitCode = codes.find((c) => c !== 0) ?? 0;
