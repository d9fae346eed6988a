/**
 * Writes screened rows as they come (a batch never holds every result in memory), in chunks so
 * a large batch is not thousands of tiny writes. `screen --json` writes to stdout; the benchmark
 * writes the same chunks to /dev/null, so it measures what the command does.
 */
export class RowWriter {
  private buffer = '';
  private first = true;

  constructor(
    private readonly open: string,
    private readonly separator: string,
    private readonly close: string,
    private readonly write: (chunk: string) => void = (chunk) => process.stdout.write(chunk),
  ) {}

  row(text: string): void {
    this.buffer += (this.first ? this.open : this.separator) + text;
    this.first = false;
    if (this.buffer.length >= 1 << 16) this.flush();
  }

  end(): void {
    this.buffer += (this.first ? this.open : '') + this.close;
    this.flush();
  }

  private flush(): void {
    this.write(this.buffer);
    this.buffer = '';
  }
}
