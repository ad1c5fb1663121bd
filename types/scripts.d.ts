declare module '*/scripts/browser.mjs' {
  export const BROWSER_CANDIDATES: string[];
  export function findBrowser(env?: NodeJS.ProcessEnv): string | null;
  export function browserInstallAdvice(osId?: string, env?: NodeJS.ProcessEnv): string;
}
