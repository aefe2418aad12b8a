// What a shared case (../../shared/cases/<case>/expected.md) expects, read from its expected.md so
// that tests name no person themselves.
import fs from 'node:fs';
import path from 'node:path';

/** The person a shared case's expected.md names (`normalizes to `…`` or `person `…``). */
export function expectedPerson(caseDir: string): string {
  const md = fs.readFileSync(path.join(caseDir, 'expected.md'), 'utf8');
  const m = /normalizes to `([^`]+)`|[Pp]ersons?:? `([^`]+)`/.exec(md);
  if (!m) throw new Error(`no person in ${caseDir}/expected.md`);
  return (m[1] ?? m[2])!;
}
