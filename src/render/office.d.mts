// Types of office.mjs (plain JavaScript so that scripts/setup.mjs can import it before npm packages exist).
export const OFFICE_CANDIDATES: string[];
export const OFFICE_DEBIAN_PACKAGES: string[];
export function findOffice(env?: NodeJS.ProcessEnv): string | null;
export function officeInstallAdvice(osId?: string, env?: NodeJS.ProcessEnv): string;
