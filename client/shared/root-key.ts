// The instance's root public key, built into the client at build time from ROOT_PUBLIC_KEY
// (vite.config.ts). It never comes from the server at run time or from the database: the
// whistleblower's browser trusts only keys that chain to it (property P4).
declare const __THICKET_ROOT_PUBLIC_KEY__: string;

/** base64url of the root Ed25519 public key, or '' when the instance is not set up yet. */
export const ROOT_PUBLIC_KEY: string = __THICKET_ROOT_PUBLIC_KEY__;
