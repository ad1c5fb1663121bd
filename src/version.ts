import pkg from '../package.json' with { type: 'json' };

/** naskah's version, from package.json; recorded in every manifest. */
export const NASKAH_VERSION: string = pkg.version;
