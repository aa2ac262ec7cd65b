/** Where the command line writes: stdout carries the report (or the JSON document), stderr the rest. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
