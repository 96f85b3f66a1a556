// tus-js-client's URL storage, kept in memory: a whistleblower's browser must keep no trace, so
// nothing about an upload goes to localStorage (tus's default). Resuming within the page works
// without it: the Upload object itself holds its URL.
import type { Upload } from 'tus-js-client';

type UrlStorage = NonNullable<NonNullable<ConstructorParameters<typeof Upload>[1]>['urlStorage']>;
type PreviousUpload = Awaited<ReturnType<UrlStorage['findAllUploads']>>[number];

export class MemoryUrlStorage implements UrlStorage {
  private readonly uploads = new Map<string, { readonly fingerprint: string; readonly upload: PreviousUpload }>();
  private next = 1;

  findAllUploads(): Promise<PreviousUpload[]> {
    return Promise.resolve([...this.uploads.values()].map((stored) => stored.upload));
  }

  findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return Promise.resolve([...this.uploads.values()].filter((stored) => stored.fingerprint === fingerprint).map((stored) => stored.upload));
  }

  removeUpload(urlStorageKey: string): Promise<void> {
    this.uploads.delete(urlStorageKey);
    return Promise.resolve();
  }

  addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = `memory-${this.next++}`;
    this.uploads.set(key, { fingerprint, upload: { ...upload, urlStorageKey: key } });
    return Promise.resolve(key);
  }
}
