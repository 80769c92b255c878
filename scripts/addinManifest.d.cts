/** Types of scripts/addinManifest.cjs, for the tests. */
export declare const DEV_URL: string;
export declare function addinUrl(env?: Record<string, string | undefined>): string;
export declare function manifestVersion(version: string): string;
export declare function manifestFor(xml: string, options: { url: string; version: string }): string;
