/**
 * Keeps the tail of Prism's output, so an error can show what Prism said without a chatty,
 * long-running mock growing memory without bound.
 */
export class OutputBuffer {
  private text = '';
  private dropped = false;

  constructor(private readonly limit = 16_384) {}

  append(chunk: string): void {
    // Prism colours its log when it thinks it talks to a terminal; strip any escape codes anyway.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
    this.text += chunk.replace(/\u001b\[[0-9;]*m/g, '');
    if (this.text.length > this.limit) {
      this.text = this.text.slice(this.text.length - this.limit);
      this.dropped = true;
    }
  }

  toString(): string {
    return this.dropped ? `[…earlier output dropped]\n${this.text}` : this.text;
  }
}
