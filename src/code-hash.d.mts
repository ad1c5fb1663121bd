// Types of code-hash.mjs (plain JavaScript so that scripts/compile.mjs can import it).
export function codeHashOf(root: string): string;
