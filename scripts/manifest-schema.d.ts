// Types of scripts/manifest-schema.js (CommonJS, also run by node directly).
/** libxml2's messages for a manifest that does not validate against the vendored XSDs; empty when it does. */
export function validateManifestSchema(xml: string): Promise<string[]>;
export const SCHEMAS: string;
