// Types of browser.mjs (plain JavaScript so that scripts/setup.mjs can import it before npm packages exist).
export const BROWSER_CANDIDATES: string[];
export function findBrowser(env?: NodeJS.ProcessEnv): string | null;
export function browserInstallAdvice(osId?: string, env?: NodeJS.ProcessEnv): string;
