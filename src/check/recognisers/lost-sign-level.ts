/**
 * "Terdapat hubungan bila nilai p 0,05", "diperoleh nilai p 0,05 sehingga tidak ada hubungan":
 * a p label followed by nothing but a space and then the significance level itself is a
 * comparison with the level whose sign (<, >, ≤) was lost in the page text, not a p-value of
 * 0,05. Read as p = 0,05 it made "tidak ada hubungan" contradict a "significant" p.
 */
const LEVELS = [0.05, 0.01, 0.1];

/** Is the value after a p label (`glue` is the text between them) a level with its sign lost? */
export function levelWithLostSign(glue: string, value: number, decimals: number): boolean {
  return /^\s+$/u.test(glue) && decimals <= 2 && LEVELS.some((l) => Math.abs(value - l) < 1e-12);
}
