/** An element of index.html by id; a missing one is a bug in the page, so it fails loudly. */
export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`index.html has no element #${id}`);
  }

  return found as T;
}
