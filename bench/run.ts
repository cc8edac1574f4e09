// `npm run bench`: every benchmark, one after another (two cores: never two at once).
import { main as bundleSize } from './bundle-size.bench';
import { main as csv } from './csv.bench';
import { main as extract } from './extract.bench';
import { main as importCsv } from './import.bench';
import { main as sidepanel } from './sidepanel.bench';
import { main as store } from './store.bench';
import { main as sync } from './sync.bench';

const benches: [string, () => Promise<void>][] = [
  ['content script size', bundleSize],
  ['store: 10,000 leads in Chromium', store],
  ['extraction: 200 person cards in a 20,000-element page, Chromium', extract],
  ['side panel: 50,000 leads, Chromium', sidepanel],
  ['CSV: 100,000 leads', csv],
  ['CSV import: 100,000 rows in Chromium', importCsv],
  ['sync: 10,000 leads against the embedded server', sync],
];

for (const [name, run] of benches) {
  console.log(`\n## ${name}`);
  await run();
}
