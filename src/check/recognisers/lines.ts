/** The lines of a text with the offset each starts at, for readers that work line by line. */
export function linesWithOffsets(text: string): { lines: string[]; offsets: number[] } {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    at += l.length + 1;
  }
  return { lines, offsets };
}
