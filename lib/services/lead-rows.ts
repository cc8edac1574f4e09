import type { Lead } from '../model/lead';
import type { LeadSource } from '../model/lead-source';
import type { LeadStatus } from '../model/lead-status';
import type { Grade } from '../model/score';

/** What the lead list needs of a lead: small, flat, with a lower-cased haystack so a keystroke's search is one pass. */
export interface LeadRow {
  id: string;
  fullName: string;
  title: string;
  company: string;
  email: string;
  status: LeadStatus;
  source: LeadSource;
  tags: string[];
  score: number;
  grade: Grade;
  salesReady: boolean;
  createdAt: number;
  updatedAt: number;
  haystack: string;
}

export function toLeadRow(l: Lead): LeadRow {
  const email = l.emails[0] ?? '';
  return {
    id: l.id,
    fullName: l.fullName,
    title: l.title,
    company: l.company,
    email,
    status: l.status,
    source: l.source,
    tags: l.tags,
    score: l.score.total,
    grade: l.score.grade,
    salesReady: l.score.salesReady,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    haystack: `${l.fullName}\n${l.emails.join(' ')}\n${l.company}\n${l.title}`.toLowerCase(),
  };
}

export interface LeadFilter {
  text: string;
  statuses: LeadStatus[];
  tag: string;
  minScore: number;
  maxScore: number;
  grades: Grade[];
  sources: LeadSource[];
  /** Captured on or after this day (ms, local midnight); 0 for no bound. */
  capturedFrom: number;
  /** Captured before the end of this day; 0 for no bound. */
  capturedTo: number;
}

export const NO_FILTER: LeadFilter = {
  text: '',
  statuses: [],
  tag: '',
  minScore: 0,
  maxScore: 100,
  grades: [],
  sources: [],
  capturedFrom: 0,
  capturedTo: 0,
};

export const LEAD_SORTS = {
  'updated-desc': 'Recently changed',
  'created-desc': 'Recently captured',
  'score-desc': 'Highest score',
  'name-asc': 'Name A–Z',
  'company-asc': 'Company A–Z',
} as const;
export type LeadSort = keyof typeof LEAD_SORTS;

const DAY = 86_400_000;

/** Every word typed must appear somewhere in name, email, company or title. */
export function filterLeadRows(rows: readonly LeadRow[], f: LeadFilter): LeadRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const statuses = f.statuses.length > 0 ? new Set(f.statuses) : undefined;
  const grades = f.grades.length > 0 ? new Set(f.grades) : undefined;
  const sources = f.sources.length > 0 ? new Set(f.sources) : undefined;
  const tag = f.tag.trim().toLowerCase();
  const to = f.capturedTo ? f.capturedTo + DAY : 0;
  const out: LeadRow[] = [];
  for (const r of rows) {
    if (statuses && !statuses.has(r.status)) continue;
    if (grades && !grades.has(r.grade)) continue;
    if (sources && !sources.has(r.source)) continue;
    if (r.score < f.minScore || r.score > f.maxScore) continue;
    if (tag && !r.tags.includes(tag)) continue;
    if (f.capturedFrom && r.createdAt < f.capturedFrom) continue;
    if (to && r.createdAt >= to) continue;
    let match = true;
    for (const w of words) {
      if (!r.haystack.includes(w)) {
        match = false;
        break;
      }
    }
    if (match) out.push(r);
  }
  return out;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function sortLeadRows(rows: LeadRow[], sort: LeadSort): LeadRow[] {
  const by: Record<LeadSort, (a: LeadRow, b: LeadRow) => number> = {
    'updated-desc': (a, b) => b.updatedAt - a.updatedAt,
    'created-desc': (a, b) => b.createdAt - a.createdAt,
    'score-desc': (a, b) => b.score - a.score || b.updatedAt - a.updatedAt,
    'name-asc': (a, b) => collator.compare(a.fullName || a.email, b.fullName || b.email),
    'company-asc': (a, b) => collator.compare(a.company, b.company) || collator.compare(a.fullName, b.fullName),
  };
  return rows.sort(by[sort]);
}

export function isFiltered(f: LeadFilter): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTER);
}
