import { PassThrough } from "node:stream";

/**
 * A terminal for the console chat: lines typed one at a time, each answered before the next.
 * `type` waits for the next prompt as it arrives, not for a clock: a slow shared machine only
 * makes it later, and a console that never prompts is caught by the test's own timeout.
 */
export class Terminal {
  /** Everything the terminal showed, each typed line after "> " as on screen. */
  output = "";
  readonly input = new PassThrough();
  readonly stream = new PassThrough();
  private waiting: (() => void) | undefined;
  constructor() {
    this.stream.on("data", (chunk: Buffer) => this.write(chunk.toString("utf8")));
  }
  write(text: string) {
    this.output += text;
    this.waiting?.();
  }
  /** Types a line and returns what appeared until the next prompt. */
  async type(line: string): Promise<string> {
    const before = this.output.length;
    const prompted = new Promise<void>((resolve) => {
      this.waiting = () => {
        if (/\] > $/.test(this.output.slice(before))) resolve();
      };
    });
    this.input.write(`${line}\n`);
    await prompted;
    this.waiting = undefined;
    return this.output.slice(before);
  }
}
