// Types of scripts/version-lock.js (CommonJS, also run by node directly).
export interface VersionRecord {
  version: string;
  sha256: string;
}
export function fingerprint(input: { manifest: string; metadata: Record<string, string> }): string;
export function manifestVersion(xml: string): string | null;
export function versionStatus(lock: VersionRecord, current: VersionRecord): "ok" | "bump" | "relock" | "lower";
export function packageMatches(packageVersion: string, version: string): boolean;
export function readMetadata(dir: string): Record<string, string>;
export const MESSAGES: {
  bump: (lock: VersionRecord) => string;
  relock: (lock: VersionRecord, version: string) => string;
  lower: (lock: VersionRecord, version: string) => string;
  pkg: (packageVersion: string, version: string) => string;
};
export const LOCK: string;
