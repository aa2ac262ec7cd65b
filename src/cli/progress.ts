import type { Lang } from "../i18n/translate";
import { cliText } from "./cliText";

/**
 * The progress bar of a long `jixiao check`: files done, errors found, rate — on one line of a
 * terminal's stderr, redrawn at most ten times a second and erased at the end. Not on a terminal
 * it writes nothing at all, so a redirected run carries only the report.
 */
export class Progress {
  private done = 0;
  private found = 0;
  private errors = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: Lang,
    private readonly enabled: boolean,
  ) {}

  fileFound(): void {
    this.found++;
    this.draw(false);
  }

  fileDone(errors: number): void {
    this.done++;
    this.errors += errors;
    this.draw(false);
  }

  finish(): void {
    if (this.enabled && this.drawn) this.write("\r\x1b[K");
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const line = cliText(this.lang, "progress.bar", {
      done: this.done,
      found: this.found,
      errors: this.errors,
      rate: (this.done / seconds).toFixed(1),
    });
    this.write(`\r\x1b[K${line}`);
  }
}
