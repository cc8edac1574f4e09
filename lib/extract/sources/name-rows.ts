import type { CandidateInput } from '../../model/candidate';
import { personName } from '../dom/name-near';
import type { Extractor } from '../extractor';
import { namesAJob } from '../sites/job-words';
import { cleanText } from '../text';

/*
 * A table laid out a person to a column: a row of photos, a row of names, a row of jobs under them
 * ("Herrick Brown | John Nelson" over "Curator | Curator Emeritus"), as old staff pages are. Read by
 * rows, no line holds a name with its job; read by columns, each column is one person.
 */

const SOURCE = 'name-rows';
const MAX_TABLES = 50;
const MAX_COLUMNS = 12;

const cellsOf = (row: Element) =>
  [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH').map((c) => cleanText(c.textContent));

/** The row's cells as names, when at least two hold one and no other cell holds more than one word (a nickname). */
function namesRow(cells: readonly string[]): string[] | undefined {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  // "Senior Lecturer" reads like a name to the parser, but it is a job: that row is the jobs.
  const names = cells.map((text) => (namesAJob(text) ? '' : personName(text)));
  if (names.filter(Boolean).length < 2) return undefined;
  // A cell of several words that are no name: a table of things, not of people.
  if (cells.some((text, i) => text && !names[i] && text.includes(' '))) return undefined;
  return names;
}

export const nameRowsExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const out: CandidateInput[] = [];
    for (const table of [...document.getElementsByTagName('table')].slice(0, MAX_TABLES)) {
      const rows = [...table.getElementsByTagName('tr')].filter((r) => r.closest('table') === table);
      rows.forEach((row, r) => {
        const cells = cellsOf(row);
        const names = namesRow(cells);
        const next = rows[r + 1];
        if (!names || !next) return;
        const jobs = cellsOf(next);
        const isJob = jobs.map((j) => j !== '' && namesAJob(j));
        // The row under the names states each one's job, in as many cells.
        if (jobs.length !== cells.length || isJob.filter(Boolean).length < 2) return;
        names.forEach((name, i) => {
          const job = jobs[i] ?? '';
          if (!name || !isJob[i]) return;
          out.push({
            fullName: { value: name, confidence: 0.7, source: SOURCE },
            title: { value: job, confidence: 0.6, source: SOURCE },
            sources: [SOURCE],
          });
        });
      });
    }
    return out;
  },
};
