/**
 * Checks of directive attributes, shared by every directive that takes them (the directive
 * plugins call these with the node's attributes and report the problem at the node): a
 * value out of range is a located error with a hint, never "NaN" in a manuscript or an
 * internal error.
 */

/** The most decimals a number may be shown with (toFixed allows 100; no reader needs more). */
export const MAX_DIGITS = 10;

export type AttributeCheck<T> = { ok: true; value: T | undefined } | { ok: false; message: string; hint: string };

/** `{digits=N}`: a whole number from 0 to MAX_DIGITS, or absent. */
export function digitsAttribute(
  directive: string,
  attributes: Record<string, string | null | undefined> | undefined,
): AttributeCheck<number> {
  const raw = attributes?.digits;
  if (raw == null) return { ok: true, value: undefined };
  const text = String(raw).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(n) && n <= MAX_DIGITS) return { ok: true, value: n };
  return {
    ok: false,
    message: `${directive}{digits=${text.length > 20 ? `${text.slice(0, 20)}…` : text}}: digits must be a whole number from 0 to ${MAX_DIGITS}`,
    hint: `Write e.g. {digits=2} for two decimals, or leave digits out for the usual rounding.`,
  };
}
