/** `1 paper`, `3 papers`: a count with the noun that agrees with it. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
