import type { CandidateInput } from '../model/candidate';

/** One source of people on a page (JSON-LD, mailto links, a site adapter…). Pure: a document in, candidates out. */
export interface Extractor {
  /** Short stable name, recorded in each found value's `source` and in the lead's provenance. */
  id: string;
  extract(document: Document, url: URL): CandidateInput[];
}
