// tsc emits only the scripts; the page and its styles are copied next to them unchanged, so the
// gateway serves the whole page from one folder.
import { copyFileSync, mkdirSync } from 'node:fs';

const source = new URL('./', import.meta.url);
const target = new URL('../dist/web/', import.meta.url);

mkdirSync(target, { recursive: true });
for (const file of ['index.html', 'styles.css']) {
  copyFileSync(new URL(file, source), new URL(file, target));
}
