// Progress on stderr, only when stderr is a terminal: stdout stays clean for
// --json and pipes, and logs of scripted runs get no carriage returns.
import type { Lang } from "../engine";
import { message, type MessageCode, type MessageParams } from "../engine/messages";
import { consoleText } from "./console-text";

export class Progress {
  private timer: NodeJS.Timeout | null = null;
  private text = "";
  private started = Date.now();
  private stepStarted = Date.now();
  private finished = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
    private readonly lang: Lang,
  ) {}

  /** Shows a step; on a terminal the line ticks with elapsed seconds until the next step. */
  step(code: MessageCode, params: MessageParams = {}): void {
    if (!this.enabled || this.finished) return;
    this.text = consoleText(message(code, params, this.lang));
    this.stepStarted = Date.now();
    this.draw();
    if (!this.timer) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  private draw(): void {
    const s = ((Date.now() - this.stepStarted) / 1000).toFixed(1);
    this.write(`\r\x1b[K${this.text} ${s}s`);
  }

  /** Clears the progress line (once); long runs leave one line with the total time. */
  done(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.enabled || this.finished) return;
    this.finished = true;
    const seconds = (Date.now() - this.started) / 1000;
    this.write("\r\x1b[K");
    if (seconds >= 2) this.write(message("cli.progress.done", { seconds: seconds.toFixed(1) }, this.lang) + "\n");
  }
}
