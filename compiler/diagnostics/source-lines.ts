/**
 * Positions in a source text: a UTF-8 byte offset (the unit of spans, as in the reference) to a
 * 1-based line and a column counted in code points, and the text of a line, for diagnostics'
 * end positions and code frames. Built once per source, on the first diagnostic.
 */
export class SourceLines {
  /** UTF-16 index and UTF-8 byte offset where each line starts. */
  private readonly starts: number[] = [0];
  private readonly byteStarts: number[] = [0];

  constructor(readonly text: string) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        bytes += 4;
        i++;
      } else bytes += 3;
      if (c === 0x0a) {
        this.starts.push(i + 1);
        this.byteStarts.push(bytes);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }

  /** The line and code-point column of a byte offset (clamped to the text). */
  position(byte: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.byteStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.byteStarts[mid]! <= byte) lo = mid;
      else hi = mid - 1;
    }
    let b = this.byteStarts[lo]!;
    let col = 1;
    const text = this.text;
    for (let i = this.starts[lo]!; i < text.length && b < byte; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) break;
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        b += 4;
        i++;
      } else b += 3;
      col++;
    }
    return { line: lo + 1, col };
  }
}
