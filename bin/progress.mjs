// Progress of a long apply on stderr. Nothing is printed for work that ends
// within the first second (most files), so scripts and logs stay quiet; past
// that, a line that updates in place on a terminal, or one line per tenth of
// the work when stderr is a file or a pipe. `always` starts at once, `never`
// prints nothing.
const QUIET_FOR_MS = 1000;

export class ProgressReporter {
  /** @param {{ mode: 'auto' | 'always' | 'never', stream: NodeJS.WriteStream, label: string }} options */
  constructor({ mode, stream, label }) {
    this.quiet = mode === 'never';
    this.quietForMs = mode === 'always' ? 0 : QUIET_FOR_MS;
    this.stream = stream;
    this.label = label;
    this.started = performance.now();
    this.printed = false;
    this.lastTenth = -1;
    this.open = false; // a terminal line without its newline yet
    this.done = 0;
    this.total = 0;
    // The writer reports only between batches of records; the timer shows the
    // first line after a second even when a batch is slow.
    this.timer = this.quiet ? undefined : setTimeout(() => this.show(), this.quietForMs);
    this.timer?.unref();
  }

  update(done, total) {
    this.done = done;
    this.total = total;
    if (performance.now() - this.started >= this.quietForMs) this.show();
  }

  show() {
    if (this.quiet) return;
    const { done, total } = this;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const line = `instant-json: ${this.label}: ${total > 0 ? `${percent} % (${done}/${total} steps)` : 'reading'}, ${seconds} s`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\u001b[K`);
      this.open = true;
    } else {
      const tenth = Math.floor(percent / 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.stream.write(`${line}\n`);
    }
    this.printed = true;
  }

  /** Prints something else (a warning) without tearing the progress line. */
  interrupt(print) {
    this.closeLine();
    print();
  }

  finish() {
    clearTimeout(this.timer);
    if (this.printed && this.done < this.total) this.show();
    this.closeLine();
  }

  closeLine() {
    if (!this.open) return;
    this.stream.write('\n');
    this.open = false;
  }
}
