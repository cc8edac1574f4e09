/** A file handed to the browser's download: its name, and how many records it holds. */
export interface ExportedFile {
  fileName: string;
  count: number;
}

/** Hands a built file to the browser's download (tests pass their own). */
export type SaveFile = (blob: Blob, fileName: string) => void;
