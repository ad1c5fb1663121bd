declare module '*/scripts/browser.mjs' {
  export const BROWSER_CANDIDATES: string[];
  export function findBrowser(env?: NodeJS.ProcessEnv): string | null;
  export function browserInstallAdvice(osId?: string, env?: NodeJS.ProcessEnv): string;
}
declare module '*/scripts/office.mjs' {
  export const OFFICE_CANDIDATES: string[];
  export const OFFICE_DEBIAN_PACKAGES: string[];
  export function findOffice(env?: NodeJS.ProcessEnv): string | null;
  export function officeInstallAdvice(osId?: string, env?: NodeJS.ProcessEnv): string;
}
