/**
 * "…dibandingkan dengan F tabel pada dk pembilang 2; dk penyebut 37 dan taraf signifikansi 5
 * sebesar 2,85": after "taraf", "tingkat", "level" or "derajat", a significance label followed by
 * a whole 1, 5 or 10 is the significance level in percent whose % sign the page text lost, not a
 * p-value of 5. Read as a p, it was a p "above 1" against the F before it (wild10).
 */
const PERCENT_LEVELS = [1, 5, 10];

/**
 * Is the value after a p label the level in percent? `before` is the text just before the label.
 * An observed p is never a whole 1, 5 or 10, so nothing a page reports as its p is lost.
 */
export function levelInPercentLost(before: string, value: number, decimals: number): boolean {
  return decimals === 0 && PERCENT_LEVELS.includes(value) && /(?:taraf|tingkat|level|derajat)\s+$/iu.test(before);
}
