/**
 * "1 document", "3 documents": a count with its noun in the English singular or plural. The views
 * are in English only; `many` is for nouns whose plural is not noun + "s".
 */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
