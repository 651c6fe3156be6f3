/**
 * Orders strings by UTF-16 code unit, as `<` does: unlike `localeCompare` it gives the same
 * order on every server whatever its locale and ICU data, so lists never reshuffle.
 */
export function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
