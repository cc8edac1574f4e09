import type { Account } from '../../model/account';
import type { Contact } from '../../model/contact';
import type { Lead } from '../../model/lead';
import { type CsvDelimiter, jsonCell } from '../write-csv';

export type CsvEntity = 'leads' | 'contacts' | 'accounts';

/** What a column may look up besides its own record: a contact's account. */
export interface CsvContext {
  account(id: string): Account | undefined;
}

export interface CsvColumn<R> {
  header: string;
  /** The cell's text before quoting and formula neutralisation (the writer does both). */
  cell(record: R, ctx: CsvContext): string;
  /** A faster way to the written cell, exactly csvCell(cell(record, ctx), delimiter): the JSON columns have one. */
  written?(record: R, ctx: CsvContext, delimiter: CsvDelimiter): string;
}

/** One export format: the columns it writes for each entity it knows; a missing entity is not exported. */
export interface CsvPreset<Id extends string = string> {
  id: Id;
  label: string;
  leads: readonly CsvColumn<Lead>[];
  contacts?: readonly CsvColumn<Contact>[];
  accounts?: readonly CsvColumn<Account>[];
}

export function col<R>(header: string, cell: (r: R, ctx: CsvContext) => string): CsvColumn<R> {
  return { header, cell };
}

/** A column holding a JSON value, blank when there is none. */
export function jsonCol<R>(header: string, value: (r: R) => unknown): CsvColumn<R> {
  return {
    header,
    cell: (r) => {
      const v = value(r);
      return v === undefined ? '' : JSON.stringify(v);
    },
    written: (r, _ctx, d) => {
      const v = value(r);
      return v === undefined ? '' : jsonCell(v, d);
    },
  };
}
